// headroom validate and headroom calibrate: the speed model checked, and fitted to your runs.
#include "speedcommands.h"

#include "batchedfit.h"
#include "catalog.h"
#include "commandsupport.h"
#include "inputfile.h"
#include "offloadfit.h"
#include "prefillfit.h"
#include "speedfit.h"
#include "usercalibration.h"
#include "userfilelock.h"

#include <QDate>
#include <QFileInfo>

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Headroom::Cli {

namespace {

QJsonObject errorJson(const SpeedFit::SourceError &e)
{
    return {{QStringLiteral("source"), e.source},
            {QStringLiteral("rows"), e.rows},
            {QStringLiteral("median_abs_error"), e.medianAbsError},
            {QStringLiteral("p90_abs_error"), e.p90AbsError},
            {QStringLiteral("inside_range_share"), e.coverage}};
}

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(share * 100, 5, 'f', 1);
}

// The held-out predictions row by row, as CSV in the C locale: for a chart or a spreadsheet.
void printRows(QTextStream &out, const QList<SpeedMeasurement> &rows, const SpeedFit::Validation &v)
{
    out << "kind,source,device,model,quant,depth_tokens,measured_tok_s,predicted_tok_s,low_tok_s,high_tok_s,"
           "sequences\n";
    for (const SpeedFit::HeldOut &h : v.rows) {
        const SpeedMeasurement &m = rows.at(h.row);
        out << "decode," << m.source << ',' << m.device << ',' << m.model << ',' << m.quant << ',' << m.depthTokens
            << ',' << QString::number(m.tokensPerSecond, 'g', 6) << ',' << QString::number(h.predicted, 'g', 6) << ','
            << QString::number(h.low, 'g', 6) << ',' << QString::number(h.high, 'g', 6) << ",1\n";
    }
    out.flush();
}

// High ÷ low of the ranges the held-out rows were shown, the median over them.
double medianRangeWidth(const QList<SpeedFit::HeldOut> &rows)
{
    QList<double> widths;
    for (const SpeedFit::HeldOut &h : rows) {
        if (h.low > 0)
            widths.append(h.high / h.low);
    }
    if (widths.isEmpty())
        return 0.0;
    std::sort(widths.begin(), widths.end());
    const qsizetype middle = widths.size() / 2;
    return widths.size() % 2 ? widths.at(middle) : (widths.at(middle - 1) + widths.at(middle)) / 2.0;
}

QJsonObject targetsJson(double median, double p90, double coverage)
{
    return {{QStringLiteral("median_abs_error"), median},
            {QStringLiteral("p90_abs_error"), p90},
            {QStringLiteral("inside_range_share"), coverage}};
}

// Prompt processing's rows as work, read against the built-in catalog (as the app's fit is).
QList<Prefill::RowWork> prefillWorks()
{
    return Prefill::worksOf(
        Prefill::embeddedMeasurements(), Prefill::embeddedDevices(),
        [](const QString &key) -> const ModelSpec * { return CatalogLoader::embedded().findModel(key); });
}

void printPrefillRows(QTextStream &out, const Prefill::Validation &v)
{
    const QList<PrefillMeasurement> &rows = Prefill::embeddedMeasurements();
    for (const SpeedFit::HeldOut &h : v.rows) {
        const PrefillMeasurement &m = rows.at(h.row);
        const auto cell = [](QString text) {
            return text.contains(QLatin1Char(','))
                       ? QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1Char('\'')) + QLatin1Char('"')
                       : text;
        };
        out << "prefill," << cell(m.source) << ',' << cell(m.device) << ',' << cell(m.model) << ',' << cell(m.quant)
            << ',' << m.depthTokens << ',' << QString::number(m.tokensPerSecond, 'g', 6) << ','
            << QString::number(h.predicted, 'g', 6) << ',' << QString::number(h.low, 'g', 6) << ','
            << QString::number(h.high, 'g', 6) << ",1\n";
    }
    out.flush();
}

