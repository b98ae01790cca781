// Cost rows, break-even, the cheapest-box finder and the budget advisor, by hand.
#include "testsupport.h"

#include "advisormodel.h"
#include "catalogstore.h"
#include "comparemodel.h"
#include "costs.h"
#include "englishplurals.h"
#include "format.h"
#include "recommendation.h"
#include "roles.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Headroom;
using namespace Headroom::Test;

class TestCosts : public QObject
{
    Q_OBJECT

private slots:
    // English counts ("3 years") come from the English plural forms, as in the app.
    void initTestCase() { QVERIFY(installEnglishPlurals()); }
    void handComputedRows();
    void promptsCostCapacityAndApisBillInput();
    void missingPriceIsUnknownNotZero();
    void rentingPaysForEveryGpuAtTheCheapestOnDemandRate();
    void aCardSoldOnlyUsedIsPricedUsed();
    void neverPaysBackIsUnknown();
    void capacityShortIsFlagged();
    void recommendationFollowsTheRule();
    void cheapestFinderOnSmallCatalog();
    void advisorRanksVerifiedThenSpeedThenPrice();
    void advisorKeepsTheSameBestWhenBounded();
    void compareModelHighlightsAndSwaps();
    void relativeColumnSaysWhatItCompares();
    void percentagesAreNeverRoundedToALie_data();
    void percentagesAreNeverRoundedToALie();
    void cheapestNeverPicksTheOtherSide();
    void aBoxOnlyRentedCostsItsRent();
};

namespace {
// A box whose numbers make the arithmetic easy to follow by hand.
HardwareSpec simpleBox(const char *id, double priceUsd, double watts, double bandwidthGBs, double memoryGB)
{
    HardwareSpec h;
    h.id = QString::fromLatin1(id);
    h.name = h.id;
    h.memoryBytesPerGpu = memoryGB * 1e9;
    h.usableBytesPerGpu = memoryGB * 1e9;
    h.bandwidthBytesPerSecond = bandwidthGBs * 1e9;
    h.tflops = 100; // a prompt speed, so the answer time (the floor) is known
    if (watts > 0) {
        h.loadWatts = watts;
        h.idleWatts = watts / 10; // a tenth at idle: easy to follow
    }
    if (priceUsd > 0)
        h.prices.append(
            {PriceQuote::Kind::Msrp, priceUsd, priceUsd, {QStringLiteral("test"), QStringLiteral("2026"), {}}});
    return h;
}

ModelSpec simpleModel(double weightsGB)
{
    ModelSpec m;
    m.id = QStringLiteral("m");
    m.name = QStringLiteral("M");
    m.paramsTotal = m.paramsActive = weightsGB * 1e9; // one byte per parameter at INT8
    m.layers = 10;
    return m;
}

// A side with no host, no API offer and no rental: only what the test gives.
Costs::Side plainSide(const ModelSpec &model, const HardwareSpec &box, const Scenario &s)
{
    Costs::Side side;
    side.model = model;
    side.hardware = box;
    side.scenario = s;
    return side;
}

DecodeCalibration exact(double efficiency)
{
    DecodeCalibration c;
    c.efficiency = efficiency;
    return c;
}
} // namespace

