// Every box × model estimate for one scenario, computed when first asked for and cached.
#include "estimategrid.h"

#include "catalogstore.h"
#include "engine.h"
#include "pairterms.h"

#include <optional>
#include <vector>

namespace Headroom {

// Box terms point at the store's calibration and host of their row: any change to a box drops
// them all, since the store's lists may move when one row changes.
struct EstimateGrid::Sides
{
    std::vector<std::optional<Engine::ModelTerms>> models;
    std::vector<std::optional<Engine::BoxTerms>> boxes;

    void clear()
    {
        models.clear();
        boxes.clear();
    }
};

// References into m_sides, valid until the next call that may resize it (a catalog reset).
struct EstimateGrid::Terms
{
    const Engine::ModelTerms &model;
    const Engine::BoxTerms &box;
};

namespace {
quint64 keyOf(int hardwareRow, int modelRow)
{
    return (quint64(quint32(hardwareRow)) << 32) | quint32(modelRow);
}
bool inHardwareRow(quint64 key, int row)
{
    return int(key >> 32) == row;
}
bool inModelColumn(quint64 key, int row)
{
    return int(key & 0xffffffffu) == row;
}
} // namespace

EstimateGrid::EstimateGrid(const CatalogStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sides(std::make_unique<Sides>())
{
    connect(store, &CatalogStore::hardwareChanged, this, [this](int row) {
        dropWhere(inHardwareRow, row);
        m_sides->boxes.clear();
        Q_EMIT hardwareChanged(row);
    });
    connect(store, &CatalogStore::modelChanged, this, [this](int row) {
        dropWhere(inModelColumn, row);
        if (std::size_t(row) < m_sides->models.size())
            m_sides->models[std::size_t(row)].reset();
        Q_EMIT modelChanged(row);
    });
    connect(store, &CatalogStore::aboutToReset, this, &EstimateGrid::aboutToReset);
    connect(store, &CatalogStore::reset, this, [this] {
        m_cache.clear();
        m_sides->clear();
        Q_EMIT reset();
    });
}

EstimateGrid::~EstimateGrid() = default;

void EstimateGrid::setScenario(const Scenario &scenario)
{
    // A context step keeps each model's terms and moves them (a slider drag over a big catalog
    // would otherwise size every model again per step); the boxes' are few and made again.
    const bool contextOnly = Engine::sameButContext(m_scenario, scenario);
    m_scenario = scenario;
    if (contextOnly) {
        for (auto &terms : m_sides->models) {
            if (terms && !Engine::moveToContext(*terms, scenario))
                terms.reset();
        }
        m_sides->boxes.clear();
    } else {
        m_sides->clear();
    }
    // The views will ask for about as many cells as last time: room for them up front saves
    // rehashing thousands of estimates on every slider step of a big catalog.
    const qsizetype asked = m_cache.size();
    m_cache.clear();
    m_cache.reserve(asked);
    Q_EMIT scenarioChanged();
}

Estimate EstimateGrid::at(int hardwareRow, int modelRow) const
{
    const quint64 key = keyOf(hardwareRow, modelRow);
    auto it = m_cache.constFind(key);
    if (it == m_cache.cend()) {
        const Terms terms = termsOf(hardwareRow, modelRow);
        it = m_cache.insert(key, Engine::estimate(terms.model, terms.box, m_scenario));
    }
    return it.value();
}

EstimateFigures EstimateGrid::figuresAt(int hardwareRow, int modelRow) const
{
    if (const auto it = m_cache.constFind(keyOf(hardwareRow, modelRow)); it != m_cache.cend())
        return it.value();
    const Terms terms = termsOf(hardwareRow, modelRow);
    return Engine::figures(terms.model, terms.box, m_scenario);
}

EstimateGrid::Terms EstimateGrid::termsOf(int hardwareRow, int modelRow) const
{
    auto &models = m_sides->models;
    auto &boxes = m_sides->boxes;
    models.resize(std::size_t(m_store->modelCount()));
    boxes.resize(std::size_t(m_store->hardwareCount()));
    auto &model = models.at(std::size_t(modelRow));
    if (!model)
        model = Engine::modelTerms(m_store->model(modelRow), m_scenario);
    auto &box = boxes.at(std::size_t(hardwareRow));
    if (!box) {
        box = Engine::boxTerms(m_store->hardware(hardwareRow), m_scenario, m_store->calibration(hardwareRow),
                               m_store->host(hardwareRow));
    }
    return {*model, *box};
}

void EstimateGrid::dropWhere(bool (*matches)(quint64 key, int row), int row)
{
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (matches(it.key(), row))
            it = m_cache.erase(it);
        else
            ++it;
    }
}

} // namespace Headroom