QJsonObject prefillJson(const Prefill::Validation &v)
{
    QJsonArray publishers;
    for (const SpeedFit::SourceError &e : v.perPublisher)
        publishers.append(errorJson(e));
    return {{QStringLiteral("kind"), QStringLiteral("prefill")},
            {QStringLiteral("method"), QStringLiteral("leave-one-publisher-out")},
            {QStringLiteral("sources"), publishers},
            {QStringLiteral("overall"), errorJson(v.overall)},
            {QStringLiteral("median_range_width"), v.medianRangeWidth},
            {QStringLiteral("older_builds"), QJsonArray{errorJson(v.olderBuilds)}},
            {QStringLiteral("targets"),
             targetsJson(Prefill::kTargetMedianError, Prefill::kTargetP90Error, Prefill::kTargetCoverage)}};
}

// Aggregate decode of B sequences: measured and predicted over all of them, at their mean depth.
void printBatchedRows(QTextStream &out, const Batched::Validation &v)
{
    const QList<Batched::Measurement> &published = Batched::embeddedMeasurements();
    const auto cell = [](QString text) {
        return text.contains(QLatin1Char(','))
                   ? QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1Char('\'')) + QLatin1Char('"')
                   : text;
    };
    for (const SpeedFit::HeldOut &h : v.rows) {
        const Batched::Measurement &m = published.at(h.row);
        out << "batched," << cell(m.source) << ',' << cell(m.device) << ',' << cell(m.model) << ',' << cell(m.quant)
            << ',' << qint64(m.promptTokens + m.generatedTokens / 2.0) << ','
            << QString::number(m.aggregateTokS, 'g', 6) << ',' << QString::number(h.predicted, 'g', 6) << ','
            << QString::number(h.low, 'g', 6) << ',' << QString::number(h.high, 'g', 6) << ',' << m.sequences << '\n';
    }
    out.flush();
}

QJsonObject batchedJson(const Batched::Validation &v)
{
    QJsonArray sources;
    for (const SpeedFit::SourceError &e : v.perSource)
        sources.append(errorJson(e));
    const BatchedCalibration &b = embeddedBatchedFit();
    return {
        {QStringLiteral("kind"), QStringLiteral("batched")},
        {QStringLiteral("method"), QStringLiteral("leave-one-source-out")},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("overall"), errorJson(v.overall)},
        {QStringLiteral("median_range_width"), v.medianRangeWidth},
        {QStringLiteral("older_builds"), QJsonArray{errorJson(v.olderBuilds)}},
        {QStringLiteral("constants"), QJsonObject{{QStringLiteral("coverage_exponent"), b.coverageExponent},
                                                  {QStringLiteral("compute_factor"), b.computeFactor},
                                                  {QStringLiteral("range_low"), b.rangeLow},
                                                  {QStringLiteral("range_high"), b.rangeHigh}}},
        {QStringLiteral("targets"), QJsonObject{{QStringLiteral("median_abs_error"), Batched::kTargetMedianError}}}};
}

// Decode with weights in the host, measured and predicted, at the published depth.
void printOffloadRows(QTextStream &out, const Offload::Validation &v)
{
    const QList<Offload::Measurement> &published = Offload::embeddedMeasurements();
    const auto cell = [](QString text) {
        return text.contains(QLatin1Char(','))
                   ? QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1Char('\'')) + QLatin1Char('"')
                   : text;
    };
    for (const SpeedFit::HeldOut &h : v.rows) {
        const Offload::Measurement &m = published.at(h.row);
        out << "offload," << cell(m.source) << ',' << cell(m.gpu) << ',' << cell(m.model) << ',' << cell(m.quant) << ','
            << m.depthTokens << ',' << QString::number(m.decodeTokS, 'g', 6) << ','
            << QString::number(h.predicted, 'g', 6) << ',' << QString::number(h.low, 'g', 6) << ','
            << QString::number(h.high, 'g', 6) << ",1\n";
    }
    out.flush();
}

