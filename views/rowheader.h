// The fit matrix's row header: a box name too long for it ends in "…", never cut mid-letter.
#pragma once

#include <QHeaderView>

namespace Headroom {

// Qt 6.4's styles draw a header's text clipped at the section's edge, whatever the elide mode: "Mac
// Studio M3 Ultra 96(" reads as a different box. This header elides the name itself (the whole name is the
// tooltip) unless the alignment asks for wrapped lines, when the style draws them.
class RowHeader final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowHeader)

public:
    explicit RowHeader(QWidget *parent = nullptr);

    // The text a section shows in `width` pixels with `font`: the name, or its start and "…".
    [[nodiscard]] static QString shownText(const QString &name, const QFont &font, int width);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
};

} // namespace Headroom
