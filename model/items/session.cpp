// The one owner of what the user looks at: the explored pair, the compared sides, the advisor's inputs.
#include "session.h"

#include "catalogstore.h"
#include "estimategrid.h"

#include <QJsonValue>

#include <cmath>

namespace Headroom {

namespace {

const QString kDefaultModel = QStringLiteral("qwen3-coder-next");
const QString kDefaultHardware = QStringLiteral("rtx-pro-6000");

// A number from `json[key]` within `limit`, else `fallback` (and a note of why, when it was there).
double limited(const QJsonObject &json, const char *key, const Limits::Limit &limit, double fallback,
               QStringList *problems)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(std::nan(""));
    // Counts and token lengths are whole: 1.5 tokens is a damaged file, not 1 or 2.
    if (!value.isDouble() || !std::isfinite(number) || !limit.contains(number) ||
        (limit.kind != Limits::Kind::Number && number != std::floor(number))) {
        if (problems)
            problems->append(
                QStringLiteral("%1: expected a number %2").arg(QLatin1String(key), Limits::rangeText(limit)));
        return fallback;
    }
    return number;
}

QString text(const QJsonObject &json, const char *key, const QString &fallback, QStringList *problems = nullptr)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isString() && !value.isUndefined() && problems)
        problems->append(QStringLiteral("%1: expected text").arg(QLatin1String(key)));
    return value.isString() ? value.toString() : fallback;
}

bool flag(const QJsonObject &json, const char *key, bool fallback, QStringList *problems = nullptr)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isBool() && !value.isUndefined() && problems)
        problems->append(QStringLiteral("%1: expected true or false").arg(QLatin1String(key)));
    return value.isBool() ? value.toBool() : fallback;
}

QJsonObject sideToJson(const CompareSide &side)
{
    return {{QStringLiteral("model"), side.modelId},
            {QStringLiteral("hardware"), side.hardwareId},
            {QStringLiteral("usable_setting"),
             side.usableSetting.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(side.usableSetting)},
            {QStringLiteral("scenario"), scenarioToJson(side.scenario)}};
}

CompareSide sideFromJson(const QJsonObject &json, const CompareSide &fallback, QStringList *problems)
{
    CompareSide side;
    side.modelId = text(json, "model", fallback.modelId, problems);
    side.hardwareId = text(json, "hardware", fallback.hardwareId, problems);
    // null or absent (a format 1 file): the box's own usable figure.
    if (!json.value(QStringLiteral("usable_setting")).isNull())
        side.usableSetting = text(json, "usable_setting", QString(), problems);
    side.scenario = scenarioFromJson(json.value(QStringLiteral("scenario")).toObject(), fallback.scenario, problems);
    return side;
}

} // namespace

QJsonObject scenarioToJson(const Scenario &s)
{
    return {
        {QStringLiteral("quant"), s.quant ? QJsonValue(s.quant->name) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("kv_type"), kvTypeName(s.kvType)},
        {QStringLiteral("context_tokens"), s.contextTokens},
        {QStringLiteral("batch"), s.batch},
        {QStringLiteral("prompt_tokens"), s.promptTokens},
        {QStringLiteral("answer_tokens"), s.answerTokens},
        {QStringLiteral("gpus"), s.gpus},
        {QStringLiteral("efficiency"), s.efficiency},
        {QStringLiteral("extended_context"), s.extendedContext},
        {QStringLiteral("allow_offload"), s.allowOffload},
        // null: automatic placement; a count of layers, or "all" (--cpu-moe).
        {QStringLiteral("cpu_moe_layers"), s.cpuMoeLayers == Scenario::kAutomaticPlacement
                                               ? QJsonValue(QJsonValue::Null)
                                           : s.cpuMoeLayers == Scenario::kAllLayers ? QJsonValue(QStringLiteral("all"))
                                                                                    : QJsonValue(s.cpuMoeLayers)},
        {QStringLiteral("parallel"), parallelKey(s.parallel)},
    };
}

