// Your llama-bench runs turned into a box's calibration, and calibration.json.
#include "usercalibration.h"

#include "engine.h"
#include "inputfile.h"
#include "jsonreader.h"
#include "userdata.h"
#include "userdatamerge.h"
#include "userfilelock.h"

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

namespace {

// One box of calibration.json, every field checked and named by its path ("boxes.rtx-4090.scale").
std::optional<MeasuredCalibration> boxFrom(const JsonReader &box)
{
    MeasuredCalibration c;
    c.scale = box.number("scale", kLowestScale, kHighestScale);
    if (box.has("prompt_scale"))
        c.promptScale = box.number("prompt_scale", kLowestScale, kHighestScale);
    const QJsonArray runs = box.array("runs");
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const QString at = QStringLiteral("%1.runs[%2]").arg(box.path()).arg(i);
        if (!runs.at(i).isObject()) {
            box.error("runs", QStringLiteral("[%1]: expected an object").arg(i));
            continue;
        }
        const JsonReader run(runs.at(i).toObject(), at, box.errors());
        CalibrationRun cr{run.string("model"), run.string("test"), false, run.number("measured_tok_s", 1e-9, 1e7),
                          run.number("predicted_tok_s", 1e-9, 1e7)};
        const QString kind = run.string("kind");
        if (run.has("kind") && kind != QLatin1String("prompt") && kind != QLatin1String("decode"))
            run.error("kind", QStringLiteral("expected prompt or decode"));
        cr.prompt = kind == QLatin1String("prompt");
        c.runs.append(cr);
    }
    c.provenance = {box.string("source", false), box.string("as_of", false), {}, Grade::Measured};
    if (box.has("grade") && box.string("grade") != gradeKey(Grade::Measured))
        box.error("grade", QStringLiteral("expected \"%1\"").arg(gradeKey(Grade::Measured)));
    if (!box.errors()->isEmpty())
        return std::nullopt;
    return c;
}

} // namespace

Loaded fromJson(const QByteArray &bytes, const QString &file)
{
    Loaded loaded;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        loaded.problem = QStringLiteral("%1: not valid JSON (%2)")
                             .arg(file, error.error != QJsonParseError::NoError ? error.errorString()
                                                                                : QStringLiteral("not an object"));
        return loaded;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")) != QJsonValue(kFormat)) {
        loaded.problem = QStringLiteral("%1: format %2 is not one this version reads (%3)")
                             .arg(file)
                             .arg(QString::fromUtf8(QJsonDocument(QJsonArray{root.value(QStringLiteral("format"))})
                                                        .toJson(QJsonDocument::Compact)
                                                        .chopped(1)
                                                        .mid(1)))
                             .arg(kFormat);
        return loaded;
    }
    const QJsonValue boxes = root.value(QStringLiteral("boxes"));
    if (!boxes.isObject() && !boxes.isUndefined()) {
        loaded.problem = QStringLiteral("%1: boxes: expected an object of boxes by id").arg(file);
        return loaded;
    }
    const QJsonObject byId = boxes.toObject();
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        QStringList problems;
        const QString at = QStringLiteral("boxes.%1").arg(it.key());
        if (!it.value().isObject()) {
            loaded.problem = QStringLiteral("%1: %2: expected an object").arg(file, at);
            loaded.boxes.clear();
            return loaded;
        }
        const std::optional<MeasuredCalibration> c = boxFrom(JsonReader(it.value().toObject(), at, &problems));
        if (!c) {
            loaded.problem = QStringLiteral("%1: %2").arg(file, problems.value(0));
            loaded.boxes.clear();
            return loaded;
        }
        loaded.boxes.insert(it.key(), *c);
    }
    return loaded;
}

Loaded read(const QString &file)
{
    const InputFile::Read read = InputFile::read(file, kMaxFileBytes, InputFile::Origin::Own);
    if (read.missing)
        return {};
    if (!read.error.isEmpty())
        return {{}, QStringLiteral("%1: %2").arg(file, read.error)};
    return fromJson(read.bytes, file);
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
    UserFileLock lock(file);
    if (const QString problem = lock.acquire(); !problem.isEmpty())
        return {false, false, problem, problem};
    return UserData::commit(file, toJson(boxes));
}

SafeWrite::Result saveChanges(const QString &file, const QMap<QString, MeasuredCalibration> &base,
                              const QMap<QString, MeasuredCalibration> &ours, int lockWaitMs, bool *locked)
{
    UserFileLock lock(file);
    if (const QString problem = lock.acquire(lockWaitMs); !problem.isEmpty()) {
        if (locked)
            *locked = lock.heldByAnother();
        return {false, false, problem, problem};
    }
    if (locked)
        *locked = false;
    // The file as it is now, under the lock: another Headroom may have calibrated a box since.
    const InputFile::Read now = InputFile::read(file, kMaxFileBytes, InputFile::Origin::Own);
    QJsonObject theirs;
    if (!now.missing) {
        const Loaded loaded =
            now.error.isEmpty() ? fromJson(now.bytes, file) : Loaded{{}, QStringLiteral("%1: %2").arg(file, now.error)};
        if (!loaded.problem.isEmpty()) {
            const QString why = QStringLiteral("%1; it is left as it is").arg(loaded.problem);
            return {false, false, why, why};
        }
        theirs = QJsonDocument::fromJson(now.bytes).object().value(QStringLiteral("boxes")).toObject();
    }
    const auto boxesOf = [](const QMap<QString, MeasuredCalibration> &m) {
        return QJsonDocument::fromJson(toJson(m)).object().value(QStringLiteral("boxes")).toObject();
    };
    const QJsonObject merged = UserDataMerge::members(boxesOf(base), boxesOf(ours), theirs);
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("boxes"), merged}};
    return UserData::commit(file, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace Headroom::UserCalibration
