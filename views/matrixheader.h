// The fit matrix's column header: names wrapped across, or vertical and whole.
#pragma once

#include <QHeaderView>

namespace Headroom {

// The fit matrix's column header. Across, names wrap at the column's width (at every hyphen too).
// Turned vertical, for a matrix squeezed to the window's width, each name runs bottom to top and
// stays whole however narrow its column: fragments such as "lam 3.1 70B" tell a buyer nothing.
class MatrixHeader final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixHeader)

public:
    explicit MatrixHeader(QWidget *parent = nullptr);

    void setVertical(bool vertical);
    [[nodiscard]] bool isVertical() const noexcept { return m_vertical; }
    // The height the longest of these names needs when vertical (capped; a longer one is elided
    // and whole in its tooltip).
    [[nodiscard]] int verticalHeightFor(const QStringList &names) const;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    bool m_vertical = false;
};

} // namespace Headroom