Scenario scenarioFromJson(const QJsonObject &json, const Scenario &fallback, QStringList *problems)
{
    Scenario s = fallback;
    const QJsonValue quant = json.value(QStringLiteral("quant"));
    if (quant.isNull()) {
        s.quant.reset();
    } else if (quant.isString()) {
        if (const auto parsed = Quantization::parse(quant.toString()))
            s.quant = *parsed;
        else if (problems)
            problems->append(QStringLiteral("quant: unknown format '%1'").arg(quant.toString()));
    } else if (!quant.isUndefined() && problems) {
        problems->append(QStringLiteral("quant: expected a format name or null"));
    }
    if (const auto kv = parseKvType(text(json, "kv_type", kvTypeName(s.kvType), problems)))
        s.kvType = *kv;
    else if (problems)
        problems->append(QStringLiteral("kv_type: expected f16, bf16, fp8, q8_0 or q4_0"));
    s.contextTokens = limited(json, "context_tokens", Limits::kContext, s.contextTokens, problems);
    s.batch = int(limited(json, "batch", Limits::kBatch, s.batch, problems));
    s.promptTokens = limited(json, "prompt_tokens", Limits::kPrompt, s.promptTokens, problems);
    s.answerTokens = limited(json, "answer_tokens", Limits::kAnswer, s.answerTokens, problems);
    if (!contextHoldsPromptAndAnswer(s)) {
        if (problems)
            problems->append(QStringLiteral("context_tokens: %1 cannot hold prompt_tokens %2 and answer_tokens %3")
                                 .arg(s.contextTokens)
                                 .arg(s.promptTokens)
                                 .arg(s.answerTokens));
        s.contextTokens = fallback.contextTokens;
        s.promptTokens = fallback.promptTokens;
        s.answerTokens = fallback.answerTokens;
    }
    const QJsonValue gpus = json.value(QStringLiteral("gpus"));
    s.gpus = gpus.toInt(-1) == 0 ? 0 : int(limited(json, "gpus", Limits::kGpus, s.gpus, problems));
    const QJsonValue efficiency = json.value(QStringLiteral("efficiency"));
    s.efficiency =
        efficiency.toDouble(-1) == 0 ? 0 : limited(json, "efficiency", Limits::kEfficiency, s.efficiency, problems);
    s.extendedContext = flag(json, "extended_context", s.extendedContext, problems);
    s.allowOffload = flag(json, "allow_offload", s.allowOffload, problems);
    const QJsonValue cpuMoe = json.value(QStringLiteral("cpu_moe_layers"));
    if (cpuMoe.isNull())
        s.cpuMoeLayers = Scenario::kAutomaticPlacement;
    else if (cpuMoe.toString() == QLatin1String("all"))
        s.cpuMoeLayers = Scenario::kAllLayers;
    else if (!cpuMoe.isUndefined())
        s.cpuMoeLayers = int(limited(json, "cpu_moe_layers", Limits::kCpuMoeLayers, s.cpuMoeLayers, problems));
    if (s.cpuMoeLayers != Scenario::kAutomaticPlacement)
        s.allowOffload = true;
    if (const auto parallel = parseParallel(text(json, "parallel", parallelKey(s.parallel), problems)))
        s.parallel = *parallel;
    else if (problems)
        problems->append(QStringLiteral("parallel: expected auto, layer or tensor"));
    return s;
}

Scenario CompareState::scenarioFor(int index) const
{
    Scenario s = sides[index].scenario;
    s.contextTokens = contextFor(index);
    s.promptTokens = std::min(promptTokens, s.contextTokens);
    s.batch = batch;
    return s;
}

