// A horizontal stacked bar of one estimate's memory against usable memory.
#pragma once

#include "estimate.h"

#include <QWidget>

namespace Headroom {

// A horizontal stacked bar: weights, KV cache (with fixed state) and overhead, drawn against
// usable memory, with the headroom (or the shortfall) marked.
class MemoryBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryBar)

public:
    explicit MemoryBar(QWidget *parent = nullptr);
    void setEstimate(const Estimate &estimate);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // "80.4 GiB used · 14.6 GiB free of 95.0 GiB usable", as the bar shows it.
    [[nodiscard]] QString caption() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Estimate m_estimate;
};

} // namespace Headroom
