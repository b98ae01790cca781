#pragma once

#include "catalog.h"
#include "estimate.h"
#include "scenario.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace Headroom {

class MemoryBar;

// The selected pair in words and numbers. Every figure's tooltip shows its formula with
// the numbers put in, so a user can check it by hand.
class ResultPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPanel)

public:
    explicit ResultPanel(QWidget *parent = nullptr);
    void show(const ModelSpec &model, const HardwareSpec &hardware, const Scenario &scenario, const Estimate &estimate);

private:
    QLabel *addFigure(const QString &objectName, const QString &label);

    QLabel *m_title;
    QLabel *m_verdict;
    MemoryBar *m_bar;
    QLabel *m_weights;
    QLabel *m_kv;
    QLabel *m_overhead;
    QLabel *m_headroom;
    QLabel *m_maxContext;
    QLabel *m_decode;
    QLabel *m_ceiling;
    QLabel *m_answer;
    QGridLayout *m_grid;
};

} // namespace Headroom
