#include "memorybar.h"

#include "format.h"
#include "verdictstyle.h"

#include <QPainter>

#include <algorithm>

namespace Headroom {

MemoryBar::MemoryBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("memoryBar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void MemoryBar::setEstimate(const Estimate &estimate)
{
    m_estimate = estimate;
    setToolTip(tr("Weights %1 + KV cache %2 + overhead %3 = %4 of %5 usable")
                   .arg(Format::bytes(estimate.weightsBytes),
                        Format::bytes(estimate.kvCacheBytes + estimate.fixedStateBytes),
                        Format::bytes(estimate.overheadBytes), Format::bytes(estimate.totalBytes),
                        Format::bytes(estimate.usableBytes)));
    update();
}

QSize MemoryBar::sizeHint() const
{
    return {400, fontMetrics().height() * 4};
}

QSize MemoryBar::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 4};
}

void MemoryBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int textHeight = fontMetrics().height();
    const QRectF bar(1, 1, width() - 2, height() - textHeight - 6);
    const Estimate &e = m_estimate;
    p.fillRect(bar, palette().color(QPalette::AlternateBase));
    if (!e.ok() || e.verdict == Verdict::Hosted || e.usableBytes <= 0) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(bar, Qt::AlignCenter, e.ok() ? tr("Hosted: no local memory") : e.error->message);
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
        {e.weightsBytes, QColor(0x4c, 0x72, 0xb0), tr("Weights")},
        {e.kvCacheBytes + e.fixedStateBytes, QColor(0xdd, 0x84, 0x52), tr("KV cache")},
        {e.overheadBytes, QColor(0x8c, 0x8c, 0x8c), tr("Overhead")},
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
    QPen usablePen(palette().color(QPalette::Text), 2, Qt::DashLine);
    p.setPen(usablePen);
    p.drawLine(QPointF(usableX, bar.top() - 1), QPointF(usableX, bar.bottom() + 3));
    const QString caption =
        e.headroomBytes >= 0
            ? tr("%1 used · %2 free · %3 usable")
                  .arg(Format::bytes(e.totalBytes), Format::bytes(e.headroomBytes), Format::bytes(e.usableBytes))
            : tr("%1 needed · %2 short · %3 usable")
                  .arg(Format::bytes(e.totalBytes), Format::bytes(-e.headroomBytes), Format::bytes(e.usableBytes));
    p.setPen(e.headroomBytes >= 0 ? palette().color(QPalette::Text) : verdictColor(Verdict::NoFit));
    // The full sentence is in the tooltip; a narrow bar shows as much as fits.
    p.drawText(QRectF(0, bar.bottom() + 4, width(), textHeight + 2), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(caption, Qt::ElideRight, width()));
}

} // namespace Headroom