void TestCosts::handComputedRows()
{
    // 10 GB of weights read per token at 1000 GB/s × 50 % = 50 tok/s exactly.
    Costs::Side side = plainSide(simpleModel(10), simpleBox("box", 5000, 500, 1000, 100), scenario("INT8", 1));
    Costs::Assumptions a;
    a.electricityUsdPerKwh = 0.20;
    a.tokensPerDay = 1'000'000;
    a.apiUsdPerMillionTokens = 10;
    a.inputPerOutput = 0; // decode only: prefill is its own test
    const Costs::SideCosts c = Costs::evaluate(side, exact(0.5), a);
    QVERIFY(c.estimate.ok());
    QVERIFY(qAbs(*c.estimate.decodeTokS - 50.0 * 10e9 / c.estimate.bytesPerToken) < 1e-9);
    const double tokS = *c.estimate.decodeTokS;
    QCOMPARE(*c.priceLowUsd, 5000.0);
    QVERIFY(qAbs(*c.usdPerTokS - 5000.0 / tokS) < 1e-9);
    QVERIFY(qAbs(*c.usdPerUsableByte * 1e9 - 50.0) < 1e-9); // $5,000 ÷ 100 GB
    // 1M tokens take 1e6 / tokS seconds at 500 W; kWh = W × s ÷ 3.6e6.
    const double energy = 500.0 * (1e6 / tokS) / 3.6e6 * 0.20;
    QVERIFY(qAbs(*c.energyUsdPerMillionTokens - energy) < 1e-9);
    // Capacity: a token every 1/tokS seconds, all day.
    QVERIFY(qAbs(*c.capacityTokensPerDay - 86400.0 * tokS) < 1e-6);
    // Duty cycle: at load for the hours the tokens take, idle (50 W) the rest of the day.
    const double active = 1e6 / tokS / 3600.0;
    QVERIFY(qAbs(*c.activeHoursPerDay - active) < 1e-9);
    const double month = (500.0 * active + 50.0 * (24.0 - active)) / 1000.0 * 0.20 * Costs::kDaysPerMonth;
    QVERIFY(qAbs(*c.energyUsdPerMonth - month) < 1e-9);
    QVERIFY(qAbs(*c.tcoUsd - (5000.0 + 36 * month)) < 1e-6);
    // The TCO line in the workload gives the same total at today's workload.
    QVERIFY(qAbs(*c.tcoFixedUsd + *c.tcoUsdPerTokenPerDay * a.tokensPerDay - *c.tcoUsd) < 1e-6);
    // The cumulative cost chart's line: the purchase on day one, the TCO at the horizon.
    QCOMPARE(*Costs::ownedCostAfter(c, 0), 5000.0);
    QVERIFY(qAbs(*Costs::ownedCostAfter(c, 12) - (5000.0 + 12 * month)) < 1e-6);
    QCOMPARE(*Costs::ownedCostAfter(c, 36), *c.tcoUsd);
    if (c.apiUsdPerMonth)
        QCOMPARE(*Costs::apiCostAfter(c, 36), *c.apiTcoUsd);
    const double api = 1.0 * Costs::kDaysPerMonth * 10; // 1M tokens/day × $10/M
    QVERIFY(qAbs(*c.apiUsdPerMonth - api) < 1e-9);
    QVERIFY(qAbs(*c.apiTcoUsd - 36 * api) < 1e-9);
    QVERIFY(qAbs(*c.breakevenMonths - 5000.0 / (api - month)) < 1e-9);
    QVERIFY(!c.capacityShort);
    QVERIFY(c.meetsSpeedFloor);
}

void TestCosts::promptsCostCapacityAndApisBillInput()
{
    // With 20 input tokens per output token, 80 % of them cached, each output token also costs the
    // prefill of 4 uncached input tokens.
    HardwareSpec box = simpleBox("box", 5000, 500, 1000, 100);
    box.tflops = 100;
    Costs::Side side = plainSide(simpleModel(10), box, scenario("INT8", 1));
    ApiOffer offer;
    offer.modelId = side.model.id;
    offer.usdPerMillionInput = 1.0;
    offer.usdPerMillionOutput = 4.0;
    offer.usdPerMillionCachedInput = 0.1;
    side.api = offer;
    Costs::Assumptions a;
    a.tokensPerDay = 1'000'000;
    const Costs::SideCosts c = Costs::evaluate(side, exact(0.5), a);
    const Estimate &e = c.estimate;
    QVERIFY(e.prefillTokS);
    const double perOutput = 1.0 / *e.decodeTokS + 4.0 / *e.prefillTokS;
    QVERIFY(qAbs(*c.capacityTokensPerDay - 86400.0 / perOutput) < 1e-6);
    // The API for the same model: output + 20 × (0.8 × cached + 0.2 × input) per million output.
    QVERIFY(qAbs(Costs::blendedApiUsdPerMillionOutput(offer, a) - (4.0 + 20 * (0.8 * 0.1 + 0.2 * 1.0))) < 1e-12);
    QVERIFY(qAbs(*c.apiUsdPerMonth - Costs::kDaysPerMonth * (4.0 + 20 * (0.8 * 0.1 + 0.2 * 1.0))) < 1e-9);
    // Without the box's TFLOPS the prompt time, and so the capacity, is unknown, never assumed free.
    box.tflops.reset();
    side.hardware = box;
    const Costs::SideCosts unknown = Costs::evaluate(side, exact(0.5), a);
    QVERIFY(!unknown.capacityTokensPerDay && !unknown.tcoUsd && !unknown.breakevenMonths);
    // A power nobody published is unknown: no electricity, no TCO; never 0 W.
    box.tflops = 100;
    box.idleWatts.reset();
    side.hardware = box;
    const Costs::SideCosts noIdle = Costs::evaluate(side, exact(0.5), a);
    QVERIFY(noIdle.capacityTokensPerDay && !noIdle.energyUsdPerMonth && !noIdle.tcoUsd);
    QVERIFY(noIdle.energyUsdPerMillionTokens); // the load figure alone prices a token
}