QJsonObject offloadJson(const Offload::Validation &v)
{
    QJsonArray sources;
    for (const SpeedFit::SourceError &e : v.perSource)
        sources.append(errorJson(e));
    const OffloadCalibration &o = embeddedOffloadFit();
    return {{QStringLiteral("kind"), QStringLiteral("offload")},
            {QStringLiteral("method"), QStringLiteral("leave-one-source-out")},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("overall"), errorJson(v.overall)},
            {QStringLiteral("prompt"), errorJson(v.prompt)},
            {QStringLiteral("median_range_width"), v.medianRangeWidth},
            {QStringLiteral("constants"), QJsonObject{{QStringLiteral("host_efficiency"), o.hostEfficiency},
                                                      {QStringLiteral("crossing_seconds"), o.crossingSeconds},
                                                      {QStringLiteral("pcie_bytes_per_second"), o.pcieBytesPerSecond},
                                                      {QStringLiteral("range_low"), o.rangeLow},
                                                      {QStringLiteral("range_high"), o.rangeHigh}}},
            {QStringLiteral("targets"), QJsonObject{{QStringLiteral("median_abs_error"), Offload::kTargetMedianError},
                                                    {QStringLiteral("rows"), Offload::kTargetRows},
                                                    {QStringLiteral("publications"), Offload::kTargetPublications}}}};
}

} // namespace

int validateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("How well the decode speed model predicts publications it never saw: each source of the "
                       "built-in measurements (llama.cpp builds since %1) is left out in turn, the model is fitted "
                       "on the others and predicts it. Prints the median and 90th percentile of |predicted / "
                       "measured - 1| per source and overall, and the share of measurements inside the range the "
                       "app would have shown.")
            .arg(QString::fromLatin1(SpeedFit::kCurrentBuildsSince)));
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Print every held-out prediction as CSV instead")});
    int status = kExitOk;
    if (!parseArguments(parser, arguments, out, err, &status))
        return status;
    if (parser.isSet(QStringLiteral("rows")) && parser.isSet(QStringLiteral("json")))
        return usageError(err, QStringLiteral("--rows: prints CSV; give --rows or --json, not both"));
    // Validation reads no catalog, but --catalog FILE must still name one that reads.
    if (!catalogFrom(parser, err, &status))
        return status;
    const QList<SpeedMeasurement> &rows = SpeedFit::embeddedMeasurements();
    if (rows.isEmpty())
        return environmentError(err, QStringLiteral("the built-in measurements could not be read"));
    const SpeedFit::Validation v = SpeedFit::validate(rows);
    const QList<Prefill::RowWork> works = prefillWorks();
    if (works.isEmpty())
        return environmentError(err, QStringLiteral("the built-in prompt-processing measurements could not be read"));
    const Prefill::Validation prefill = Prefill::validate(works);
    const QList<Batched::Row> batchedRows = embeddedBatchedRows();
    if (batchedRows.isEmpty())
        return environmentError(err, QStringLiteral("the built-in batched measurements could not be read"));
    const Batched::Validation batched = Batched::validate(batchedRows);
    const QList<Offload::Row> offloadRows = embeddedOffloadRows();
    if (offloadRows.isEmpty())
        return environmentError(err, QStringLiteral("the built-in offload measurements could not be read"));
    const Offload::Validation offload = Offload::validate(offloadRows);
    if (parser.isSet(QStringLiteral("rows"))) {
        printRows(out, rows, v);
        printPrefillRows(out, prefill);
        printBatchedRows(out, batched);
        printOffloadRows(out, offload);
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray sources, older;
        for (const SpeedFit::SourceError &e : v.perSource)
            sources.append(errorJson(e));
        for (const SpeedFit::SourceError &e : v.olderBuilds)
            older.append(errorJson(e));
        printJson(out, {{QStringLiteral("format"), 1},
                        {QStringLiteral("method"), QStringLiteral("leave-one-source-out")},
                        {QStringLiteral("sources"), sources},
                        {QStringLiteral("overall"), errorJson(v.overall)},
                        {QStringLiteral("builds_since"), QString::fromLatin1(SpeedFit::kCurrentBuildsSince)},
                        {QStringLiteral("older_builds"), older},
                        {QStringLiteral("targets"), targetsJson(SpeedFit::kTargetMedianError, SpeedFit::kTargetP90Error,
                                                                SpeedFit::kTargetCoverage)},
                        {QStringLiteral("kinds"),
                         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("decode")},
                                                {QStringLiteral("method"), QStringLiteral("leave-one-source-out")},
                                                {QStringLiteral("sources"), sources},
                                                {QStringLiteral("overall"), errorJson(v.overall)},
                                                {QStringLiteral("older_builds"), older},
                                                {QStringLiteral("median_range_width"), medianRangeWidth(v.rows)},
                                                {QStringLiteral("targets"),
                                                 targetsJson(SpeedFit::kTargetMedianError, SpeedFit::kTargetP90Error,
                                                             SpeedFit::kTargetCoverage)}},
                                    prefillJson(prefill), offloadJson(offload), batchedJson(batched)}}});
        return kExitOk;
    }
    // One line of the table: source, rows, median, p90, inside the range.
    const auto line = [&out](const QString &source, const QString &rows, const QString &median, const QString &p90,
                             const QString &inside) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(source, -24)
                   .arg(rows, 5)
                   .arg(median, 8)
                   .arg(p90, 8)
                   .arg(inside, 9);
    };
    const auto errorLine = [&line](const SpeedFit::SourceError &e) {
        line(e.source, QString::number(e.rows), percent(e.medianAbsError), percent(e.p90AbsError), percent(e.coverage));
    };
    // One kind's table: each left-out unit, all of them, and the targets.
    const auto heldOutTable = [&](const QString &unit, const QList<SpeedFit::SourceError> &each,
                                  const SpeedFit::SourceError &overall, double median, double p90, double coverage) {
        line(unit, QStringLiteral("rows"), QStringLiteral("median"), QStringLiteral("p90"), QStringLiteral("in range"));
        for (const SpeedFit::SourceError &e : each)
            errorLine(e);
        errorLine(overall);
        // A kind without a p90 or coverage target passes NaN for it: shown as "—".
        const auto target = [](const char *sign, double value) {
            return std::isnan(value) ? QStringLiteral("—") : QString::fromUtf8(sign) + percent(value).trimmed();
        };
        line(QStringLiteral("target"), QString(), target("≤", median), target("≤", p90), target("≥", coverage));
    };
    out << "Decode speed on sources the fit never saw (leave one source out)\n";
    heldOutTable(QStringLiteral("source"), v.perSource, v.overall, SpeedFit::kTargetMedianError,
                 SpeedFit::kTargetP90Error, SpeedFit::kTargetCoverage);
    out << "\nConstants fitted on every row (what the app uses):\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("class"), -16)
               .arg(QStringLiteral("rows"), 5)
               .arg(QStringLiteral("weights"), 8)
               .arg(QStringLiteral("KV"), 6)
               .arg(QStringLiteral("MoE"), 6)
               .arg(QStringLiteral("µs/layer"), 9)
               .arg(QStringLiteral("µs/token"), 9);
    const SpeedFit::Fit &fit = SpeedFit::embeddedFit();
    for (const DecodeCalibration &c : fit.classes)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(c.speedClass, -16)
                   .arg(c.samples, 5)
                   .arg(percent(c.efficiency), 8)
                   .arg(percent(c.kvEfficiency).trimmed(), 6)
                   .arg(QStringLiteral("×%1").arg(1.0 / c.moeEfficiency, 0, 'f', 2), 6)
                   .arg(c.perLayerSeconds * 1e6, 9, 'f', 1)
                   .arg(c.perTokenSeconds * 1e6, 9, 'f', 0);
    out << QStringLiteral("Shown range: measured / predicted between %1 and %2; a layer split adds %3 µs per extra "
                          "device.\n")
               .arg(fit.classes.isEmpty() ? 0.0 : fit.classes.first().rangeLow, 0, 'f', 2)
               .arg(fit.classes.isEmpty() ? 0.0 : fit.classes.first().rangeHigh, 0, 'f', 2)
               .arg(fit.hopSeconds * 1e6, 0, 'f', 0);
    if (!v.olderBuilds.isEmpty())
        out << QStringLiteral("\nBuilds before %1, not fitted (today's builds are faster), predicted by the fit on all "
                              "of the above:\n")
                   .arg(QString::fromLatin1(SpeedFit::kCurrentBuildsSince));
    for (const SpeedFit::SourceError &e : v.olderBuilds)
        errorLine(e);

    out << "\nPrompt processing on publications the fit never saw (leave one publisher out)\n";
    heldOutTable(QStringLiteral("publisher"), prefill.perPublisher, prefill.overall, Prefill::kTargetMedianError,
                 Prefill::kTargetP90Error, Prefill::kTargetCoverage);
    out << QStringLiteral("Median width of the shown range (high / low): %1\n")
               .arg(prefill.medianRangeWidth, 0, 'f', 2);
    out << QStringLiteral("Builds before %1, predicted, not fitted:\n")
               .arg(QString::fromLatin1(SpeedFit::kCurrentBuildsSince));
    errorLine(prefill.olderBuilds);
    out << "\nPrompt-processing constants fitted on every current row (what the app uses):\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("class"), -16)
               .arg(QStringLiteral("rows"), 5)
               .arg(QStringLiteral("of peak"), 8)
               .arg(QStringLiteral("attn"), 5)
               .arg(QStringLiteral("MoE½"), 5)
               .arg(QStringLiteral("µs/layer"), 9)
               .arg(QStringLiteral("range"), 12);
    const Prefill::Fit &prefillFit = embeddedPrefillFit();
    for (const PrefillCalibration &c : prefillFit.classes)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(c.prefillClass, -16)
                   .arg(c.samples, 5)
                   .arg(percent(c.efficiency), 8)
                   .arg(c.attention, 5, 'f', 1)
                   .arg(c.moeHalfTokens, 5, 'f', 0)
                   .arg(c.layerSeconds * 1e6, 9, 'f', 0)
                   .arg(QStringLiteral("%1–%2").arg(c.rangeLow, 0, 'f', 2).arg(c.rangeHigh, 0, 'f', 2), 12);

    out << "\nDecode with weights in the host's RAM (llama.cpp's expert offload) on publications the fit never saw\n";
    heldOutTable(QStringLiteral("publication"), offload.perSource, offload.overall, Offload::kTargetMedianError,
                 std::nan(""), std::nan(""));
    out << QStringLiteral("Prompt processing of the same runs (held out): %1 rows, median %2.\n")
               .arg(offload.prompt.rows)
               .arg(percent(offload.prompt.medianAbsError).trimmed());
    const OffloadCalibration &o = embeddedOffloadFit();
    out << QStringLiteral("Fitted on every row (what the app uses): the host's reads at %1 of its RAM's peak "
                          "bandwidth, %2 µs per hand-over between GPU and CPU, the host's weights streamed at "
                          "%3 GB/s per prompt micro-batch; shown range %4–%5. Target: at least %6 rows from %7 "
                          "publications.\n")
               .arg(percent(o.hostEfficiency).trimmed())
               .arg(o.crossingSeconds * 1e6, 0, 'f', 0)
               .arg(o.pcieBytesPerSecond / 1e9, 0, 'f', 0)
               .arg(o.rangeLow, 0, 'f', 2)
               .arg(o.rangeHigh, 0, 'f', 2)
               .arg(Offload::kTargetRows)
               .arg(Offload::kTargetPublications);

    out << "\nMany sequences (aggregate decode of 1–" << Batched::kLargestValidatedBatch
        << " sequences) on publications the fit never saw (leave one publication out)\n";
    heldOutTable(QStringLiteral("publication"), batched.perSource, batched.overall, Batched::kTargetMedianError,
                 std::nan(""), std::nan(""));
    out << QStringLiteral("Median width of the shown range (high / low): %1\n")
               .arg(batched.medianRangeWidth, 0, 'f', 2);
    out << QStringLiteral("Builds before %1, predicted, not fitted:\n")
               .arg(QString::fromLatin1(SpeedFit::kCurrentBuildsSince));
    errorLine(batched.olderBuilds);
    const BatchedCalibration &b = embeddedBatchedFit();
    out << QStringLiteral("Fitted on every current row (what the app uses): a step of B sequences reads the experts "
                          "B^%1 independent tokens would; each sequence beyond the first multiplies at the prompt "
                          "rate ÷ %2; shown range %3–%4.\n")
               .arg(b.coverageExponent, 0, 'f', 2)
               .arg(b.computeFactor, 0, 'f', 2)
               .arg(b.rangeLow, 0, 'f', 2)
               .arg(b.rangeHigh, 0, 'f', 2);
    out.flush();
    return kExitOk;
}

int calibrateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Calibrate a box's speed on your own llama-bench runs: FILE is what llama-bench printed "
                       "with -o json, -o jsonl or -o md. Each run is matched to a catalog model (by parameter count "
                       "and file name, or --model), predicted, and the median of measured / predicted is stored "
                       "for the box in %1; every view and command then uses it, marked as measured.")
            .arg(UserCalibration::path()));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("llama-bench output"));
    parser.addOptions({
        {QStringLiteral("hardware"), QStringLiteral("The catalog box the runs were made on."), QStringLiteral("ID")},
        {QStringLiteral("model"), QStringLiteral("The catalog model every run used (default: match each run)."),
         QStringLiteral("ID")},
        {QStringLiteral("forget"), QStringLiteral("Remove the box's calibration instead (no FILE).")},
    });
    int status = kExitOk;
    if (!parseArguments(parser, arguments, out, err, &status, {}, true, 1))
        return status;
    const std::optional<Catalog> catalog = catalogFrom(parser, err, &status);
    if (!catalog)
        return status;
    if (!parser.isSet(QStringLiteral("hardware")))
        return usageError(err, QStringLiteral("--hardware: give the catalog box the runs were made on"));
    const QString boxId = parser.value(QStringLiteral("hardware"));
    const HardwareSpec *box = catalog->findHardware(boxId);
    if (!box)
        return usageError(err, QStringLiteral("--hardware: unknown box '%1' (see 'headroom catalog')").arg(boxId));
    const QStringList files = parser.positionalArguments().mid(1);
    const bool forget = parser.isSet(QStringLiteral("forget"));
    if (forget && parser.isSet(QStringLiteral("model")))
        return usageError(err, QStringLiteral("--model: does not apply with --forget (it removes the whole box)"));
    if (forget != files.isEmpty() || files.size() > 1)
        return usageError(err, forget ? QStringLiteral("--forget takes no FILE")
                                      : QStringLiteral("give one llama-bench output FILE"));

    // The file is read here even with --builtin-only (which ignores it for the prediction only):
    // the new box is merged into it, never written over the others.
    const QString target = UserCalibration::path();
    const UserCalibration::Loaded current = UserCalibration::read(target);
    if (!current.problem.isEmpty())
        return usageError(err, QStringLiteral("your calibration %1 (fix or move it; Headroom does not write over it)")
                                   .arg(current.problem));
    QMap<QString, MeasuredCalibration> before, after;
    QJsonObject json{{QStringLiteral("format"), 1}, {QStringLiteral("hardware_id"), boxId}};
    // Printed once the calibration is stored: a save that fails prints nothing but its error.
    QString printed;
    QTextStream summary(&printed);
    if (forget) {
        if (!current.boxes.contains(boxId))
            return usageError(err, QStringLiteral("--forget: '%1' has no calibration").arg(boxId));
        before.insert(boxId, current.boxes.value(boxId));
    } else {
        const QString path = files.first();
        const InputFile::Read read = InputFile::read(path, LlamaBench::kMaxBytes, InputFile::Origin::Named);
        if (!read.ok())
            return usageError(
                err, QStringLiteral("%1: %2").arg(path, read.missing ? QStringLiteral("no such file") : read.error));
        const LlamaBench::Parsed parsed = LlamaBench::parse(read.bytes);
        if (!parsed.error.isEmpty())
            return usageError(err, QStringLiteral("%1: %2").arg(path, parsed.error));
        const UserCalibration::Result result =
            UserCalibration::fromRuns(parsed.runs, *catalog, *box, parser.value(QStringLiteral("model")),
                                      QStringLiteral("llama-bench output %1").arg(QFileInfo(path).fileName()),
                                      QDate::currentDate().toString(Qt::ISODate));
        if (!result.error.isEmpty())
            return usageError(err, QStringLiteral("%1: %2").arg(path, result.error));
        const MeasuredCalibration &c = *result.calibration;
        after.insert(boxId, c);
        QJsonArray runs;
        for (const CalibrationRun &r : c.runs)
            runs.append(
                QJsonObject{{QStringLiteral("model_id"), r.modelId},
                            {QStringLiteral("test"), r.test},
                            {QStringLiteral("kind"), r.prompt ? QStringLiteral("prompt") : QStringLiteral("decode")},
                            {QStringLiteral("measured_tok_s"), r.measuredTokS},
                            {QStringLiteral("predicted_tok_s"), r.predictedTokS}});
        json.insert(QStringLiteral("decode_scale"), c.scale);
        json.insert(QStringLiteral("prompt_scale"), c.promptScale ? QJsonValue(*c.promptScale) : QJsonValue());
        json.insert(QStringLiteral("runs"), runs);
        json.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(result.skipped));
        if (!parser.isSet(QStringLiteral("json"))) {
            summary << QStringLiteral("%1 %2 %3 %4 %5\n")
                           .arg(QStringLiteral("model"), -22)
                           .arg(QStringLiteral("test"), -16)
                           .arg(QStringLiteral("measured"), 10)
                           .arg(QStringLiteral("predicted"), 10)
                           .arg(QStringLiteral("ratio"), 6);
            for (const CalibrationRun &r : c.runs)
                summary << QStringLiteral("%1 %2 %3 %4 %5\n")
                               .arg(r.modelId, -22)
                               .arg(r.test, -16)
                               .arg(r.measuredTokS, 10, 'f', 1)
                               .arg(r.predictedTokS, 10, 'f', 1)
                               .arg(r.measuredTokS / r.predictedTokS, 6, 'f', 2);
            for (const QString &s : result.skipped)
                summary << QStringLiteral("skipped %1\n").arg(s);
            summary << QStringLiteral("%1: decode × %2").arg(boxId).arg(c.scale, 0, 'f', 3);
            if (c.promptScale)
                summary << QStringLiteral(", prompt processing × %1").arg(*c.promptScale, 0, 'f', 3);
            summary << '\n';
        }
    }
    const SafeWrite::Result saved = UserCalibration::saveChanges(target, before, after, UserFileLock::kWaitMs);
    if (!saved.ok)
        return environmentError(err, saved.error);
    json.insert(QStringLiteral("calibration_file"), target);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, json);
        return kExitOk;
    }
    summary.flush();
    out << printed;
    out << (forget ? QStringLiteral("Removed the calibration of %1 from %2\n").arg(boxId, target)
                   : QStringLiteral("Stored in %1\n").arg(target));
    out.flush();
    return kExitOk;
}

} // namespace Headroom::Cli