Session::Session(CatalogStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_grid(new EstimateGrid(store, this))
    , m_modelId(kDefaultModel)
    , m_hardwareId(kDefaultHardware)
{
    m_compare.sides[0] = {QStringLiteral("devstral-2"), QStringLiteral("rtx-pro-6000"), {}, {}};
    m_compare.sides[1] = {QStringLiteral("devstral-2"), QStringLiteral("dgx-spark"), {}, {}};
    m_compare.assumptions = Costs::defaultAssumptions(store->catalog());
    keepSelectionValid();
    connect(m_grid, &EstimateGrid::scenarioChanged, this, &Session::scenarioChanged);
    connect(store, &CatalogStore::reset, this, [this] {
        keepSelectionValid();
        Q_EMIT selectionChanged();
        Q_EMIT compareChanged();
        Q_EMIT advisorChanged();
    });
    // Any edited box or model may be one the compare view or advisor shows.
    connect(store, &CatalogStore::hardwareChanged, this, [this] {
        Q_EMIT compareChanged();
        Q_EMIT advisorChanged();
    });
    connect(store, &CatalogStore::modelChanged, this, [this] {
        Q_EMIT compareChanged();
        Q_EMIT advisorChanged();
    });
}

Session::~Session() = default;

const Scenario &Session::scenario() const noexcept
{
    return m_grid->scenario();
}

void Session::setScenario(const Scenario &scenario)
{
    m_grid->setScenario(scenario);
}

int Session::modelRow() const noexcept
{
    return m_store->modelRow(m_modelId);
}

int Session::hardwareRow() const noexcept
{
    return m_store->hardwareRow(m_hardwareId);
}

void Session::select(const QString &modelId, const QString &hardwareId)
{
    if (m_store->modelRow(modelId) < 0 || m_store->hardwareRow(hardwareId) < 0)
        return;
    if (modelId == m_modelId && hardwareId == m_hardwareId)
        return;
    constexpr int kRemembered = 16;
    const auto remember = [](QStringList &earlier, const QString &leaving, const QString &coming) {
        if (leaving == coming)
            return;
        earlier.removeAll(leaving);
        earlier.append(leaving);
        while (earlier.size() > kRemembered)
            earlier.removeFirst();
    };
    remember(m_earlierModels, m_modelId, modelId);
    remember(m_earlierHardware, m_hardwareId, hardwareId);
    m_modelId = modelId;
    m_hardwareId = hardwareId;
    Q_EMIT selectionChanged();
}

Estimate Session::selectedEstimate() const
{
    return m_grid->at(hardwareRow(), modelRow());
}

void Session::keepSelectionValid()
{
    // A selected entry that is gone gives way to the newest earlier selection still there; a catalog
    // without the usual defaults (a user's own, a benchmark's) starts at its first rows.
    const Catalog &c = m_store->catalog();
    const auto fallBack = [](QString &selected, QStringList &earlier, const auto &exists, const QString &first) {
        if (exists(selected) || first.isEmpty())
            return;
        while (!earlier.isEmpty()) {
            const QString candidate = earlier.takeLast();
            if (exists(candidate)) {
                selected = candidate;
                return;
            }
        }
        selected = first;
    };
    fallBack(
        m_modelId, m_earlierModels, [&c](const QString &id) { return c.modelRow(id) >= 0; },
        c.models.isEmpty() ? QString() : c.models.first().id);
    fallBack(
        m_hardwareId, m_earlierHardware, [&c](const QString &id) { return c.hardwareRow(id) >= 0; },
        c.hardware.isEmpty() ? QString() : c.hardware.first().id);
    for (CompareSide &side : m_compare.sides) {
        if (c.modelRow(side.modelId) < 0)
            side.modelId = m_modelId;
        if (c.hardwareRow(side.hardwareId) < 0)
            side.hardwareId = m_hardwareId;
        // A setting the side's box does not have (another box chosen, a catalog without it).
        if (const HardwareSpec *box = c.findHardware(side.hardwareId); box && !box->usableVariant(side.usableSetting))
            side.usableSetting.clear();
    }
}

void Session::setCompare(const CompareState &state)
{
    m_compare = state;
    keepSelectionValid();
    Q_EMIT compareChanged();
}

void Session::setCompareSide(int index, const CompareSide &side)
{
    m_compare.sides[index] = side;
    keepSelectionValid();
    Q_EMIT compareChanged();
}

void Session::handOver(int index, const QString &modelId, const QString &hardwareId, const Scenario &scenario)
{
    CompareState next = m_compare;
    next.sides[index] = {modelId, hardwareId, scenario, {}}; // the box's own usable figure, as explored
    if (next.linkedContext)
        next.sharedContext = scenario.contextTokens;
    next.promptTokens = scenario.promptTokens;
    next.batch = scenario.batch;
    setCompare(next);
}

void Session::swapSides()
{
    std::swap(m_compare.sides[0], m_compare.sides[1]);
    Q_EMIT compareChanged();
}

void Session::setAdvisor(const Costs::AdvisorInputs &inputs)
{
    m_advisor = inputs;
    Q_EMIT advisorChanged();
}

QJsonObject Session::toJson() const
{
    const CompareState &c = m_compare;
    const Costs::AdvisorInputs &a = m_advisor;
    return {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("explore"), QJsonObject{{QStringLiteral("model"), m_modelId},
                                                {QStringLiteral("hardware"), m_hardwareId},
                                                {QStringLiteral("scenario"), scenarioToJson(scenario())}}},
        {QStringLiteral("compare"),
         QJsonObject{{QStringLiteral("a"), sideToJson(c.sides[0])},
                     {QStringLiteral("b"), sideToJson(c.sides[1])},
                     {QStringLiteral("linked_context"), c.linkedContext},
                     {QStringLiteral("shared_context_tokens"), c.sharedContext},
                     {QStringLiteral("prompt_tokens"), c.promptTokens},
                     {QStringLiteral("batch"), c.batch},
                     {QStringLiteral("electricity_usd_per_kwh"), c.assumptions.electricityUsdPerKwh},
                     {QStringLiteral("tokens_per_day"), c.assumptions.tokensPerDay},
                     {QStringLiteral("api_usd_per_million_tokens"),
                      c.assumptions.apiUsdPerMillionTokens ? QJsonValue(*c.assumptions.apiUsdPerMillionTokens)
                                                           : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("input_output_ratio"), c.assumptions.inputPerOutput},
                     {QStringLiteral("cache_hit_share"), c.assumptions.cacheHitShare},
                     {QStringLiteral("horizon_months"), c.assumptions.horizonMonths},
                     // The floor is the answer time; decode_floor_tok_s an extra floor (0: none).
                     // speed_floor_tok_s (format 2) was the old decode-only floor and is no longer written.
                     {QStringLiteral("answer_within_seconds"), c.assumptions.answerWithinSeconds},
                     {QStringLiteral("decode_floor_tok_s"), c.assumptions.speedFloorTokS},
                     {QStringLiteral("rental_pattern"), Costs::rentalPatternKey(c.assumptions.rentalPattern)},
                     {QStringLiteral("commercial_use"), c.assumptions.commercialUse},
                     {QStringLiteral("host_usd"),
                      c.assumptions.hostUsd ? QJsonValue(*c.assumptions.hostUsd) : QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("advisor"), QJsonObject{{QStringLiteral("budget_low_usd"), a.budgetLowUsd},
                                                {QStringLiteral("budget_high_usd"), a.budgetHighUsd},
                                                {QStringLiteral("min_tok_s"), a.minTokS},
                                                {QStringLiteral("answer_within_seconds"), a.answerWithinSeconds},
                                                {QStringLiteral("single_box_only"), a.singleBoxOnly},
                                                {QStringLiteral("comfortable_only"), a.comfortableOnly},
                                                {QStringLiteral("commercial_only"), a.commercialOnly},
                                                {QStringLiteral("scenario"), scenarioToJson(a.scenario)}}},
    };
}

void Session::fromJson(const QJsonObject &json, QStringList *problems)
{
    const QJsonObject explore = json.value(QStringLiteral("explore")).toObject();
    setScenario(scenarioFromJson(explore.value(QStringLiteral("scenario")).toObject(), scenario(), problems));
    select(text(explore, "model", m_modelId, problems), text(explore, "hardware", m_hardwareId, problems));

    const QJsonObject compare = json.value(QStringLiteral("compare")).toObject();
    CompareState c = m_compare;
    c.sides[0] = sideFromJson(compare.value(QStringLiteral("a")).toObject(), c.sides[0], problems);
    c.sides[1] = sideFromJson(compare.value(QStringLiteral("b")).toObject(), c.sides[1], problems);
    c.linkedContext = flag(compare, "linked_context", c.linkedContext, problems);
    c.sharedContext = limited(compare, "shared_context_tokens", Limits::kContext, c.sharedContext, problems);
    c.promptTokens = limited(compare, "prompt_tokens", Limits::kPrompt, c.promptTokens, problems);
    c.batch = int(limited(compare, "batch", Limits::kBatch, c.batch, problems));
    c.assumptions.electricityUsdPerKwh =
        limited(compare, "electricity_usd_per_kwh", Limits::kElectricity, c.assumptions.electricityUsdPerKwh, problems);
    c.assumptions.tokensPerDay =
        limited(compare, "tokens_per_day", Limits::kTokensPerDay, c.assumptions.tokensPerDay, problems);
    // null: each model's own API prices; a number: the user's all-in price.
    if (const QJsonValue api = compare.value(QStringLiteral("api_usd_per_million_tokens")); api.isNull())
        c.assumptions.apiUsdPerMillionTokens.reset();
    else if (!api.isUndefined())
        c.assumptions.apiUsdPerMillionTokens = limited(compare, "api_usd_per_million_tokens", Limits::kApiUsdPerM,
                                                       c.assumptions.apiUsdPerMillionTokens.value_or(0), problems);
    c.assumptions.inputPerOutput =
        limited(compare, "input_output_ratio", Limits::kInputOutputRatio, c.assumptions.inputPerOutput, problems);
    c.assumptions.cacheHitShare =
        limited(compare, "cache_hit_share", Limits::kShare, c.assumptions.cacheHitShare, problems);
    c.assumptions.horizonMonths =
        int(limited(compare, "horizon_months", Limits::kHorizonMonths, c.assumptions.horizonMonths, problems));
    // A format-2 file's speed_floor_tok_s was the answer-time floor approximated by decode speed; the
    // answer time replaces it, so it is not read as the extra decode floor.
    c.assumptions.answerWithinSeconds =
        limited(compare, "answer_within_seconds", Limits::kAnswerWithin, c.assumptions.answerWithinSeconds, problems);
    c.assumptions.speedFloorTokS =
        limited(compare, "decode_floor_tok_s", Limits::kSpeedFloor, c.assumptions.speedFloorTokS, problems);
    if (const QJsonValue pattern = compare.value(QStringLiteral("rental_pattern")); !pattern.isUndefined()) {
        if (const auto known = Costs::rentalPatternFromKey(pattern.toString()))
            c.assumptions.rentalPattern = *known;
        else if (problems)
            problems->append(QStringLiteral("rental_pattern: expected \"on-demand\" or \"reserved\""));
    }
    c.assumptions.commercialUse = flag(compare, "commercial_use", c.assumptions.commercialUse, problems);
    if (const QJsonValue host = compare.value(QStringLiteral("host_usd")); host.isDouble())
        c.assumptions.hostUsd = limited(compare, "host_usd", Limits::kHostUsd, 0, problems);
    else if (!host.isNull() && !host.isUndefined() && problems)
        problems->append(QStringLiteral("host_usd: expected a number or null"));
    for (int i = 0; i < 2; ++i) { // a setting the side's box does not have is said, then dropped
        const CompareSide &side = c.sides[i];
        const HardwareSpec *box = m_store->catalog().findHardware(side.hardwareId);
        if (problems && box && !side.usableSetting.isEmpty() && !box->usableVariant(side.usableSetting)) {
            problems->append(QStringLiteral("%1.usable_setting: '%2' is not a setting of %3 (%4)")
                                 .arg(QLatin1String(i == 0 ? "a" : "b"), side.usableSetting, box->id,
                                      box->usableVariants.isEmpty()
                                          ? QStringLiteral("it has none")
                                          : box->usableSettings().join(QStringLiteral(", "))));
        }
    }
    setCompare(c);

    const QJsonObject advisor = json.value(QStringLiteral("advisor")).toObject();
    Costs::AdvisorInputs a = m_advisor;
    a.budgetLowUsd = limited(advisor, "budget_low_usd", Limits::kBudgetUsd, a.budgetLowUsd, problems);
    a.budgetHighUsd = limited(advisor, "budget_high_usd", Limits::kBudgetUsd, a.budgetHighUsd, problems);
    a.minTokS = limited(advisor, "min_tok_s", Limits::kSpeedFloor, a.minTokS, problems);
    a.answerWithinSeconds =
        limited(advisor, "answer_within_seconds", Limits::kAnswerWithin, a.answerWithinSeconds, problems);
    a.singleBoxOnly = flag(advisor, "single_box_only", a.singleBoxOnly, problems);
    a.comfortableOnly = flag(advisor, "comfortable_only", a.comfortableOnly, problems);
    a.commercialOnly = flag(advisor, "commercial_only", a.commercialOnly, problems);
    a.scenario = scenarioFromJson(advisor.value(QStringLiteral("scenario")).toObject(), a.scenario, problems);
    setAdvisor(a);
}

} // namespace Headroom