void TestCosts::missingPriceIsUnknownNotZero()
{
    Costs::Side side = plainSide(simpleModel(10), simpleBox("box", 0, 500, 1000, 100), scenario("INT8", 1));
    Costs::Assumptions a;
    a.apiUsdPerMillionTokens = 2;
    Catalog catalog;
    catalog.models = {side.model};
    catalog.hardware = {side.hardware};
    const Costs::SideCosts c = Costs::evaluate(side, catalog.calibrationFor({}), a);
    QVERIFY(!c.priceLowUsd && !c.usdPerTokS && !c.usdPerUsableByte && !c.breakevenMonths);
    QVERIFY(c.energyUsdPerMillionTokens); // electricity does not need a price
    CompareModel model(side, side, a, catalog);
    QCOMPARE(model.index(CompareModel::MsrpRow, 0).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(CompareModel::BreakevenRow, 0).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(CompareModel::UsdPerTokSRow, 0).data(RawValueRole).isValid());
}

void TestCosts::neverPaysBackIsUnknown()
{
    // The API costs less per month than the electricity: the box never pays for itself.
    Costs::Side side = plainSide(simpleModel(10), simpleBox("box", 5000, 5000, 1000, 100), scenario("INT8", 1));
    Costs::Assumptions a;
    a.apiUsdPerMillionTokens = 0.01;
    a.tokensPerDay = 100'000;
    a.inputPerOutput = 0;
    const Costs::SideCosts c = Costs::evaluate(side, exact(0.5), a);
    QVERIFY(c.energyUsdPerMonth && *c.apiUsdPerMonth < *c.energyUsdPerMonth);
    QVERIFY(!c.breakevenMonths);
}

void TestCosts::capacityShortIsFlagged()
{
    // 50 tok/s makes 4.32M tokens a day at most.
    Costs::Side side = plainSide(simpleModel(10), simpleBox("box", 5000, 500, 1000, 100), scenario("INT8", 1));
    Costs::Assumptions a;
    a.tokensPerDay = 10'000'000;
    a.inputPerOutput = 0;
    const Costs::SideCosts c = Costs::evaluate(side, exact(0.5), a);
    QVERIFY(c.capacityShort);
    QVERIFY(!c.breakevenMonths);
}

