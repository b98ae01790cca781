// Number fields bounded by the one table of limits, with 'unknown' where allowed.
#pragma once

#include "inputlimits.h"
#include "provenance.h"

#include <QDoubleSpinBox>

#include <optional>

namespace Headroom {

// A number field bounded by the one table of limits. With `unknownAllowed`, its lowest position
// reads "unknown" and value() is nullopt there: an unknown stays unknown, never 0.
class LimitSpinBox final : public QDoubleSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitSpinBox)

public:
    LimitSpinBox(const Limits::Limit &limit, const QString &suffix, int decimals, bool unknownAllowed,
                 QWidget *parent = nullptr);

    [[nodiscard]] std::optional<double> knownValue() const;
    // True when `value` is what the field shows, to its decimals: a value left as it was keeps its
    // exact figure and its source instead of becoming a rounded copy typed by the user.
    [[nodiscard]] bool shows(double value) const;
    // The exact `before` when the field still shows it, else what the field holds.
    [[nodiscard]] double valueOr(double before) const { return shows(before) ? before : value(); }
    void setKnownValue(const std::optional<double> &value);

private:
    bool m_unknownAllowed;
};

// The provenance of a value the user typed in the window: graded "user", dated today, unless
// the value is the one it had, which keeps its original source.
[[nodiscard]] Provenance userProvenance(const QString &source);
template<typename T>
[[nodiscard]] Provenance keptOrUser(const T &before, const T &after, const Provenance &original, const QString &source)
{
    return before == after && original.isComplete() ? original : userProvenance(source);
}

} // namespace Headroom
