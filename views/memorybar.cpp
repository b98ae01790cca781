// A horizontal stacked bar of one estimate's memory against usable memory.
#include "memorybar.h"

#include "format.h"
#include "palette.h"

#include <QPainter>

#include <algorithm>

namespace Headroom {

namespace {
constexpr int kBarLines = 2; // the bar is two text lines tall
constexpr int kCaptionLines = 2;
} // namespace

MemoryBar::MemoryBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("memoryBar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QString MemoryBar::caption() const
{
    const Estimate &e = m_estimate;
    if (!e.ok())
        return e.error->message;
    if (e.verdict == Verdict::Offload)
        return tr("%1 needed · %2 of it in host RAM").arg(Format::bytes(e.totalBytes), Format::bytes(e.offloadedBytes));
    return e.headroomBytes >= 0
               ? tr("%1 used · %2 free of %3 usable")
                     .arg(Format::bytes(e.totalBytes), Format::bytes(e.headroomBytes), Format::bytes(e.usableBytes))
               : tr("%1 needed · %2 short of %3 usable")
                     .arg(Format::bytes(e.totalBytes), Format::bytes(-e.headroomBytes), Format::bytes(e.usableBytes));
}

void MemoryBar::setEstimate(const Estimate &estimate)
{
    m_estimate = estimate;
    setToolTip(estimate.ok() ? tr("Weights on the device %1 + KV cache %2 + overhead %3 = %4 of %5 usable")
                                   .arg(Format::bytes(estimate.weightsOnDeviceBytes()),
                                        Format::bytes(estimate.kvCacheBytes + estimate.fixedStateBytes),
                                        Format::bytes(estimate.overheadBytes), Format::bytes(estimate.totalBytes),
                                        Format::bytes(estimate.usableBytes))
                             : estimate.error->message);
    update();
}

QSize MemoryBar::sizeHint() const
{
    return {400, fontMetrics().lineSpacing() * (kBarLines + kCaptionLines) + 8};
}

QSize MemoryBar::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void MemoryBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int line = fontMetrics().lineSpacing();
    const QRectF bar(1, 1, width() - 2, line * kBarLines);
    const QRectF captionBox(0, bar.bottom() + 4, width(), line * kCaptionLines + 2);
    const Estimate &e = m_estimate;
    p.fillRect(bar, palette().color(QPalette::AlternateBase));
    if (!e.ok() || e.usableBytes <= 0) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(captionBox, Qt::AlignLeft | Qt::TextWordWrap, caption());
        return;
    }
    // Scale so both the usable line and the demand fit.
    const double scale = bar.width() / std::max(e.usableBytes, e.totalBytes);
    const struct
    {
        double bytes;
        QColor color;
        QString name;
    } parts[] = {
        {e.weightsOnDeviceBytes(), Palette::weights(), tr("Weights")},
        {e.kvCacheBytes + e.fixedStateBytes, Palette::kvCache(), tr("KV cache")},
        {e.overheadBytes, Palette::overhead(), tr("Overhead")},
    };
    double x = bar.left();
    for (const auto &part : parts) {
        const QRectF r(x, bar.top(), part.bytes * scale, bar.height());
        p.fillRect(r, part.color);
        if (r.width() > fontMetrics().horizontalAdvance(part.name) + 8) {
            p.setPen(Qt::white);
            p.drawText(r, Qt::AlignCenter, part.name);
        }
        x += r.width();
    }
    const double usableX = bar.left() + e.usableBytes * scale;
    p.setPen(QPen(palette().color(QPalette::Text), 2, Qt::DashLine));
    p.drawLine(QPointF(usableX, bar.top() - 1), QPointF(usableX, bar.bottom() + 3));
    // The whole sentence, wrapped onto a second line when the panel is narrow: never cut.
    p.setPen(e.headroomBytes >= 0 ? palette().color(QPalette::Text) : Palette::verdictColor(Verdict::NoFit));
    p.drawText(captionBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption());
}

} // namespace Headroom