void TestCosts::recommendationFollowsTheRule()
{
    Costs::Assumptions a;
    a.tokensPerDay = 200'000;
    a.inputPerOutput = 0;
    a.apiUsdPerMillionTokens = 500; // $109,574 over 3 years: every box here is cheaper
    const ModelSpec model = simpleModel(10);
    const auto judge = [&](const HardwareSpec &x, const HardwareSpec &y) {
        const std::array<Costs::Side, 2> sides = {plainSide(model, x, scenario("INT8", 1)),
                                                  plainSide(model, y, scenario("INT8", 1))};
        const std::array<Costs::SideCosts, 2> costs = {Costs::evaluate(sides[0], exact(0.5), a),
                                                       Costs::evaluate(sides[1], exact(0.5), a)};
        return std::pair{Recommendation::recommend(sides, costs, a), costs};
    };
    // The same box on both sides: said, and the options are that box or the API.
    const HardwareSpec fast = simpleBox("fast", 20000, 600, 2000, 100);
    auto [same, sameCosts] = judge(fast, fast);
    QCOMPARE(same.recommendedKey(), QStringLiteral("a"));
    QCOMPARE(same.decision.choice.options.size(), 2); // buy it, or the API
    QVERIFY2(same.text.startsWith(QStringLiteral("Both sides are fast running M")), qPrintable(same.text));

    // One side does not run the model: that comes first, and the other wins.
    const HardwareSpec tiny = simpleBox("tiny", 500, 100, 1000, 8);
    auto [noFit, noFitCosts] = judge(tiny, fast);
    QCOMPARE(noFit.recommendedKey(), QStringLiteral("b"));
    QVERIFY2(noFit.text.startsWith(QStringLiteral("tiny does not run M")), qPrintable(noFit.text));

    // Cheaper and fast enough beats faster: 100 vs 25 tok/s, both above the floor; the cheap box
    // stops qualifying where it can no longer serve the workload, 25 tok/s × a day, and the answer
    // changes there, to the other box.
    const HardwareSpec cheap = simpleBox("cheap", 3000, 100, 500, 100);
    auto [cheaper, cheaperCosts] = judge(fast, cheap);
    QCOMPARE(cheaper.recommendedKey(), QStringLiteral("b"));
    QVERIFY2(cheaper.text.contains(QStringLiteral("Buy cheap: ")), qPrintable(cheaper.text));
    QVERIFY2(cheaper.text.contains(QStringLiteral("The next cheapest way, Buy fast")), qPrintable(cheaper.text));
    QVERIFY(cheaper.otherWinsAboveTokensPerDay());
    QVERIFY(qAbs(*cheaper.otherWinsAboveTokensPerDay() / *cheaperCosts[1].capacityTokensPerDay - 1) < 0.001);
    QCOMPARE(*cheaper.decision.winnerAbove, Decision::Route::BuyA);
    QVERIFY2(cheaper.text.contains(QStringLiteral("the answer becomes Buy fast")), qPrintable(cheaper.text));

    // Within 10 % of the cheapest cost, the faster box wins, and the sentence says what it gives up.
    const HardwareSpec slow = simpleBox("slow", 19000, 600, 1000, 100);
    auto [close, closeCosts] = judge(slow, fast);
    QVERIFY(*closeCosts[1].tcoUsd > *closeCosts[0].tcoUsd);
    QCOMPARE(close.recommendedKey(), QStringLiteral("b"));
    QVERIFY2(close.text.contains(QStringLiteral("within 10 %, but is slower")), qPrintable(close.text));

    // A box that cannot serve the day's tokens does not qualify, however cheap.
    a.tokensPerDay = 5'000'000; // more than the cheap box makes in a day (25 tok/s ≈ 2.2M)
    auto [busy, busyCosts] = judge(fast, cheap);
    QCOMPARE(busy.recommendedKey(), QStringLiteral("a"));
    QVERIFY2(busy.text.contains(QStringLiteral("cheap serves at most")), qPrintable(busy.text));

    // The API cheaper than every box: neither box.
    a.tokensPerDay = 200'000;
    a.apiUsdPerMillionTokens = 10;
    auto [api, apiCosts] = judge(fast, cheap);
    QCOMPARE(api.recommendedKey(), QStringLiteral("api"));
    QCOMPARE(api.winner, -1);
    QVERIFY2(api.text.contains(QStringLiteral("Neither box: call M")), qPrintable(api.text));
    QVERIFY2(api.text.contains(QStringLiteral("The next cheapest way, Buy cheap")), qPrintable(api.text));

    // A box within 10 % of the API wins over it: owning the speed is worth that much, and it says so.
    const double perMillionPerTco = a.tokensPerDay * Costs::kDaysPerMonth / 1e6 * a.horizonMonths;
    a.apiUsdPerMillionTokens = *apiCosts[1].tcoUsd / 1.05 / perMillionPerTco;
    auto [near, nearCosts] = judge(fast, cheap);
    QVERIFY(*nearCosts[1].apiTcoUsd < *nearCosts[1].tcoUsd);
    QCOMPARE(near.recommendedKey(), QStringLiteral("b"));
    QVERIFY(near.decision.choice.apiBeatenWithinShare);
    QVERIFY2(near.text.contains(QStringLiteral("owning the speed is worth the difference")), qPrintable(near.text));

    // Nothing qualifies: no box meets the floor and no API price is known.
    a.apiUsdPerMillionTokens.reset();
    a.speedFloorTokS = 1000;
    auto [neither, neitherCosts] = judge(fast, cheap);
    QVERIFY(neither.recommendedKey().isEmpty());
    QVERIFY2(neither.text.contains(QStringLiteral("Nothing qualifies")), qPrintable(neither.text));
    QVERIFY2(neither.text.contains(QStringLiteral("below the 1,000 tok/s floor")), qPrintable(neither.text));
}

