#include "usercalibration.h"

#include "engine.h"
#include "userdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Headroom::UserCalibration {

namespace {

constexpr int kFormat = 1;
// llama-bench's parameter count and a model card's differ by rounding and by what each counts
// (embeddings, the output head): a few percent.
constexpr double kParamsTolerance = 0.04;
constexpr qint64 kMaxFileBytes = 16ll * 1024 * 1024;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// The catalog model a run measured: the one whose total parameters match, and where several do,
// the one whose id's words all appear in the file name or type.
const ModelSpec *matchModel(const LlamaBench::Run &run, const Catalog &catalog, QString *why)
{
    QList<const ModelSpec *> candidates;
    for (const ModelSpec &m : catalog.models) {
        if (std::abs(m.paramsTotal / run.params - 1.0) <= kParamsTolerance)
            candidates.append(&m);
    }
    if (candidates.size() > 1) {
        const QString text = (run.modelFile + QLatin1Char(' ') + run.modelType).toLower();
        static const QRegularExpression separators(QStringLiteral("[-_. ]"));
        QList<const ModelSpec *> named;
        for (const ModelSpec *m : candidates) {
            const QStringList words = m->id.toLower().split(separators, Qt::SkipEmptyParts);
            if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return text.contains(w); }))
                named.append(m);
        }
        if (named.size() == 1)
            return named.first();
        QStringList ids;
        for (const ModelSpec *m : candidates)
            ids.append(m->id);
        *why = QStringLiteral("%1 B parameters match %2: give --model")
                   .arg(run.params / 1e9, 0, 'f', 2)
                   .arg(ids.join(QStringLiteral(", ")));
        return nullptr;
    }
    if (candidates.isEmpty()) {
        *why = QStringLiteral("no catalog model has %1 B parameters: give --model, or add the model to your catalog")
                   .arg(run.params / 1e9, 0, 'f', 2);
        return nullptr;
    }
    return candidates.first();
}

// The format the run's file is in, or failing a name, the slider step with the nearest bits.
QuantFormat formatOf(const LlamaBench::Run &run)
{
    if (const auto named = Quantization::parse(LlamaBench::formatName(run)))
        return *named;
    const double bits = run.sizeBytes * 8.0 / run.params;
    QuantFormat best = *Quantization::parse(QStringLiteral("Q4_K_M"));
    for (const QString &name : Quantization::sliderSteps()) {
        const QuantFormat f = *Quantization::parse(name);
        if (std::abs(f.bitsPerWeight - bits) < std::abs(best.bitsPerWeight - bits))
            best = f;
    }
    return best;
}

QJsonObject runJson(const CalibrationRun &r)
{
    return {{QStringLiteral("model"), r.modelId},
            {QStringLiteral("test"), r.test},
            {QStringLiteral("kind"), r.prompt ? QStringLiteral("prompt") : QStringLiteral("decode")},
            {QStringLiteral("measured_tok_s"), r.measuredTokS},
            {QStringLiteral("predicted_tok_s"), r.predictedTokS}};
}

bool positive(double v, double most)
{
    return std::isfinite(v) && v > 0 && v <= most;
}

} // namespace

Result fromRuns(const QList<LlamaBench::Run> &runs, const Catalog &catalog, const HardwareSpec &hardware,
                const QString &modelId, const QString &source, const QString &asOf)
{
    Result result;
    const ModelSpec *given = modelId.isEmpty() ? nullptr : catalog.findModel(modelId);
    if (!modelId.isEmpty() && !given) {
        result.error = QStringLiteral("--model: unknown model '%1'").arg(modelId);
        return result;
    }
    const DecodeCalibration published = catalog.publishedCalibrationFor(hardware);
    MeasuredCalibration calibration;
    QList<double> decodeRatios, promptRatios;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const LlamaBench::Run &run = runs.at(i);
        const QString where = QStringLiteral("run %1 (%2)").arg(i + 1).arg(run.test);
        QString why;
        const ModelSpec *matched = given ? given : matchModel(run, catalog, &why);
        if (!matched) {
            result.skipped.append(QStringLiteral("%1: %2").arg(where, why));
            continue;
        }
        // The engine, given the run's own file size, predicts the run as llama-bench ran it.
        ModelSpec model = *matched;
        const QuantFormat format = formatOf(run);
        model.knownFiles.insert(format.name, KnownFile{run.sizeBytes, {source, asOf, {}, Grade::Measured}});
        Scenario s;
        s.quant = format;
        s.promptTokens = run.isPrompt() ? run.promptTokens : 0;
        s.contextTokens = std::max(1.0, run.depthTokens + (run.isPrompt() ? run.promptTokens : run.genTokens / 2.0));
        const Estimate e = Engine::estimate(model, hardware, s, published);
        const std::optional<double> predicted = run.isPrompt() ? e.prefillTokS : e.decodeTokS;
        if (!e.ok() || !e.runs() || !predicted) {
            result.skipped.append(
                QStringLiteral("%1: %2").arg(where, !e.ok()     ? e.error->message
                                                    : !e.runs() ? QStringLiteral("does not fit this box as sold")
                                                                : QStringLiteral("the box's TFLOPS are unknown")));
            continue;
        }
        calibration.runs.append({model.id, run.test, run.isPrompt(), run.tokensPerSecond, *predicted});
        (run.isPrompt() ? promptRatios : decodeRatios).append(run.tokensPerSecond / *predicted);
    }
    if (decodeRatios.isEmpty()) {
        result.error = result.skipped.isEmpty()
                           ? QStringLiteral("no decode (tg) runs to calibrate on")
                           : QStringLiteral("no decode run could be used; %1").arg(result.skipped.first());
        return result;
    }
    calibration.scale = median(decodeRatios);
    if (!promptRatios.isEmpty())
        calibration.promptScale = median(promptRatios);
    for (const double scale : {calibration.scale, calibration.promptScale.value_or(1.0)}) {
        if (scale < kLowestScale || scale > kHighestScale) {
            result.error = QStringLiteral("the runs are %1× what the model predicts for %2: are they of this box "
                                          "and this model?")
                               .arg(scale, 0, 'f', 2)
                               .arg(hardware.id);
            return result;
        }
    }
    calibration.provenance = {source, asOf, {}, Grade::Measured};
    result.calibration = calibration;
    return result;
}

