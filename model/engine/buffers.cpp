#include "buffers.h"

#include "csvrows.h"
#include "speedfitdetail.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace Headroom::Engine::Buffers {

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

double logitsPhaseBytes(const Vocabulary &v, int microBatch) noexcept
{
    return double(microBatch) * kActivationBytes * (double(v.tokens) + kHiddenRowsBesideLogits * v.hidden);
}

} // namespace

double computeBytes(const Vocabulary &v, double cells, bool flashAttention, int microBatch) noexcept
{
    const double logits = logitsPhaseBytes(v, microBatch);
    const double kvCells = std::max(0.0, cells);
    if (flashAttention) // summed: the mask is freed before the logits in the graph, but not always
        return logits + double(microBatch) * kMaskBytes * kvCells;
    const double scores =
        double(microBatch) * kActivationBytes * (kvCells * v.attentionHeads + kHiddenRowsBesideScores * v.hidden);
    return std::max(logits, scores);
}

double computeFixedBytes(const std::optional<Vocabulary> &vocabulary) noexcept
{
    return vocabulary ? logitsPhaseBytes(*vocabulary, kMicroBatch) : kFallbackComputeBytes;
}

QList<RuntimeMeasurement> parseRuntimeMeasurements(const QByteArray &csv, QStringList *errors)
{
    QList<RuntimeMeasurement> rows;
    forEachCsvRow(csv, [&](const CsvRow &row) {
        RuntimeMeasurement m;
        m.source = row.text("source");
        m.device = row.text("device");
        m.backend = row.text("backend");
        m.excluded = row.text("excluded");
        bool ok = false;
        const double mib = row.text("overhead_mib").toDouble(&ok);
        if (ok && std::isfinite(mib) && mib >= 0 && !m.source.isEmpty() && !m.backend.isEmpty()) {
            m.overheadBytes = mib * kMiB;
            rows.append(m);
        } else if (errors) {
            errors->append(QStringLiteral("line %1: no source, backend or overhead").arg(row.lineNumber()));
        }
    });
    return rows;
}

const QList<RuntimeMeasurement> &embeddedRuntimeMeasurements()
{
    static const QList<RuntimeMeasurement> rows = [] {
        QFile file(QStringLiteral(":/measurements/runtime-overhead.csv"));
        return file.open(QIODevice::ReadOnly) ? parseRuntimeMeasurements(file.readAll()) : QList<RuntimeMeasurement>{};
    }();
    return rows;
}

double runtimeBytesFor(const QList<RuntimeMeasurement> &rows, const QString &backend)
{
    QHash<QString, QList<double>> bySource;
    QStringList order;
    double largest = 0.0;
    for (const RuntimeMeasurement &m : rows) {
        if (!m.excluded.isEmpty())
            continue;
        largest = std::max(largest, m.overheadBytes);
        if (m.backend.compare(backend, Qt::CaseInsensitive) != 0)
            continue;
        if (!bySource.contains(m.source))
            order.append(m.source);
        bySource[m.source].append(m.overheadBytes);
    }
    if (order.isEmpty())
        return largest;
    QList<double> medians;
    for (const QString &source : std::as_const(order))
        medians.append(SpeedFit::Detail::quantile(bySource.value(source), 0.5));
    return SpeedFit::Detail::quantile(medians, 0.5);
}

double hostEmbeddingBytes(const std::optional<Vocabulary> &vocabulary, const QuantFormat &format) noexcept
{
    if (!vocabulary || !vocabulary->tiedOutput || *vocabulary->tiedOutput)
        return 0.0;
    return double(vocabulary->tokens) * vocabulary->hidden * format.bitsPerWeight / 8.0;
}

} // namespace Headroom::Engine::Buffers
