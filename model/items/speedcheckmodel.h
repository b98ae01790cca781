// The speed model checked on data it never saw: held-out errors per source, and every point.
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointF>

namespace Headroom {

namespace Prefill {
struct Validation;
}

class CatalogStore;

// What "Speed ▸ Check the speed model" shows, computed here once: for each publication of the
// built-in measurements, left out in turn, the median and 90th-percentile error of a fit on the
// others and the share inside the range the app would have shown (one row each, then "all");
// the points of the chart (predicted, measured tokens/s), published and the user's own runs; and
// the range drawn around the 1:1 line.
class SpeedCheckModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeedCheckModel)

public:
    enum Column { SourceColumn, MedianColumn, P90Column, InsideColumn, ColumnCount };

    explicit SpeedCheckModel(const CatalogStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Predicted (x) against measured (y) decode tokens/s.
    [[nodiscard]] const QList<QPointF> &publishedPoints() const noexcept { return m_published; }
    // The same for prompt processing, each publisher held out; empty until its check has run.
    [[nodiscard]] const QList<QPointF> &prefillPoints() const noexcept { return m_prefill; }
    [[nodiscard]] bool prefillReady() const noexcept { return m_prefillReady; }
    [[nodiscard]] const QList<QPointF> &yourPoints() const noexcept { return m_yours; }
    // Measured ÷ predicted that the shown range spans.
    [[nodiscard]] double rangeLow() const noexcept { return m_rangeLow; }
    [[nodiscard]] double rangeHigh() const noexcept { return m_rangeHigh; }
    // "Targets: median ≤ 15.0 %, …", for the note under the table.
    [[nodiscard]] static QString targetsText();
    // Each fitted speed class and the share of bandwidth its dense decode reaches, for the
    // assumptions a figure states.
    [[nodiscard]] static QList<std::pair<QString, double>> classEfficiencies();

Q_SIGNALS:
    // The prompt-processing check finished: its row and points are in.
    void prefillChecked();

private:
    void refreshYours();
    void applyPrefill(const Prefill::Validation &v);

    enum class LineKind { Source, AllDecode, AllPrefill };
    struct Line
    {
        QString source;
        int rows = 0;
        double median = 0, p90 = 0, inside = 0;
        LineKind kind = LineKind::Source;
        bool pending = false; // the prompt-processing check is still running
    };
    const CatalogStore *m_store;
    QList<Line> m_lines; // per source, then all
    QList<QPointF> m_published;
    QList<QPointF> m_yours;
    QList<QPointF> m_prefill;
    bool m_prefillReady = false;
    double m_rangeLow = 1.0;
    double m_rangeHigh = 1.0;
};

} // namespace Headroom
