// Cost rows, break-even, the cheapest-box finder and the budget advisor, by hand.
#include "testsupport.h"

#include "comparemodel.h"
#include "costs.h"
#include "roles.h"

#include <QAbstractItemModelTester>

using namespace Headroom;
using namespace Headroom::Test;

class TestCosts : public QObject
{
    Q_OBJECT

private slots:
    void handComputedRows();
    void missingPriceIsUnknownNotZero();
    void neverPaysBackIsUnknown();
    void capacityShortIsFlagged();
    void cheapestFinderOnSmallCatalog();
    void advisorRanksVerifiedThenSpeedThenPrice();
    void compareModelHighlightsAndSwaps();
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
    h.powerWatts = watts;
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
    Costs::Side side{simpleModel(10), simpleBox("box", 5000, 500, 1000, 100), scenario("INT8", 1)};
    Costs::Assumptions a;
    a.electricityUsdPerKwh = 0.20;
    a.tokensPerDay = 1'000'000;
    a.apiUsdPerMillionTokens = 10;
    const Costs::SideCosts c = Costs::evaluate(side, exact(0.5), a);
    QVERIFY(c.estimate.ok());
    QVERIFY(qAbs(*c.estimate.decodeTokS - 50.0 * 10e9 / c.estimate.bytesPerToken) < 1e-9);
    const double tokS = *c.estimate.decodeTokS;
    QCOMPARE(*c.priceLowUsd, 5000.0);
    QVERIFY(qAbs(*c.usdPerTokS - 5000.0 / tokS) < 1e-9);
    QVERIFY(qAbs(*c.usdPerUsableGB - 50.0) < 1e-9); // $5,000 ÷ 100 GB
    // 1M tokens take 1e6 / tokS seconds at 500 W; kWh = W × s ÷ 3.6e6.
    const double energy = 500.0 * (1e6 / tokS) / 3.6e6 * 0.20;
    QVERIFY(qAbs(*c.energyUsdPerMillionTokens - energy) < 1e-9);
    const double api = 1.0 * Costs::kDaysPerMonth * 10; // 1M tokens/day × $10/M
    QVERIFY(qAbs(*c.apiUsdPerMonth - api) < 1e-9);
    QVERIFY(qAbs(*c.breakevenMonths - 5000.0 / (api - energy * Costs::kDaysPerMonth)) < 1e-9);
    QVERIFY(!c.capacityShort);
}

void TestCosts::missingPriceIsUnknownNotZero()
{
    Costs::Side side{simpleModel(10), simpleBox("box", 0, 500, 1000, 100), scenario("INT8", 1)};
    const Costs::SideCosts c = Costs::evaluate(side, exact(0.5), {});
    QVERIFY(!c.priceLowUsd && !c.usdPerTokS && !c.usdPerUsableGB && !c.breakevenMonths);
    QVERIFY(c.energyUsdPerMillionTokens); // electricity does not need a price
    CompareModel model;
    model.setSides(side, c, side, c);
    QCOMPARE(model.index(CompareModel::MsrpRow, 0).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(CompareModel::BreakevenRow, 0).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(CompareModel::UsdPerTokSRow, 0).data(RawValueRole).isValid());
}

void TestCosts::neverPaysBackIsUnknown()
{
    // The API costs less per month than the electricity: the box never pays for itself.
    Costs::Side side{simpleModel(10), simpleBox("box", 5000, 5000, 1000, 100), scenario("INT8", 1)};
    Costs::Assumptions a;
    a.apiUsdPerMillionTokens = 0.01;
    a.tokensPerDay = 100'000;
    QVERIFY(!Costs::evaluate(side, exact(0.5), a).breakevenMonths);
}

void TestCosts::capacityShortIsFlagged()
{
    // 50 tok/s makes 4.32M tokens a day at most.
    Costs::Side side{simpleModel(10), simpleBox("box", 5000, 500, 1000, 100), scenario("INT8", 1)};
    Costs::Assumptions a;
    a.tokensPerDay = 10'000'000;
    const Costs::SideCosts c = Costs::evaluate(side, exact(0.5), a);
    QVERIFY(c.capacityShort);
    QVERIFY(!c.breakevenMonths);
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
}

void TestCosts::advisorRanksVerifiedThenSpeedThenPrice()
{
    Costs::AdvisorInputs in;
    in.budgetHighUsd = 15'000;
    in.minTokS = 10;
    in.contextTokens = 32768;
    in.scenario = scenario("Q4_K_M", 32768);
    const QList<Costs::Advice> advice = Costs::advise(CatalogLoader::embedded(), in);
    QVERIFY(!advice.isEmpty());
    const Catalog &c = CatalogLoader::embedded();
    bool seenPro = false;
    for (qsizetype i = 0; i < advice.size(); ++i) {
        const Costs::Advice &a = advice.at(i);
        QVERIFY(a.priceLowUsd <= 15'000);
        QVERIFY(*a.estimate.decodeTokS >= 10);
        QVERIFY(a.estimate.verdict != Verdict::NoFit);
        QVERIFY(a.explanation.contains(QStringLiteral("tok/s")) && a.explanation.contains(QLatin1Char('$')));
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
    // The best pick under $15k: Devstral 2 (72.2 %) on a box that holds it at 32K and 10 tok/s.
    QCOMPARE(c.models.at(advice.first().modelIndex).id, QStringLiteral("devstral-2"));
}

void TestCosts::compareModelHighlightsAndSwaps()
{
    const ModelSpec &m = model("devstral-2");
    const Scenario s = scenario("INT4", 32768);
    Costs::Side a{m, hardware("rtx-pro-6000"), s};
    Costs::Side b{m, hardware("dgx-spark"), s};
    const auto ca = Costs::evaluate(a, CatalogLoader::embedded().calibrationFor(QStringLiteral("CUDA")), {});
    const auto cb = Costs::evaluate(b, CatalogLoader::embedded().calibrationFor(QStringLiteral("CUDA")), {});
    CompareModel compare;
    QAbstractItemModelTester tester(&compare, QAbstractItemModelTester::FailureReportingMode::QtTest);
    compare.setSides(a, ca, b, cb);
    // Faster decode on A, cheaper and more memory on B.
    QVERIFY(compare.index(CompareModel::DecodeRow, 0).data(CompareModel::BetterRole).toBool());
    QVERIFY(compare.index(CompareModel::StreetRow, 1).data(CompareModel::BetterRole).toBool());
    QVERIFY(compare.index(CompareModel::UsableRow, 1).data(CompareModel::BetterRole).toBool());
    const double decodeA = compare.index(CompareModel::DecodeRow, 0).data(RawValueRole).toDouble();
    const double decodeB = compare.index(CompareModel::DecodeRow, 1).data(RawValueRole).toDouble();
    QCOMPARE(compare.index(CompareModel::DecodeRow, 2).data().toString(),
             QStringLiteral("%1%").arg((decodeB - decodeA) / decodeA * 100, 0, 'f', 0));
    compare.setSides(b, cb, a, ca); // swapped
    QCOMPARE(compare.index(CompareModel::DecodeRow, 1).data(RawValueRole).toDouble(), decodeA);
    QVERIFY(compare.index(CompareModel::DecodeRow, 1).data(CompareModel::BetterRole).toBool());
}

QTEST_GUILESS_MAIN(TestCosts)
#include "tst_costs.moc"
