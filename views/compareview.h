// The compare page: two boxes side by side, the table, the charts and the sentence.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace Headroom {

class BandwidthChart;
class CostChart;
class CompareModel;
class EstimateGrid;
class FitMatrixModel;
class MemoryBar;
class ProblemLabel;
class Session;
class SideEditor;
class TokenSpinBox;

// "Should we buy A or B?": two boxes side by side with what each really delivers and costs, the
// better value in each row marked, both memory bars and both boxes on one bandwidth chart. All of
// it reads one CompareModel, computed from the session's compare state.
class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    explicit CompareView(Session *session, QWidget *parent = nullptr);

    // Puts the cheapest box that runs this side's model comfortably into the side; false if none.
    bool findCheapest(int side);
    [[nodiscard]] const CompareModel *model() const { return m_model; }
    void setDark(bool dark);

Q_SIGNALS:
    void message(const QString &text);

private:
    void showShared();
    void commitShared();
    void refreshFigures();

    Session *m_session;
    SideEditor *m_sides[2];
    TokenSpinBox *m_context;
    QCheckBox *m_linked;
    TokenSpinBox *m_prompt;
    QSpinBox *m_batch;
    QDoubleSpinBox *m_electricity;
    QDoubleSpinBox *m_tokensPerDay;
    QDoubleSpinBox *m_apiPrice;
    QSpinBox *m_horizon;
    QDoubleSpinBox *m_inputPerOutput;
    QDoubleSpinBox *m_cacheShare;   // percent
    QDoubleSpinBox *m_answerWithin; // seconds for the prompt's prefill and the answer
    QDoubleSpinBox *m_speedFloor;   // an extra decode floor; 0: none
    QComboBox *m_rentalPattern;
    QDoubleSpinBox *m_hostPrice; // below zero: each box's own host
    QCheckBox *m_commercial;     // the tokens are for a business: licences must allow it
    QLabel *m_recommendation;
    ProblemLabel *m_problem;
    CompareModel *m_model;
    QTableView *m_table;
    QTableView *m_options; // every way to get the tokens, one row each
    MemoryBar *m_bars[2];
    QLabel *m_barLabels[2];
    EstimateGrid *m_chartGrid;
    FitMatrixModel *m_chartMatrix;
    BandwidthChart *m_chart;
    CostChart *m_costChart;
    bool m_updating = false;
};

} // namespace Headroom
