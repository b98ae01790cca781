// What makes an exported chart explain itself on paper: title, assumptions, sources, footer.
#include "figure.h"

#include "fonts.h"

#include "safewrite.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChartView>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextDocument>

namespace Headroom::Figure {

namespace {

constexpr double kMargin = 24;

// The translation context lupdate and the runtime both read (a free function's tr() would
// take the namespace's name in lupdate and this one at run time).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Headroom::Figure)
};

double drawWrapped(QPainter &p, const QRectF &box, const QString &text, const QFont &font, const QColor &color)
{
    p.setFont(font);
    p.setPen(color);
    const QRectF used = p.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    p.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return used.height();
}

// Every text of the chart at `px` in the paper's families: the on-screen defaults are too small
// on paper, and the window's font may not be installed where the figure is read.
void setChartText(QChart *chart, int px)
{
    const auto sized = [px](QFont font, int extra = 0) {
        font.setFamilies(Fonts::families());
        font.setPixelSize(px + extra);
        return font;
    };
    chart->setTitleFont(sized(chart->titleFont(), 1));
    chart->legend()->setFont(sized(chart->legend()->font()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(sized(axis->labelsFont()));
        axis->setTitleFont(sized(axis->titleFont()));
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(sized(set->labelFont()));
        }
    }
}

// A plain grid of text, header row in bold, numbers right-aligned; returns the height used.
double drawTable(QPainter &p, const QRectF &box, const QList<QStringList> &rows, const QFont &font)
{
    if (rows.isEmpty())
        return 0;
    QFont bold = font;
    bold.setBold(true);
    const qsizetype columns = rows.first().size();
    // The first column holds the row names; the rest share what is left equally.
    const double firstWidth = box.width() * (columns > 2 ? 0.34 : 0.5);
    const double otherWidth = (box.width() - firstWidth) / std::max<qsizetype>(1, columns - 1);
    const auto cellWidth = [&](qsizetype c) { return (c == 0 ? firstWidth : otherWidth) - 6; };
    const int flags = Qt::TextWordWrap | Qt::AlignVCenter;
    double y = box.top();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        // A cell wraps rather than cut a price or a name short; the row is as tall as its tallest cell.
        double rowHeight = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            p.setFont(r == 0 || c == 0 ? bold : font);
            rowHeight = std::max(rowHeight,
                                 p.boundingRect(QRectF(0, 0, cellWidth(c), 1000), flags, rows.at(r).value(c)).height());
        }
        rowHeight += 8;
        if (y + rowHeight > box.bottom())
            break;
        double x = box.left();
        for (qsizetype c = 0; c < columns; ++c) {
            const QRectF cell(x + 3, y, cellWidth(c), rowHeight);
            p.setFont(r == 0 || c == 0 ? bold : font);
            p.setPen(Qt::black);
            p.drawText(cell, flags | (c == 0 ? Qt::AlignLeft : Qt::AlignRight), rows.at(r).value(c));
            x += cellWidth(c) + 6;
        }
        y += rowHeight;
        p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 1));
        p.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
    }
    return y - box.top();
}

void prepareChart(QChartView &view, const QSizeF &size)
{
    QChart *chart = view.chart();
    setChartText(chart, kChartTextPx);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setTitleBrush(Qt::black);
    // Sized directly: the view may never be shown (headless export).
    chart->resize(size);
    view.scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    // Lay out now, with the print fonts: a headless export renders before the event loop would,
    // and the legend would keep the widths it measured with the screen font.
    chart->legend()->hide();
    chart->legend()->show();
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
}

} // namespace

std::optional<Format> formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString standardFooter()
{
    return Text::tr("Headroom %1 · exported %2 · estimates, not measurements: check with llama-bench on your own box")
        .arg(QStringLiteral(HEADROOM_VERSION), QDate::currentDate().toString(Qt::ISODate));
}

