// Prints the cost of one estimate and of the whole catalog × every named format.
// Targets (issue #2): one estimate well under a microsecond; the full sweep under a millisecond.
#include "catalog.h"
#include "engine.h"

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
                for (const ModelSpec &m : catalog.models) {
                    for (qsizetype h = 0; h < catalog.hardware.size(); ++h)
                        g_sink = g_sink + Engine::estimate(m, catalog.hardware.at(h), s, calibrations.at(h)).totalBytes;
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
    const double sweep = medianNanoseconds(31, 20, [&] {
        pairs = 0;
        for (const QuantFormat &quant : Quantization::namedFormats()) {
            Scenario s;
            s.quant = quant;
            for (const ModelSpec &m : catalog.models) {
                for (qsizetype h = 0; h < catalog.hardware.size(); ++h) {
                    g_sink = g_sink + Engine::estimate(m, catalog.hardware.at(h), s, calibrations.at(h)).totalBytes;
                    ++pairs;
                }
            }
        }
    });

    std::printf("one estimate (Devstral 2 on RTX PRO 6000): %.0f ns  (target < 1000 ns)\n", one);
    std::printf("catalog sweep: %d models x %d boxes x %d formats = %d estimates in %.3f ms  (target < 1 ms)\n",
                int(catalog.models.size()), int(catalog.hardware.size()), int(Quantization::namedFormats().size()),
                pairs, sweep / 1e6);
    return 0;
}
