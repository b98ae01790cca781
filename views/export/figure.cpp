#include "figure.h"

#include "safewrite.h"

#include <QBuffer>
#include <QChartView>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
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

void prepareChart(QChartView &view, const QSizeF &size)
{
    QChart *chart = view.chart();
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setTitleBrush(Qt::black);
    // Sized directly: the view may never be shown (headless export).
    chart->resize(size);
    view.scene()->setSceneRect(QRectF(QPointF(0, 0), size));
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

void paint(QPainter &p, const QRectF &target, QChartView &chart, const FigureText &text, double logicalWidth)
{
    const double logicalHeight = logicalWidth * kHeight / kWidth;
    p.save();
    // Map the logical figure onto the target, keeping its proportions.
    const double scale = std::min(target.width() / logicalWidth, target.height() / logicalHeight);
    p.translate(target.center() - QPointF(logicalWidth * scale / 2, logicalHeight * scale / 2));
    p.scale(scale, scale);
    p.fillRect(QRectF(0, 0, logicalWidth, logicalHeight), Qt::white);

    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setPixelSize(24);
    titleFont.setBold(true);
    QFont bodyFont(QStringLiteral("DejaVu Sans"));
    bodyFont.setPixelSize(14);
    QFont smallFont(QStringLiteral("DejaVu Sans"));
    smallFont.setPixelSize(11);

    const double width = logicalWidth - 2 * kMargin;
    double y = kMargin;
    y += drawWrapped(p, QRectF(kMargin, y, width, 60), text.title, titleFont, Qt::black) + 4;
    y += drawWrapped(p, QRectF(kMargin, y, width, 60), text.subtitle, bodyFont, QColor(0x33, 0x33, 0x33)) + 6;

    // Footer first, from the bottom up, so the chart gets exactly what is left.
    const QString sources = Text::tr("Sources: ") + text.sources.join(QStringLiteral("; "));
    const QRectF sourcesBox = p.boundingRect(QRectF(kMargin, 0, width, logicalHeight), Qt::TextWordWrap, sources);
    const double footerHeight = sourcesBox.height() + 22;
    const double footerTop = logicalHeight - kMargin - footerHeight;
    drawWrapped(p, QRectF(kMargin, footerTop, width, sourcesBox.height() + 4), sources, smallFont,
                QColor(0x33, 0x33, 0x33));
    drawWrapped(p, QRectF(kMargin, footerTop + sourcesBox.height() + 6, width, 16), text.footer, smallFont,
                QColor(0x55, 0x55, 0x55));

    const QRectF chartRect(kMargin, y, width, std::max(100.0, footerTop - y - 8));
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
