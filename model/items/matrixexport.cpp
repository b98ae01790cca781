// The fit matrix as CSV or Markdown, for spreadsheets and documents.
#include "matrixexport.h"

#include "catalogstore.h"
#include "estimategrid.h"
#include "fitmatrixmodel.h"
#include "format.h"

#include <QLocale>
#include <QStringList>

namespace Headroom::MatrixExport {

namespace {

QString scenarioLine(const Scenario &s)
{
    return QStringLiteral("%1 weights, %2 KV cache, %3 tokens of context, %4 sequence(s), %5")
        .arg(s.quant ? s.quant->name : QStringLiteral("as-released"), kvTypeName(s.kvType))
        .arg(qint64(s.contextTokens))
        .arg(s.batch)
        .arg(s.gpus > 0 ? QStringLiteral("%1 GPU(s)").arg(s.gpus) : QStringLiteral("each box as sold"));
}

QList<int> orAll(const std::optional<QList<int>> &rows, int count)
{
    if (rows)
        return *rows;
    QList<int> all;
    for (int i = 0; i < count; ++i)
        all.append(i);
    return all;
}

// Speeds in the C locale with one decimal: a spreadsheet reads them as numbers anywhere.
QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
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

QString csv(const EstimateGrid &grid, std::optional<QList<int>> shownRows, std::optional<QList<int>> shownColumns)
{
    const CatalogStore &store = grid.store();
    const QList<int> rows = orAll(shownRows, store.hardwareCount());
    const QList<int> columns = orAll(shownColumns, store.modelCount());
    QStringList header{QStringLiteral("Hardware (%1)").arg(scenarioLine(grid.scenario()))};
    for (const int c : std::as_const(columns)) {
        header << store.model(c).name + QStringLiteral(" verdict")
               << store.model(c).name + QStringLiteral(" decode tok/s");
    }
    QStringList lines;
    const auto line = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        return quoted.join(QLatin1Char(','));
    };
    lines << line(header);
    for (const int r : std::as_const(rows)) {
        QStringList fields{store.hardware(r).name};
        for (const int c : std::as_const(columns)) {
            const Estimate e = grid.at(r, c);
            fields << (e.ok() ? verdictKey(e.verdict) : QStringLiteral("error"))
                   << (e.runs() ? number(e.decodeTokS) : QString());
        }
        lines << line(fields);
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString markdown(const EstimateGrid &grid, std::optional<QList<int>> shownRows, std::optional<QList<int>> shownColumns)
{
    const CatalogStore &store = grid.store();
    const QList<int> rows = orAll(shownRows, store.hardwareCount());
    const QList<int> columns = orAll(shownColumns, store.modelCount());
    const auto escape = [](QString text) { return text.replace(QLatin1Char('|'), QStringLiteral("\\|")); };
    QString out = QStringLiteral("**Headroom fit matrix**: ") + scenarioLine(grid.scenario()) +
                  QStringLiteral("; each cell is the verdict and the single-sequence decode estimate.\n\n");
    QStringList header{QStringLiteral("Hardware")};
    for (const int c : std::as_const(columns))
        header << escape(store.model(c).name);
    out += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    out += QStringLiteral("|") + QStringLiteral("---|").repeated(header.size()) + QLatin1Char('\n');
    for (const int r : std::as_const(rows)) {
        QStringList cells{escape(store.hardware(r).name)};
        for (const int c : std::as_const(columns)) {
            const Estimate e = grid.at(r, c);
            cells << escape(e.ok() ? verdictKey(e.verdict) + (e.runs() ? QStringLiteral(" · ") + number(e.decodeTokS) +
                                                                             QStringLiteral(" tok/s")
                                                                       : QString())
                                   : e.error->message);
        }
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    out += QStringLiteral("\nCatalog as of %1. Every value's source is in `headroom catalog --json`.\n")
               .arg(store.catalog().asOf);
    return out;
}

} // namespace Headroom::MatrixExport
