// The one owner of what the user looks at: the explored pair, the compared sides, the advisor's inputs.
#pragma once

#include "costs.h"
#include "scenario.h"

#include <QJsonObject>
#include <QObject>

namespace Headroom {

class CatalogStore;
class EstimateGrid;

// One side of "compare two boxes": a model on a box with its own weights, KV cache and GPUs.
struct CompareSide
{
    QString modelId;
    QString hardwareId;
    Scenario scenario; // its context is used only when the sides' contexts are not linked
    // One of the box's named usable-memory settings (a raised wired limit, Linux GTT…); empty:
    // the box's own usable figure (its default setting, or what the user typed).
    QString usableSetting;
};

struct CompareState
{
    CompareSide sides[2];
    bool linkedContext = true;
    double sharedContext = 32768;
    double promptTokens = 4096;
    int batch = 1;
    Costs::Assumptions assumptions;

    // The scenario side `index` is computed with: its own choices plus the shared inputs.
    [[nodiscard]] Scenario scenarioFor(int index) const;
    // The context in force for side `index` (what its disabled field shows when linked).
    [[nodiscard]] double contextFor(int index) const
    {
        return linkedContext ? sharedContext : sides[index].scenario.contextTokens;
    }
};

// The one owner of what the user is looking at: the explored scenario and selected pair (through
// its estimate grid), the two compared sides and the cost assumptions, and the advisor's inputs.
// Views read it and call its setters; it emits what changed. Its JSON form is what the window
// remembers and what a named scenario file holds.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    // What toJson() writes: 2 added each compare side's usable_setting (December 2026); 1 reads
    // as every side at its box's own usable figure.
    static constexpr int kFormat = 4; // 3: answer-time floor, decode floor, rental pattern; 4: cpu_moe_layers

    explicit Session(CatalogStore *store, QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] CatalogStore &store() const noexcept { return *m_store; }
    [[nodiscard]] EstimateGrid &grid() const noexcept { return *m_grid; }

    // Explore
    [[nodiscard]] const Scenario &scenario() const noexcept;
    void setScenario(const Scenario &scenario);
    [[nodiscard]] const QString &modelId() const noexcept { return m_modelId; }
    [[nodiscard]] const QString &hardwareId() const noexcept { return m_hardwareId; }
    [[nodiscard]] int modelRow() const noexcept;
    [[nodiscard]] int hardwareRow() const noexcept;
    void select(const QString &modelId, const QString &hardwareId);
    // The selected pair's estimate: the same cell the fit matrix shows.
    [[nodiscard]] Estimate selectedEstimate() const;

    // Compare
    [[nodiscard]] const CompareState &compare() const noexcept { return m_compare; }
    void setCompare(const CompareState &state);
    void setCompareSide(int index, const CompareSide &side);
    // Hands a whole scenario to side `index` (Ctrl+D, the advisor's "Use as"): the context
    // travels too, into the shared field when the sides are linked.
    void handOver(int index, const QString &modelId, const QString &hardwareId, const Scenario &scenario);
    void swapSides();

    // Advisor
    [[nodiscard]] const Costs::AdvisorInputs &advisor() const noexcept { return m_advisor; }
    void setAdvisor(const Costs::AdvisorInputs &inputs);

    [[nodiscard]] QJsonObject toJson() const;
    // Reads what toJson() wrote; values that are missing, unknown or out of range keep their
    // current value, and each is reported in `problems`.
    void fromJson(const QJsonObject &json, QStringList *problems = nullptr);

Q_SIGNALS:
    void scenarioChanged();
    void selectionChanged();
    void compareChanged();
    void advisorChanged();

private:
    void keepSelectionValid();

    CatalogStore *m_store;
    EstimateGrid *m_grid;
    QString m_modelId;
    QString m_hardwareId;
    // Earlier selections, newest last: when an entry goes (an undone add, a delete), the selection
    // goes back to the one before it rather than to a row nobody picked.
    QStringList m_earlierModels;
    QStringList m_earlierHardware;
    CompareState m_compare;
    Costs::AdvisorInputs m_advisor;
};

// A scenario as JSON (the CLI's flag names as keys) and back; shared by the session and
// named scenario files.
[[nodiscard]] QJsonObject scenarioToJson(const Scenario &scenario);
[[nodiscard]] Scenario scenarioFromJson(const QJsonObject &json, const Scenario &fallback, QStringList *problems);

} // namespace Headroom
