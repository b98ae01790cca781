// The selected pair swept over context lengths: memory and speed per sample.
#pragma once

#include "estimate.h"

#include <QAbstractTableModel>

namespace Headroom {

class Session;

// The selected pair swept over context lengths: one row per sample from 1K tokens to the longer
// of the model's maximum and the current context. The context chart and its export read this
// model; the current context's row is the grid's own cell, so the chart and the panel agree.
class ContextSweepModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextSweepModel)

public:
    enum Column {
        ContextColumn, // tokens
        MemoryColumn,  // bytes needed
        DecodeColumn,  // tokens/s where the pair runs; empty elsewhere
        VerdictColumn, // int(Verdict)
        ColumnCount
    };
    static constexpr int kSamples = 48;
    static constexpr double kFirstContext = 1024;

    explicit ContextSweepModel(const Session *session, QObject *parent = nullptr);

    // The selected pair at the current context (the grid's cell).
    [[nodiscard]] const Estimate &current() const noexcept { return m_current; }
    [[nodiscard]] double currentContext() const noexcept { return m_currentContext; }
    [[nodiscard]] double lastContext() const noexcept;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void recompute();

    const Session *m_session;
    Estimate m_current;
    double m_currentContext = 0;
    QList<double> m_contexts;
    QList<Estimate> m_samples;
};

} // namespace Headroom