void paint(QPainter &p, const QRectF &target, QChartView &chart, const FigureText &text, double logicalWidth,
           double givenHeight)
{
    const double logicalHeight = givenHeight > 0 ? givenHeight : logicalWidth * kHeight / kWidth;
    p.save();
    // Map the logical figure onto the target, keeping its proportions.
    const double scale = std::min(target.width() / logicalWidth, target.height() / logicalHeight);
    p.translate(target.center() - QPointF(logicalWidth * scale / 2, logicalHeight * scale / 2));
    p.scale(scale, scale);
    p.fillRect(QRectF(0, 0, logicalWidth, logicalHeight), Qt::white);

    QFont titleFont = Fonts::paper(24);
    titleFont.setBold(true);
    const QFont bodyFont = Fonts::paper(14);
    // Sources are part of the argument: as large as the chart's text, readable when printed.
    const QFont smallFont = Fonts::paper(kChartTextPx);

    const double width = logicalWidth - 2 * kMargin;
    double y = kMargin;
    // Room by lines of the font in use, not pixels: a CJK face's lines are a quarter taller.
    const auto lines = [](const QFont &font, int count) { return count * QFontMetricsF(font).lineSpacing() + 2; };
    y += drawWrapped(p, QRectF(kMargin, y, width, lines(titleFont, 2)), text.title, titleFont, Qt::black) + 4;
    if (!text.lead.isEmpty()) {
        QFont leadFont = bodyFont;
        leadFont.setPixelSize(16);
        leadFont.setBold(true);
        y += drawWrapped(p, QRectF(kMargin, y, width, lines(leadFont, 4)), text.lead, leadFont, Qt::black) + 6;
    }
    y += drawWrapped(p, QRectF(kMargin, y, width, lines(bodyFont, 4)), text.subtitle, bodyFont,
                     QColor(0x33, 0x33, 0x33)) +
         6;

    // Footer first, from the bottom up, so the chart gets exactly what is left.
    const QString sources = Text::tr("Sources: ") + text.sources.join(QStringLiteral("; "));
    p.setFont(smallFont);
    const int wrap = Qt::TextWordWrap;
    const double sourcesHeight = p.boundingRect(QRectF(kMargin, 0, width, logicalHeight), wrap, sources).height();
    const double footerLineHeight =
        p.boundingRect(QRectF(kMargin, 0, width, logicalHeight), wrap, text.footer).height();
    const double footerHeight = sourcesHeight + footerLineHeight + 10;
    const double footerTop = logicalHeight - kMargin - footerHeight;
    drawWrapped(p, QRectF(kMargin, footerTop, width, sourcesHeight + 4), sources, smallFont, QColor(0x33, 0x33, 0x33));
    drawWrapped(p, QRectF(kMargin, footerTop + sourcesHeight + 6, width, footerLineHeight + 4), text.footer, smallFont,
                QColor(0x55, 0x55, 0x55));

    QRectF chartRect(kMargin, y, width, std::max(100.0, footerTop - y - 8));
    if (!text.table.isEmpty()) {
        // The table on the left, the chart on the right: the figure carries its own numbers.
        QFont tableFont = bodyFont;
        tableFont.setPixelSize(kChartTextPx);
        const double tableWidth = width * 0.45;
        drawTable(p, QRectF(kMargin, y + 8, tableWidth, chartRect.height() - 8), text.table, tableFont);
        chartRect.setLeft(kMargin + tableWidth + 12);
    }
    prepareChart(chart, chartRect.size());
    chart.scene()->render(&p, chartRect, QRectF(QPointF(0, 0), chartRect.size()));
    p.restore();
}

QImage image(QChartView &chart, const FigureText &text, int scale)
{
    QImage img(int(kWidth * scale), int(kHeight * scale), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paint(p, QRectF(0, 0, img.width(), img.height()), chart, text);
    return img;
}

QString save(QChartView &chart, const FigureText &text, const QString &path, int scale, QPageSize::PageSizeId page,
             const SafeWrite::Options &options)
{
    const auto format = formatFor(path);
    if (!format)
        return Text::tr("Cannot export to %1: use a .png, .svg or .pdf file name.").arg(path);
    if (scale < 1 || scale > 3)
        return Text::tr("Cannot export at scale %1: choose 1, 2 or 3.").arg(scale);
    // Every byte goes through the one checked write path: a full disk is an error, never a
    // truncated figure in place of the old one.
    const SafeWrite::Result written = SafeWrite::toFile(
        path,
        [&](QIODevice &out) {
            switch (*format) {
            case Format::Png: {
                // Encoded in memory, then written: libpng reports a failed write on stderr itself.
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                if (!image(chart, text, scale).save(&buffer, "PNG"))
                    return false;
                out.write(png);
                break;
            }
            case Format::Svg: {
                QSvgGenerator svg;
                svg.setOutputDevice(&out);
                svg.setSize(QSize(int(kWidth), int(kHeight)));
                svg.setViewBox(QRectF(0, 0, kWidth, kHeight));
                svg.setTitle(text.title);
                svg.setDescription(text.subtitle);
                QPainter p(&svg);
                paint(p, QRectF(0, 0, kWidth, kHeight), chart, text);
                break;
            }
            case Format::Pdf: {
                QPdfWriter pdf(&out);
                pdf.setResolution(96);
                pdf.setPageSize(QPageSize(page));
                pdf.setPageOrientation(QPageLayout::Landscape);
                pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
                pdf.setTitle(text.title);
                pdf.setCreator(QStringLiteral("Headroom %1").arg(QStringLiteral(HEADROOM_VERSION)));
                QPainter p(&pdf);
                paint(p, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())), chart, text);
                break;
            }
            }
            return true;
        },
        options);
    if (!written.ok)
        return Text::tr("Cannot write %1: %2").arg(path, written.reason);
    return {};
}

} // namespace Headroom::Figure
