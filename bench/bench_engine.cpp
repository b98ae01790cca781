// Prints the cost of one estimate and of the whole catalog × every named format.
// Targets: one estimate well under a microsecond (issue #2); a sweep of every pair at ≤ 35 ns each
// (issue #22), the way the fit matrix computes it: each model's and box's terms once, then pairs.
#include "batchedfit.h"
#include "catalog.h"
#include "engine.h"
#include "offloadfit.h"
#include "pairterms.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Headroom;

namespace {

template<typename F>
double medianNanoseconds(int repeats, int inner, F &&work)
{
    QList<double> samples;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < inner; ++i)
            work();
        samples.append(double(timer.nsecsElapsed()) / inner);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

volatile double g_sink = 0; // keeps the optimiser from discarding the work

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // --sweeps N: only run the sweep N times, untimed (for valgrind --tool=callgrind, which counts
    // instructions: the same figure whatever else the machine is doing).
    const int sweepsOnly = app.arguments().size() == 3 && app.arguments().at(1) == QLatin1String("--sweeps")
                               ? app.arguments().at(2).toInt()
                               : 0;
    const Catalog &catalog = CatalogLoader::embedded();
    const ModelSpec &model = *catalog.findModel(QStringLiteral("devstral-2"));
    const HardwareSpec &box = *catalog.findHardware(QStringLiteral("rtx-pro-6000"));
    const DecodeCalibration calibration = catalog.calibrationFor(box);
    Scenario scenario;

    if (sweepsOnly > 0) {
        QList<DecodeCalibration> calibrations;
        for (const HardwareSpec &h : catalog.hardware)
            calibrations.append(catalog.calibrationFor(h));
        for (int n = 0; n < sweepsOnly; ++n) {
            for (const QuantFormat &quant : Quantization::namedFormats()) {
                Scenario s;
                s.quant = quant;
                QList<Engine::BoxTerms> boxTerms;
                for (qsizetype h = 0; h < catalog.hardware.size(); ++h)
                    boxTerms.append(Engine::boxTerms(catalog.hardware.at(h), s, calibrations.at(h)));
                for (const ModelSpec &m : catalog.models) {
                    const Engine::ModelTerms terms = Engine::modelTerms(m, s);
                    for (const Engine::BoxTerms &b : boxTerms)
                        g_sink = g_sink + Engine::figures(terms, b, s).totalBytes;
                }
            }
        }
        return 0;
    }
    const double one = medianNanoseconds(31, 20000, [&] {
        scenario.contextTokens = scenario.contextTokens == 32768 ? 32769 : 32768;
        g_sink = g_sink + *Engine::estimate(model, box, scenario, calibration).decodeTokS;
    });

    QList<DecodeCalibration> calibrations;
    for (const HardwareSpec &h : catalog.hardware)
        calibrations.append(catalog.calibrationFor(h));
    int pairs = 0;
    // Every pair's figures (memory, verdict, speeds), each side's terms computed once per format:
    // what a slider step asks of the whole matrix.
    QList<Engine::ModelTerms> modelTerms;
    QList<Engine::BoxTerms> boxTerms;
    const double sweep = medianNanoseconds(31, 20, [&] {
        pairs = 0;
        for (const QuantFormat &quant : Quantization::namedFormats()) {
            Scenario s;
            s.quant = quant;
            modelTerms.clear();
            boxTerms.clear();
            for (const ModelSpec &m : catalog.models)
                modelTerms.append(Engine::modelTerms(m, s));
            for (qsizetype h = 0; h < catalog.hardware.size(); ++h)
                boxTerms.append(Engine::boxTerms(catalog.hardware.at(h), s, calibrations.at(h)));
            for (const Engine::ModelTerms &m : modelTerms) {
                for (const Engine::BoxTerms &b : boxTerms) {
                    const EstimateFigures f = Engine::figures(m, b, s);
                    g_sink = g_sink + f.totalBytes + f.decodeTokS.value_or(0.0);
                    ++pairs;
                }
            }
        }
    });
    // The same pairs as whole estimates from the specs, words included (what one panel asks).
    const double fromSpecs = medianNanoseconds(11, 5, [&] {
        for (const QuantFormat &quant : Quantization::namedFormats()) {
            Scenario s;
            s.quant = quant;
            for (const ModelSpec &m : catalog.models) {
                for (qsizetype h = 0; h < catalog.hardware.size(); ++h)
                    g_sink = g_sink + Engine::estimate(m, catalog.hardware.at(h), s, calibrations.at(h)).totalBytes;
            }
        }
    });

    std::printf("one estimate (Devstral 2 on RTX PRO 6000): %.0f ns  (target < 1000 ns)\n", one);
    std::printf("catalog sweep: %d models x %d boxes x %d formats = %d estimates in %.3f ms, %.1f ns each  "
                "(target <= 35 ns)\n",
                int(catalog.models.size()), int(catalog.hardware.size()), int(Quantization::namedFormats().size()),
                pairs, sweep / 1e6, sweep / pairs);
    std::printf("the same pairs as whole estimates from the specs (words included): %.3f ms, %.1f ns each\n",
                fromSpecs / 1e6, fromSpecs / pairs);

    // The batched and offload fits run once per start, on the first calibration a box asks for: what
    // every command and the window pay before their first number.
    const QList<Batched::Row> batchedRows = embeddedBatchedRows();
    const QList<Offload::Row> offloadRows = embeddedOffloadRows();
    const double batchedFit =
        medianNanoseconds(3, 1, [&] { g_sink = g_sink + Batched::fitWithRange(batchedRows).computeFactor; });
    const double offloadFit =
        medianNanoseconds(3, 1, [&] { g_sink = g_sink + Offload::fitWithRange(offloadRows).hostEfficiency; });
    std::printf("fits at start: many sequences %.1f ms (%d rows), offload %.1f ms (%d rows)\n", batchedFit / 1e6,
                int(batchedRows.size()), offloadFit / 1e6, int(offloadRows.size()));
    return 0;
}