void TestCosts::cheapestFinderOnSmallCatalog()
{
    Catalog catalog;
    catalog.hardware = {simpleBox("big-expensive", 9000, 500, 1000, 200), simpleBox("too-small", 500, 200, 1000, 12),
                        simpleBox("tight-cheap", 1500, 200, 1000, 23), simpleBox("right", 3000, 300, 800, 40),
                        simpleBox("unpriced", 0, 300, 800, 80)};
    // 20 GB of weights + ~1 GiB overhead: 23 GB is tight, 40 GB is comfortable.
    const auto index = Costs::cheapestComfortable(catalog, simpleModel(20), scenario("INT8", 1024));
    QVERIFY(index.has_value());
    QCOMPARE(catalog.hardware.at(*index).id, QStringLiteral("right"));
    QVERIFY(!Costs::cheapestComfortable(catalog, simpleModel(500), scenario("INT8", 1024)));
    // A speed floor above what "right" reaches (800 GB/s over 20 GB) leaves the faster, dearer box.
    const double rightSpeed = *Engine::estimate(simpleModel(20), catalog.hardware.at(*index), scenario("INT8", 1024),
                                                catalog.calibrationFor({}))
                                   .decodeTokS;
    const auto faster =
        Costs::cheapestComfortable(catalog, simpleModel(20), scenario("INT8", 1024), {}, rightSpeed * 1.1);
    QVERIFY(faster.has_value());
    QCOMPARE(catalog.hardware.at(*faster).id, QStringLiteral("big-expensive"));
}

