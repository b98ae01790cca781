#include "matrixexport.h"

#include "engine.h"
#include "format.h"

#include <QStringList>

namespace Headroom::MatrixExport {

namespace {

QString cellText(const Estimate &e)
{
    if (!e.ok())
        return QStringLiteral("error: ") + e.error->message;
    switch (e.verdict) {
    case Verdict::Hosted: return QStringLiteral("hosted");
    case Verdict::NoFit:
        return e.minGpus ? QStringLiteral("no-fit (needs %1 GPUs)").arg(*e.minGpus) : QStringLiteral("no-fit");
    default: return QStringLiteral("%1 · %2").arg(verdictName(e.verdict), Format::rate(e.decodeTokS));
    }
}

QString scenarioLine(const Scenario &s)
{
    return QStringLiteral("%1 weights, %2 KV cache, %3 tokens of context, %4 sequence(s); speeds are single-sequence "
                          "decode estimates in tokens/s")
        .arg(s.quant.name, kvTypeName(s.kvType))
        .arg(qint64(s.contextTokens))
        .arg(s.batch);
}

template<typename CellWriter>
QList<QStringList> table(const Catalog &catalog, const Scenario &scenario, CellWriter &&write)
{
    QList<QStringList> rows;
    QStringList header{QStringLiteral("Hardware")};
    for (const ModelSpec &m : catalog.models)
        header << m.name;
    rows << header;
    Scenario s = scenario;
    s.gpus = 0;
    for (const HardwareSpec &h : catalog.hardware) {
        QStringList row{h.name};
        const DecodeCalibration calibration = catalog.calibrationFor(h.backend);
        for (const ModelSpec &m : catalog.models)
            row << write(Engine::estimate(m, h, s, calibration));
        rows << row;
    }
    return rows;
}

} // namespace

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csv(const Catalog &catalog, const Scenario &scenario)
{
    QString out = QStringLiteral("# Headroom fit matrix: ") + scenarioLine(scenario) + QStringLiteral("\r\n");
    for (const QStringList &row : table(catalog, scenario, cellText)) {
        QStringList fields;
        for (const QString &f : row)
            fields << csvField(f);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString markdown(const Catalog &catalog, const Scenario &scenario)
{
    const auto escape = [](QString text) { return text.replace(QLatin1Char('|'), QStringLiteral("\\|")); };
    QString out = QStringLiteral("**Headroom fit matrix** — ") + scenarioLine(scenario) + QStringLiteral("\n\n");
    const QList<QStringList> rows = table(catalog, scenario, cellText);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (const QString &c : rows.at(r))
            cells << escape(c);
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        if (r == 0)
            out += QStringLiteral("|") + QStringLiteral("---|").repeated(cells.size()) + QLatin1Char('\n');
    }
    out +=
        QStringLiteral("\nCatalog as of %1. Every value's source is in `headroom catalog --json`.\n").arg(catalog.asOf);
    return out;
}

} // namespace Headroom::MatrixExport
