// The explored pair as the panel shows it: figures, verdict, why, fixes, and each formula in words.
#pragma once

#include "estimate.h"

#include <QObject>
#include <QString>

namespace Headroom {

class Session;

// The explored pair in words and numbers, computed here once per change of the session: the
// estimate the matrix cell shows (read from the session's grid, never recomputed), what would
// change its verdict, and every figure with the formula behind it, the numbers put in. The panel
// only shows what this holds.
class SelectedPair final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectedPair)

public:
    // A figure as the panel shows it, and the formula its tooltip shows.
    struct Figure
    {
        QString text;
        QString formula;
    };

    explicit SelectedPair(const Session *session, QObject *parent = nullptr);

    [[nodiscard]] const Estimate &estimate() const noexcept { return m_estimate; }
    [[nodiscard]] bool valid() const noexcept { return m_valid; }
    [[nodiscard]] const QString &title() const noexcept { return m_title; }
    [[nodiscard]] const QString &verdict() const noexcept { return m_verdict; } // in words
    [[nodiscard]] const QString &why() const noexcept { return m_why; }
    [[nodiscard]] const QString &fixes() const noexcept { return m_fixes; }
    [[nodiscard]] const QString &answerName() const noexcept { return m_answerName; }
    [[nodiscard]] const Figure &weights() const noexcept { return m_weights; }
    [[nodiscard]] const Figure &kvCache() const noexcept { return m_kv; }
    [[nodiscard]] const Figure &overhead() const noexcept { return m_overhead; }
    [[nodiscard]] const Figure &headroom() const noexcept { return m_headroom; }
    [[nodiscard]] const Figure &maxContext() const noexcept { return m_maxContext; }
    [[nodiscard]] const Figure &decode() const noexcept { return m_decode; }
    [[nodiscard]] const Figure &ceiling() const noexcept { return m_ceiling; }
    [[nodiscard]] const Figure &firstToken() const noexcept { return m_firstToken; }
    [[nodiscard]] const Figure &answer() const noexcept { return m_answer; }

Q_SIGNALS:
    void changed();

private:
    void recompute();

    const Session *m_session;
    Estimate m_estimate;
    bool m_valid = false;
    QString m_title, m_verdict, m_why, m_fixes, m_answerName;
    Figure m_weights, m_kv, m_overhead, m_headroom, m_maxContext, m_decode, m_ceiling, m_firstToken, m_answer;
};

} // namespace Headroom