void TestCosts::advisorRanksVerifiedThenSpeedThenPrice()
{
    Costs::AdvisorInputs in;
    in.budgetHighUsd = 15'000;
    in.minTokS = 10;
    in.comfortableOnly = false;
    in.scenario = scenario("Q4_K_M", 32768);
    const QList<Costs::Advice> advice = Costs::advise(CatalogLoader::embedded(), in);
    QVERIFY(!advice.isEmpty());
    const Catalog &c = CatalogLoader::embedded();
    bool seenPro = false;
    for (qsizetype i = 0; i < advice.size(); ++i) {
        const Costs::Advice &a = advice.at(i);
        QVERIFY(a.priceLowUsd <= 15'000);
        QVERIFY(*a.estimate.decodeTokS >= 10);
        QVERIFY(a.estimate.runs());
        seenPro = seenPro || a.proOnly;
        QVERIFY(!seenPro || a.proOnly); // Pro-only models come after every Verified one
        if (i > 0 && !a.proOnly) {
            const double previous = c.models.at(advice.at(i - 1).modelIndex).sweVerified->percent;
            const double current = c.models.at(a.modelIndex).sweVerified->percent;
            QVERIFY(previous >= current);
            if (previous == current)
                QVERIFY(*advice.at(i - 1).estimate.decodeTokS >= *a.estimate.decodeTokS);
        }
    }
    // The best pick under $15k is the best Verified score that runs fast enough anywhere in the
    // budget, found here by trying every pair (the advisor keeps a bounded ranking instead).
    double bestScore = -1, bestSpeed = 0;
    QString bestModel;
    for (const HardwareSpec &h : c.hardware) {
        Scenario s = in.scenario;
        s.gpus = 0;
        for (const ModelSpec &m : c.models) {
            const Costs::SideCosts costs = Costs::evaluate(Costs::sideFor(c, m, h, s), c.calibrationFor(h), {});
            const Estimate &e = costs.estimate;
            if (!m.sweVerified || !costs.priceLowUsd || *costs.priceLowUsd > in.budgetHighUsd || !e.runs() ||
                *e.decodeTokS < in.minTokS)
                continue;
            if (m.sweVerified->percent > bestScore ||
                (m.sweVerified->percent == bestScore && *e.decodeTokS > bestSpeed)) {
                bestScore = m.sweVerified->percent;
                bestSpeed = *e.decodeTokS;
                bestModel = m.id;
            }
        }
    }
    QCOMPARE(c.models.at(advice.first().modelIndex).id, bestModel);
    QCOMPARE(*advice.first().estimate.decodeTokS, bestSpeed);
    // "Comfortable only" (the default) drops every tight pick and keeps the comfortable ones.
    in.comfortableOnly = true;
    const QList<Costs::Advice> comfortable = Costs::advise(c, in);
    QVERIFY(comfortable.size() < advice.size());
    for (const Costs::Advice &a : comfortable)
        QCOMPARE(a.estimate.verdict, Verdict::Comfortable);
    // The advisor's table gives each pick its verdict and explains, rather than repeats, its columns.
    AdvisorModel table;
    table.setAdvice(c, in, comfortable);
    const QString why = table.index(0, AdvisorModel::WhyColumn).data().toString();
    QCOMPARE(table.index(0, AdvisorModel::VerdictColumn).data().toString(), verdictText(Verdict::Comfortable));
    QVERIFY2(why.contains(QStringLiteral(" free at ")), qPrintable(why));
    QVERIFY(!why.contains(QLatin1Char('$'))); // the price has its own column
}

void TestCosts::advisorKeepsTheSameBestWhenBounded()
{
    // The window keeps only the best picks of a big catalog; they must be exactly the first ones
    // of the full ranking, in the same order, however often it trimmed on the way.
    Catalog big = CatalogLoader::embedded();
    const Catalog &base = CatalogLoader::embedded();
    for (int copy = 1; copy < 6; ++copy) {
        for (const HardwareSpec &h : base.hardware) {
            HardwareSpec more = h;
            more.id += QStringLiteral("-%1").arg(copy);
            for (PriceQuote &q : more.prices)
                q.lowUsd *= 1.0 + copy / 10.0;
            big.hardware.append(more);
        }
    }
    Costs::AdvisorInputs in;
    in.budgetLowUsd = 0;
    in.budgetHighUsd = 1e7;
    in.comfortableOnly = false;
    const QList<Costs::Advice> all = Costs::advise(big, in);
    QVERIFY(all.size() > 40);
    for (const qsizetype limit : {1, 7, 20}) {
        const Costs::AdviceRun bounded = Costs::advise(big, in, limit);
        QCOMPARE(bounded.best.size(), limit);
        QCOMPARE(bounded.running, all.size());
        for (qsizetype i = 0; i < limit; ++i) {
            QCOMPARE(bounded.best.at(i).hardwareIndex, all.at(i).hardwareIndex);
            QCOMPARE(bounded.best.at(i).modelIndex, all.at(i).modelIndex);
        }
    }
    std::atomic_bool cancel = true;
    QVERIFY(Costs::advise(big, in, 5, &cancel).cancelled);
}

void TestCosts::compareModelHighlightsAndSwaps()
{
    CatalogStore store(CatalogLoader::embedded());
    Session session(&store);
    CompareModel compare(&session);
    QAbstractItemModelTester tester(&compare, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CompareState state = session.compare();
    state.sides[0] = {QStringLiteral("devstral-2"), QStringLiteral("rtx-pro-6000"), scenario("INT4", 32768), {}};
    state.sides[1] = {QStringLiteral("devstral-2"), QStringLiteral("dgx-spark"), scenario("INT4", 32768), {}};
    session.setCompare(state);
    // Faster decode on A, cheaper and more memory on B.
    QVERIFY(compare.index(CompareModel::DecodeRow, 0).data(BetterRole).toBool());
    QVERIFY(compare.index(CompareModel::StreetRow, 1).data(BetterRole).toBool());
    QVERIFY(compare.index(CompareModel::UsableRow, 1).data(BetterRole).toBool());
    const double decodeA = compare.index(CompareModel::DecodeRow, 0).data(RawValueRole).toDouble();
    const double decodeB = compare.index(CompareModel::DecodeRow, 1).data(RawValueRole).toDouble();
    QCOMPARE(compare.index(CompareModel::DecodeRow, 2).data().toString(),
             Format::change((decodeB - decodeA) / decodeA * 100));
    // The verdict row is the translated word, never the JSON token.
    QCOMPARE(compare.index(CompareModel::VerdictRow, 0).data().toString(), verdictText(Verdict::Comfortable));
    QCOMPARE(compare.index(CompareModel::VerdictRow, 0).data(VerdictRole).toInt(), int(Verdict::Comfortable));
    // Swapping updates the cells and the column headers together.
    QSignalSpy headers(&compare, &CompareModel::headerDataChanged);
    session.swapSides();
    QCOMPARE(compare.index(CompareModel::DecodeRow, 1).data(RawValueRole).toDouble(), decodeA);
    QVERIFY(compare.index(CompareModel::DecodeRow, 1).data(BetterRole).toBool());
    QVERIFY(headers.count() >= 1);
    QVERIFY(compare.headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("DGX Spark")));
    QVERIFY(compare.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("RTX PRO 6000")));
}

