// The explored pair's panel: shows what SelectedPair computed.
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace Headroom {

class MemoryBar;
class SelectedPair;
class Session;

// The selected pair in words and numbers: its verdict and why, what would change it, and every
// figure with a tooltip that shows its formula with the numbers put in. It shows what SelectedPair
// computed from the session's estimate grid (the same cell the fit matrix shows); it computes nothing.
class ResultPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPanel)

public:
    explicit ResultPanel(const Session *session, QWidget *parent = nullptr);

private:
    void refresh();
    QLabel *addFigure(const QString &objectName, const QString &label);

    SelectedPair *m_pair;
    QLabel *m_title;
    QLabel *m_verdict;
    QLabel *m_why;
    MemoryBar *m_bar;
    QLabel *m_weights;
    QLabel *m_kv;
    QLabel *m_overhead;
    QLabel *m_headroom;
    QLabel *m_maxContext;
    QLabel *m_decode;
    QLabel *m_ceiling;
    QLabel *m_firstToken;
    QLabel *m_answerName;
    QLabel *m_answer;
    QLabel *m_fixes;
    QGridLayout *m_grid;
};

} // namespace Headroom