QString path()
{
    return UserData::folder() + QStringLiteral("/calibration.json");
}

Loaded read(const QString &file)
{
    Loaded loaded;
    const QFileInfo info(file);
    if (!info.exists())
        return loaded;
    QFile f(file);
    if (info.size() > kMaxFileBytes) {
        loaded.problem = QStringLiteral("%1: larger than any calibration file").arg(file);
        return loaded;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        loaded.problem = QStringLiteral("%1: %2").arg(file, f.errorString());
        return loaded;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        loaded.problem = QStringLiteral("%1: not valid JSON (%2)").arg(file, error.errorString());
        return loaded;
    }
    if (root.value(QStringLiteral("format")).toInt() != kFormat) {
        loaded.problem = QStringLiteral("%1: format %2 is not one this version reads (%3)")
                             .arg(file)
                             .arg(root.value(QStringLiteral("format")).toVariant().toString())
                             .arg(kFormat);
        return loaded;
    }
    const QJsonObject boxes = root.value(QStringLiteral("boxes")).toObject();
    for (auto it = boxes.begin(); it != boxes.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        MeasuredCalibration c;
        c.scale = o.value(QStringLiteral("scale")).toDouble(-1);
        const QJsonValue prompt = o.value(QStringLiteral("prompt_scale"));
        if (prompt.isDouble())
            c.promptScale = prompt.toDouble();
        const auto inBand = [](double v) { return std::isfinite(v) && v >= kLowestScale && v <= kHighestScale; };
        if (!inBand(c.scale) || (c.promptScale && !inBand(*c.promptScale))) {
            loaded.problem = QStringLiteral("%1: box '%2': a scale must be between %3 and %4")
                                 .arg(file, it.key())
                                 .arg(kLowestScale)
                                 .arg(kHighestScale);
            return loaded;
        }
        for (const QJsonValue &v : o.value(QStringLiteral("runs")).toArray()) {
            const QJsonObject r = v.toObject();
            CalibrationRun run{r.value(QStringLiteral("model")).toString(), r.value(QStringLiteral("test")).toString(),
                               r.value(QStringLiteral("kind")).toString() == QLatin1String("prompt"),
                               r.value(QStringLiteral("measured_tok_s")).toDouble(-1),
                               r.value(QStringLiteral("predicted_tok_s")).toDouble(-1)};
            if (positive(run.measuredTokS, 1e7) && positive(run.predictedTokS, 1e7))
                c.runs.append(run);
        }
        c.provenance = {o.value(QStringLiteral("source")).toString(),
                        o.value(QStringLiteral("as_of")).toString(),
                        {},
                        Grade::Measured};
        loaded.boxes.insert(it.key(), c);
    }
    return loaded;
}

QByteArray toJson(const QMap<QString, MeasuredCalibration> &boxes)
{
    QJsonObject out;
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        QJsonArray runs;
        for (const CalibrationRun &r : it->runs)
            runs.append(runJson(r));
        out.insert(it.key(), QJsonObject{{QStringLiteral("scale"), it->scale},
                                         {QStringLiteral("prompt_scale"),
                                          it->promptScale ? QJsonValue(*it->promptScale) : QJsonValue()},
                                         {QStringLiteral("runs"), runs},
                                         {QStringLiteral("source"), it->provenance.source},
                                         {QStringLiteral("as_of"), it->provenance.asOf},
                                         {QStringLiteral("grade"), gradeKey(Grade::Measured)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat}, {QStringLiteral("boxes"), out}})
        .toJson(QJsonDocument::Indented);
}

SafeWrite::Result save(const QString &file, const QMap<QString, MeasuredCalibration> &boxes)
{
    UserData::prepareSave(file);
    return SafeWrite::bytesToFile(file, toJson(boxes));
}

} // namespace Headroom::UserCalibration