void TestCosts::relativeColumnSaysWhatItCompares()
{
    CatalogStore store(CatalogLoader::embedded());
    Session session(&store);
    CompareModel compare(&session);
    CompareState state = session.compare();
    state.sides[0] = {QStringLiteral("qwen3-coder-30b-a3b"), QStringLiteral("rtx-5090"), scenario("Q4_K_M", 32768), {}};
    state.sides[1] = {QStringLiteral("devstral-2"), QStringLiteral("rtx-pro-6000"), scenario("Q4_K_M", 32768), {}};
    session.setCompare(state);
    // Different models: a percentage would compare the models, not the boxes.
    QCOMPARE(compare.index(CompareModel::DecodeRow, CompareModel::RelativeColumn).data().toString(),
             QStringLiteral("different model"));
    QCOMPARE(compare.index(CompareModel::WeightsRow, CompareModel::RelativeColumn).data().toString(),
             QStringLiteral("different model"));
    // Box figures still compare.
    QCOMPARE(compare.index(CompareModel::UsableRow, CompareModel::RelativeColumn).data().toString().left(1),
             QStringLiteral("+"));
    // The weights row is the file; its tooltip says what of it llama.cpp keeps in RAM on a card.
    const QString weightsTip = compare.index(CompareModel::WeightsRow, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(weightsTip.contains(QStringLiteral("host's RAM")), qPrintable(weightsTip));
}

void TestCosts::percentagesAreNeverRoundedToALie_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<QString>("text");
    QTest::newRow("-99.5") << -99.5 << QStringLiteral("−99.5%");
    QTest::newRow("-100") << -100.0 << QStringLiteral("−100%");
    QTest::newRow("+0.3") << 0.3 << QStringLiteral("+0.3%");
    QTest::newRow("+12.4") << 12.4 << QStringLiteral("+12%");
    QTest::newRow("0") << 0.0 << QStringLiteral("0%");
    QTest::newRow("+99.96") << 99.96 << QStringLiteral("+99.96%");
}

void TestCosts::percentagesAreNeverRoundedToALie()
{
    QFETCH(double, percent);
    QFETCH(QString, text);
    QCOMPARE(Format::change(percent), text);
}

void TestCosts::cheapestNeverPicksTheOtherSide()
{
    const Catalog &c = CatalogLoader::embedded();
    const Scenario s = scenario("Q4_K_M", 32768);
    const auto first = Costs::cheapestComfortable(c, model("qwen3-coder-30b-a3b"), s);
    QVERIFY(first);
    const auto other = Costs::cheapestComfortable(c, model("qwen3-coder-30b-a3b"), s, c.hardware.at(*first).id);
    QVERIFY(other);
    QVERIFY(*other != *first);
}

// Offers priced per GPU-hour rent the box's every GPU; the side takes the cheapest on-demand one
// (a spot price alone can be taken away mid-task: not planned on).
void TestCosts::rentingPaysForEveryGpuAtTheCheapestOnDemandRate()
{
    Catalog catalog;
    catalog.models.append(simpleModel(10));
    HardwareSpec box = simpleBox("four", 0, 80, 3000, 500);
    box.gpus = 4;
    box.maxGpus = 8;
    catalog.hardware.append(box);
    const auto offer = [&](const char *provider, std::optional<double> perGpu, std::optional<double> spot, int gpus) {
        RentalOffer o;
        o.hardwareId = box.id;
        o.provider = QString::fromLatin1(provider);
        o.onDemandUsdPerGpuHour = perGpu;
        o.spotUsdPerGpuHour = spot;
        o.gpus = gpus;
        catalog.rentalOffers.append(o);
    };
    offer("spot only", std::nullopt, 0.5, 1);
    offer("dear", 3.0, std::nullopt, 1);
    offer("cheap in eights", 1.5, std::nullopt, 8); // rents 8 at least: $12 an hour for this box
    offer("cheapest", 2.0, std::nullopt, 1);        // $8 an hour for four
    const Costs::Side side = Costs::sideFor(catalog, catalog.models.first(), box, scenario("INT8", 1));
    QVERIFY(side.rental);
    QCOMPARE(side.rental->provider, QStringLiteral("cheapest"));
    Costs::Assumptions a;
    a.tokensPerDay = 1'000'000;
    a.inputPerOutput = 0;
    const Costs::SideCosts c = Costs::evaluate(side, exact(0.5), a);
    QCOMPARE(*c.rentUsdPerHour, 4 * 2.0);
    // Billed by the hour: the hours the workload needs a day, rounded up, every GPU.
    QCOMPARE(*c.rentHoursPerDay, std::ceil(*c.activeHoursPerDay));
    QVERIFY(qAbs(*c.rentUsdPerMonth - 8.0 * *c.rentHoursPerDay * Costs::kDaysPerMonth) < 1e-9);
    QVERIFY(qAbs(*c.rentTcoUsd - 36 * *c.rentUsdPerMonth) < 1e-6);
    // Reserved: around the clock.
    Costs::Assumptions reserved = a;
    reserved.rentalPattern = Costs::RentalPattern::Reserved;
    QVERIFY(qAbs(*Costs::evaluate(side, exact(0.5), reserved).rentUsdPerMonth - 8.0 * 24 * Costs::kDaysPerMonth) <
            1e-9);
    // Two GPUs of the box in the scenario: two rented.
    Scenario two = scenario("INT8", 1);
    two.gpus = 2;
    const Costs::Side half = Costs::sideFor(catalog, catalog.models.first(), box, two);
    QCOMPARE(*Costs::evaluate(half, exact(0.5), a).rentUsdPerHour, 2 * 2.0);
}

void TestCosts::aCardSoldOnlyUsedIsPricedUsed()
{
    HardwareSpec card = simpleBox("old", 0, 24, 936, 300);
    card.prices = {PriceQuote{PriceQuote::Kind::Msrp, 1499, 1499, {}},
                   PriceQuote{PriceQuote::Kind::Used, 1242, 1395, {}}};
    QCOMPARE(card.purchasePrice()->kind, PriceQuote::Kind::Used);
    QCOMPARE(card.purchasePrice()->lowUsd, 1242.0);
    card.prices.append(PriceQuote{PriceQuote::Kind::Street, 1800, 2000, {}});
    QCOMPARE(card.purchasePrice()->kind, PriceQuote::Kind::Street); // sold new: the new price
    QCOMPARE(priceKindKey(PriceQuote::Kind::Used), QStringLiteral("used"));
}

void TestCosts::aBoxOnlyRentedCostsItsRent()
{
    // No purchase price, an on-demand rate of $2 an hour: the rent for the hours the workload
    // takes is the cost of ownership, and there is nothing to pay back.
    Costs::Side side = plainSide(simpleModel(10), simpleBox("cloud", 0, 500, 1000, 100), scenario("INT8", 1));
    RentalOffer offer;
    offer.hardwareId = side.hardware.id;
    offer.provider = QStringLiteral("Test cloud");
    offer.onDemandUsdPerHour = 2.0;
    side.rental = offer;
    Costs::Assumptions a;
    a.tokensPerDay = 1'000'000;
    a.apiUsdPerMillionTokens = 10;
    a.inputPerOutput = 0;
    const Costs::SideCosts c = Costs::evaluate(side, exact(0.5), a);
    QVERIFY(!c.priceLowUsd);
    QVERIFY(c.rented);
    const double hours = 1e6 / *c.estimate.decodeTokS / 3600.0;
    QCOMPARE(*c.rentHoursPerDay, std::ceil(hours)); // billed by the whole hour, not by the second
    const double month = 2.0 * std::ceil(hours) * Costs::kDaysPerMonth;
    QVERIFY(qAbs(*c.rentUsdPerMonth - month) < 1e-9);
    QVERIFY(qAbs(*c.tcoUsd - 36 * month) < 1e-6);
    QCOMPARE(*Costs::ownedCostAfter(c, 0), 0.0);
    QVERIFY(!c.breakevenMonths);
    // Without a rental offer the same box has no known cost at all: unknown, never $0.
    side.rental.reset();
    QVERIFY(!Costs::evaluate(side, exact(0.5), a).tcoUsd);
}

QTEST_GUILESS_MAIN(TestCosts)
#include "tst_costs.moc"
