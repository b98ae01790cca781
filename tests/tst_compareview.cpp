// Drives the compare view and the budget advisor through their real widgets, in the window.
#include "advisormodel.h"
#include "budgetadvisor.h"
#include "catalog.h"
#include "comparemodel.h"
#include "compareview.h"
#include "costchart.h"
#include "mainwindow.h"
#include "optionsmodel.h"
#include "roles.h"
#include "session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Headroom;

class TestCompareView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void changingBoxBUpdatesRows();
    void swapAndCheapestUpdateTheHeaders();
    void cheapestButtonPicksAComfortableBox();
    void linkedFieldsShowTheValueInForce();
    void handOverCarriesTheWholeScenario();
    void advisorExplainsAndHandsOverItsContext();
    void moreSequencesCanServeTheWorkload();
    void rowsAreNotTallOnFirstShow();
    void costChartMarksWhereTheBoxPaysBack();
    void workloadAssumptionsAreFieldsOfTheView();
    void sidesAreRememberedAcrossRuns();
    void aSideRunsTheBoxAtAUsableSetting();
    void commercialUseIsAControlOfTheView();
    void theOptionsAreRowsThatFollowTheFields();
    void theAdvisorsFloorIsAFieldOfItsOwn();

private:
    template<typename T>
    static T *child(QWidget &w, const char *name)
    {
        T *found = w.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    static QString cell(MainWindow &w, int row, int column)
    {
        return child<QTableView>(w, "compareTable")->model()->index(row, column).data().toString();
    }
    static QString header(MainWindow &w, int column)
    {
        return child<QTableView>(w, "compareTable")->model()->headerData(column, Qt::Horizontal).toString();
    }
    static const Costs::Side &side(MainWindow &w, int index) { return w.comparePage()->model()->side(index); }
    // A: Devstral Small 2 on an RTX 3090 at 4K context and no prompt, a box that can pay back.
    static void smallDenseModelOnA3090(MainWindow &w)
    {
        auto *model = child<QComboBox>(w, "aModelCombo");
        model->setCurrentIndex(model->findData(QStringLiteral("devstral-small-2")));
        auto *box = child<QComboBox>(w, "aHardwareCombo");
        box->setCurrentIndex(box->findData(QStringLiteral("rtx-3090")));
        // The prompt first: a 4,096-token context cannot hold the default prompt and answer.
        child<QSpinBox>(w, "comparePromptSpin")->setValue(0);
        child<QSpinBox>(w, "compareContextSpin")->setValue(4096);
    }
};

void TestCompareView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTests"));
}

void TestCompareView::init()
{
    QSettings().clear();
}

void TestCompareView::changingBoxBUpdatesRows()
{
    MainWindow w(CatalogLoader::embedded());
    const QString before = cell(w, CompareModel::DecodeRow, CompareModel::BColumn);
    auto *combo = child<QComboBox>(w, "bHardwareCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("m3-ultra-96")));
    QVERIFY(cell(w, CompareModel::DecodeRow, CompareModel::BColumn) != before);
    QCOMPARE(header(w, CompareModel::BColumn), QStringLiteral("B: Mac Studio M3 Ultra 96GB"));
    // Devstral 2 as released (Q4_K_M, 70 GiB) does not fit the 96 GB M3 Ultra's 72 GiB: no speed then.
    QCOMPARE(cell(w, CompareModel::VerdictRow, CompareModel::BColumn), verdictText(Verdict::NoFit));
    QCOMPARE(cell(w, CompareModel::DecodeRow, CompareModel::BColumn), QStringLiteral("—"));
}

void TestCompareView::swapAndCheapestUpdateTheHeaders()
{
    MainWindow w(CatalogLoader::embedded());
    w.show();
    auto *table = child<QTableView>(w, "compareTable");
    const QString a = cell(w, CompareModel::DecodeRow, CompareModel::AColumn);
    const QString b = cell(w, CompareModel::DecodeRow, CompareModel::BColumn);
    QTest::mouseClick(child<QPushButton>(w, "swapButton"), Qt::LeftButton);
    QCOMPARE(cell(w, CompareModel::DecodeRow, CompareModel::AColumn), b);
    QCOMPARE(cell(w, CompareModel::DecodeRow, CompareModel::BColumn), a);
    QCOMPARE(side(w, 0).hardware.id, QStringLiteral("dgx-spark"));
    // The header the user sees names the box whose numbers are below it.
    QCOMPARE(table->horizontalHeader()->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("A: DGX Spark (GB10) 128GB"));
    QTest::mouseClick(child<QPushButton>(w, "cheapestBButton"), Qt::LeftButton);
    QCOMPARE(header(w, CompareModel::BColumn), QStringLiteral("B: ") + side(w, 1).hardware.name);
}

void TestCompareView::cheapestButtonPicksAComfortableBox()
{
    MainWindow w(CatalogLoader::embedded());
    auto *model = child<QComboBox>(w, "aModelCombo");
    model->setCurrentIndex(model->findData(QStringLiteral("devstral-small-2")));
    QTest::mouseClick(child<QPushButton>(w, "cheapestAButton"), Qt::LeftButton);
    const Costs::Side &a = side(w, 0);
    const auto expected =
        Costs::cheapestComfortable(CatalogLoader::embedded(), a.model, a.scenario, side(w, 1).hardware.id);
    QVERIFY(expected.has_value());
    QCOMPARE(a.hardware.id, CatalogLoader::embedded().hardware.at(*expected).id);
    QVERIFY(a.hardware.id != side(w, 1).hardware.id); // never A = B
    QCOMPARE(cell(w, CompareModel::VerdictRow, CompareModel::AColumn), verdictText(Verdict::Comfortable));
}

void TestCompareView::linkedFieldsShowTheValueInForce()
{
    MainWindow w(CatalogLoader::embedded());
    auto *shared = child<QSpinBox>(w, "compareContextSpin");
    auto *aContext = child<QSpinBox>(w, "aContextSpin");
    shared->setValue(65536);
    // Disabled while linked, but showing the context the table uses.
    QVERIFY(!aContext->isEnabled());
    QCOMPARE(aContext->value(), 65536);
    QCOMPARE(side(w, 0).scenario.contextTokens, 65536.0);
    // Unlinking keeps each side at the context that was in force, never a hidden one.
    child<QCheckBox>(w, "linkContextCheck")->setChecked(false);
    QVERIFY(aContext->isEnabled());
    QCOMPARE(side(w, 0).scenario.contextTokens, 65536.0);
    QCOMPARE(side(w, 1).scenario.contextTokens, 65536.0);
    auto *bContext = child<QSpinBox>(w, "bContextSpin");
    bContext->setValue(131072);
    QCOMPARE(side(w, 1).scenario.contextTokens, 131072.0);
    QCOMPARE(side(w, 0).scenario.contextTokens, 65536.0);
    child<QCheckBox>(w, "linkContextCheck")->setChecked(true);
    QCOMPARE(side(w, 1).scenario.contextTokens, 65536.0);
    QCOMPARE(bContext->value(), 65536);
}

void TestCompareView::handOverCarriesTheWholeScenario()
{
    MainWindow w(CatalogLoader::embedded());
    w.session().select(QStringLiteral("qwen3-coder-next"), QStringLiteral("rtx-pro-6000"));
    Scenario s = w.session().scenario();
    s.contextTokens = 262144;
    s.kvType = KvType::Q8_0;
    w.session().setScenario(s);
    w.compareSelectedAsA(); // Ctrl+D
    QCOMPARE(w.currentPage(), MainWindow::Page::Compare);
    QCOMPARE(child<QSpinBox>(w, "aContextSpin")->value(), 262144);
    QCOMPARE(child<QSpinBox>(w, "compareContextSpin")->value(), 262144);
    QCOMPARE(side(w, 0).scenario.contextTokens, 262144.0);
    QCOMPARE(side(w, 0).scenario.kvType, KvType::Q8_0);
    QCOMPARE(child<QComboBox>(w, "aKvCombo")->currentText(), QStringLiteral("q8_0"));
    // The compare side's verdict is the explorer's: one scenario, one answer.
    QCOMPARE(w.comparePage()->model()->costs(0).estimate.verdict, w.session().selectedEstimate().verdict);
}

void TestCompareView::advisorExplainsAndHandsOverItsContext()
{
    MainWindow w(CatalogLoader::embedded());
    w.showPage(MainWindow::Page::Advisor);
    w.show();
    auto *advisor = child<BudgetAdvisor>(w, "budgetAdvisor");
    QVERIFY(child<QCheckBox>(w, "advisorComfortableCheck")->isChecked()); // on by default
    auto *context = child<QSpinBox>(w, "advisorContextSpin");
    context->setValue(131072);
    QTRY_COMPARE(advisor->model()->inputs().scenario.contextTokens, 131072.0);
    QVERIFY(advisor->model()->rowCount() > 0);
    for (int r = 0; r < advisor->model()->rowCount(); ++r)
        QCOMPARE(advisor->model()->index(r, AdvisorModel::VerdictColumn).data().toString(),
                 verdictText(Verdict::Comfortable));
    const int comfortable = advisor->model()->rowCount();
    child<QCheckBox>(w, "advisorComfortableCheck")->setChecked(false);
    QTRY_VERIFY(advisor->model()->rowCount() > comfortable);
    auto *table = child<QTableView>(w, "advisorTable");
    table->selectRow(1);
    const QStringList ids = advisor->model()->index(1, 0).data(IdRole).toStringList();
    const int verdict = advisor->model()->index(1, AdvisorModel::VerdictColumn).data(VerdictRole).toInt();
    QTest::mouseClick(child<QPushButton>(w, "useAsBButton"), Qt::LeftButton);
    QCOMPARE(w.currentPage(), MainWindow::Page::Compare);
    QCOMPARE(side(w, 1).model.id, ids.at(0));
    QCOMPARE(side(w, 1).hardware.id, ids.at(1));
    // The advisor's 128K arrives with the pick, and so does its verdict.
    QCOMPARE(side(w, 1).scenario.contextTokens, 131072.0);
    QCOMPARE(int(w.comparePage()->model()->costs(1).estimate.verdict), verdict);
    // An impossible budget empties the list and says why.
    w.showPage(MainWindow::Page::Advisor);
    child<QDoubleSpinBox>(w, "budgetHighSpin")->setValue(100);
    QTRY_COMPARE(advisor->model()->rowCount(), 0);
}

void TestCompareView::moreSequencesCanServeTheWorkload()
{
    // A dense model reads its weights once per step for every sequence in the batch, so
    // serving four at once multiplies the tokens a day. (MoE batches touch more experts.)
    MainWindow w(CatalogLoader::embedded());
    smallDenseModelOnA3090(w);
    child<QDoubleSpinBox>(w, "tokensPerDaySpin")->setValue(6'000'000);
    child<QDoubleSpinBox>(w, "apiPriceSpin")->setValue(10);
    // One sequence makes fewer than 6M tokens a day (each also prefills its uncached input).
    QCOMPARE(cell(w, CompareModel::BreakevenRow, CompareModel::AColumn),
             QStringLiteral("cannot serve the daily tokens"));
    child<QSpinBox>(w, "compareBatchSpin")->setValue(4);
    QCOMPARE(side(w, 0).scenario.batch, 4);
    QVERIFY(w.comparePage()->model()->costs(0).estimate.runs());
    QVERIFY(w.comparePage()->model()->value(CompareModel::BreakevenRow, CompareModel::AColumn).has_value());
    // The capacity row and the recommendation read the same figures.
    const Costs::SideCosts &a = w.comparePage()->model()->costs(0);
    QVERIFY(!a.capacityShort && *a.capacityTokensPerDay >= 6'000'000);
    const QString advice = child<QLabel>(w, "recommendationLabel")->text();
    QVERIFY2(!advice.contains(QStringLiteral("RTX 3090 24GB serves at most")), qPrintable(advice));
}

void TestCompareView::costChartMarksWhereTheBoxPaysBack()
{
    MainWindow w(CatalogLoader::embedded());
    w.showPage(MainWindow::Page::Compare);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    smallDenseModelOnA3090(w);
    child<QSpinBox>(w, "compareBatchSpin")->setValue(4);
    child<QDoubleSpinBox>(w, "tokensPerDaySpin")->setValue(6'000'000);
    child<QDoubleSpinBox>(w, "apiPriceSpin")->setValue(10);
    auto *tabs = child<QTabWidget>(w, "compareChartTabs");
    auto *chart = child<CostChart>(w, "compareCostChart");
    tabs->setCurrentWidget(chart);
    QCoreApplication::processEvents();
    const Costs::SideCosts &a = w.comparePage()->model()->costs(0);
    QVERIFY2(a.breakevenMonths && *a.breakevenMonths < 36,
             qPrintable(cell(w, CompareModel::BreakevenRow, CompareModel::AColumn)));
    const auto series = chart->chart()->series();
    const auto *crossings = qobject_cast<QScatterSeries *>(series.at(4));
    QVERIFY(crossings);
    QVERIFY(chart->crossingCount() >= 1);
    QCOMPARE(crossings->at(0).x(), *a.breakevenMonths);
    // The box's line ends at the cost of ownership the table shows.
    const auto *line = qobject_cast<QLineSeries *>(series.at(0));
    QCOMPARE(line->points().constLast().x(), 36.0);
    QVERIFY(qAbs(line->points().constLast().y() - *a.tcoUsd) < 0.01);
    QCOMPARE(chart->lineCount(), 3); // A, B and the one API price both sides share
    // A horizon shorter than the payback: no crossing is drawn.
    child<QSpinBox>(w, "horizonSpin")->setValue(int(*a.breakevenMonths) - 1 > 0 ? int(*a.breakevenMonths) - 1 : 1);
    QCoreApplication::processEvents();
    const int crossingA = std::count_if(crossings->points().cbegin(), crossings->points().cend(),
                                        [&](const QPointF &p) { return qAbs(p.x() - *a.breakevenMonths) < 1e-6; });
    QCOMPARE(crossingA, 0);
}

void TestCompareView::workloadAssumptionsAreFieldsOfTheView()
{
    MainWindow w(CatalogLoader::embedded());
    const CompareModel *model = w.comparePage()->model();
    // Defaults as the contract states them, shown in the fields.
    QCOMPARE(child<QDoubleSpinBox>(w, "inputPerOutputSpin")->value(), Costs::kDefaultInputPerOutput);
    QCOMPARE(child<QDoubleSpinBox>(w, "cacheShareSpin")->value(), Costs::kDefaultCacheHitShare * 100);
    auto *host = child<QDoubleSpinBox>(w, "hostPriceSpin");
    QCOMPARE(host->text(), QStringLiteral("catalog host per card"));
    // A host price replaces the catalog's for the bare card (A: RTX PRO 6000) and moves its TCO.
    const double before = *model->costs(0).tcoUsd;
    const double catalogHost = *model->costs(0).hostUsd;
    host->setValue(500);
    QCOMPARE(*model->costs(0).hostUsd, 500.0);
    QVERIFY(qAbs(*model->costs(0).tcoUsd - (before - catalogHost + 500)) < 0.01);
    // Less cached input: more to prefill, fewer tokens a day.
    const double capacity = *model->costs(1).capacityTokensPerDay;
    child<QDoubleSpinBox>(w, "cacheShareSpin")->setValue(50);
    QCOMPARE(model->assumptions().cacheHitShare, 0.5);
    QVERIFY(*model->costs(1).capacityTokensPerDay < capacity);
    // A floor neither box reaches: neither qualifies, and the sentence names the floor.
    child<QDoubleSpinBox>(w, "speedFloorSpin")->setValue(5000);
    QVERIFY(!model->costs(0).meetsSpeedFloor && !model->costs(1).meetsSpeedFloor);
    const QString advice = child<QLabel>(w, "recommendationLabel")->text();
    QVERIFY2(advice.contains(QStringLiteral("below the 5,000 tok/s floor")), qPrintable(advice));
    QVERIFY2(advice.contains(QStringLiteral("Neither box: ")), qPrintable(advice));
    // They are part of the saved compare state.
    QCOMPARE(w.session().compare().assumptions.speedFloorTokS, 5000.0);
    QCOMPARE(*w.session().compare().assumptions.hostUsd, 500.0);
    host->setValue(host->minimum());
    QVERIFY(!w.session().compare().assumptions.hostUsd);
}

void TestCompareView::rowsAreNotTallOnFirstShow()
{
    MainWindow w(CatalogLoader::embedded());
    w.showPage(MainWindow::Page::Compare);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *table = child<QTableView>(w, "compareTable");
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QVERIFY2(table->rowHeight(r) <= table->fontMetrics().lineSpacing() * 2, qPrintable(QString::number(r)));
}

void TestCompareView::sidesAreRememberedAcrossRuns()
{
    {
        MainWindow w(CatalogLoader::embedded());
        auto *box = child<QComboBox>(w, "bHardwareCombo");
        box->setCurrentIndex(box->findData(QStringLiteral("strix-halo-128")));
        child<QCheckBox>(w, "linkContextCheck")->setChecked(false);
        child<QSpinBox>(w, "aContextSpin")->setValue(8192);
        w.close(); // saves the window state
    }
    MainWindow again(CatalogLoader::embedded());
    QCOMPARE(side(again, 1).hardware.id, QStringLiteral("strix-halo-128"));
    QVERIFY(!child<QCheckBox>(again, "linkContextCheck")->isChecked());
    QCOMPARE(side(again, 0).scenario.contextTokens, 8192.0);
}

// A unified box's usable memory depends on how it is set up (Linux GTT, a raised wired limit): each
// side picks a setting, the figures follow, the choice is remembered, another box starts at its own.
void TestCompareView::aSideRunsTheBoxAtAUsableSetting()
{
    {
        MainWindow w(CatalogLoader::embedded());
        auto *box = child<QComboBox>(w, "bHardwareCombo");
        auto *usable = child<QComboBox>(w, "bUsableSettingCombo");
        box->setCurrentIndex(box->findData(QStringLiteral("strix-halo-128")));
        QVERIFY(usable->isEnabled());
        QCOMPARE(usable->currentData().toString(), QString()); // the box's own first
        const HardwareSpec &catalogBox = *CatalogLoader::embedded().findHardware(QStringLiteral("strix-halo-128"));
        const UsableVariant *gtt = catalogBox.usableVariant(QStringLiteral("linux-gtt-120"));
        QVERIFY(gtt);
        QVERIFY(gtt->bytesPerDevice != catalogBox.usableBytesPerGpu);
        const double before = side(w, 1).hardware.usableBytesPerGpu;
        usable->setCurrentIndex(usable->findData(QStringLiteral("linux-gtt-120")));
        QCOMPARE(side(w, 1).hardware.usableBytesPerGpu, gtt->bytesPerDevice);
        QCOMPARE(w.comparePage()->model()->costs(1).estimate.usableBytes, gtt->bytesPerDevice);
        QVERIFY(side(w, 1).hardware.usableBytesPerGpu != before);
        QCOMPARE(w.session()
                     .toJson()
                     .value(QStringLiteral("compare"))
                     .toObject()
                     .value(QStringLiteral("b"))
                     .toObject()
                     .value(QStringLiteral("usable_setting"))
                     .toString(),
                 QStringLiteral("linux-gtt-120"));
        w.close(); // saves the window state
    }
    MainWindow again(CatalogLoader::embedded());
    QCOMPARE(again.session().compare().sides[1].usableSetting, QStringLiteral("linux-gtt-120"));
    QCOMPARE(child<QComboBox>(again, "bUsableSettingCombo")->currentData().toString(), QStringLiteral("linux-gtt-120"));
    // Another box: its own figure; a card with one figure has nothing to choose.
    auto *box = child<QComboBox>(again, "bHardwareCombo");
    box->setCurrentIndex(box->findData(QStringLiteral("rtx-3090")));
    QCOMPARE(again.session().compare().sides[1].usableSetting, QString());
    QVERIFY(!child<QComboBox>(again, "bUsableSettingCombo")->isEnabled());
    // A session saved before settings existed (format 1) opens with each box's own figure.
    QJsonObject old = again.session().toJson();
    QJsonObject compare = old.value(QStringLiteral("compare")).toObject();
    QJsonObject b = compare.value(QStringLiteral("b")).toObject();
    b.insert(QStringLiteral("hardware"), QStringLiteral("strix-halo-128"));
    b.remove(QStringLiteral("usable_setting"));
    compare.insert(QStringLiteral("b"), b);
    old.insert(QStringLiteral("compare"), compare);
    old.insert(QStringLiteral("format"), 1);
    QStringList problems;
    again.session().fromJson(old, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(side(again, 1).hardware.id, QStringLiteral("strix-halo-128"));
    QCOMPARE(again.session().compare().sides[1].usableSetting, QString());
    // A setting the box does not have is named as a problem, and the side keeps the box's own figure.
    b.insert(QStringLiteral("usable_setting"), QStringLiteral("macos-default"));
    compare.insert(QStringLiteral("b"), b);
    old.insert(QStringLiteral("compare"), compare);
    again.session().fromJson(old, &problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("linux-gtt-120")), qPrintable(problems.first()));
    QCOMPARE(again.session().compare().sides[1].usableSetting, QString());
}

void TestCompareView::commercialUseIsAControlOfTheView()
{
    MainWindow w(CatalogLoader::embedded());
    auto *commercial = child<QCheckBox>(w, "compareCommercialCheck");
    QVERIFY(!commercial->isChecked());
    QVERIFY(!w.session().compare().assumptions.commercialUse);
    // Devstral 2 (the default sides' model) may be used commercially only under conditions.
    auto *sentence = child<QLabel>(w, "recommendationLabel");
    QVERIFY(!sentence->text().contains(QStringLiteral("not cleared for commercial use")));
    commercial->click();
    QVERIFY(w.session().compare().assumptions.commercialUse);
    QVERIFY2(sentence->text().contains(QStringLiteral("not cleared for commercial use")), qPrintable(sentence->text()));
    // The session's value shows in the box: another way in (a scenario file) sets the control.
    CompareState c = w.session().compare();
    c.assumptions.commercialUse = false;
    w.session().setCompare(c);
    QVERIFY(!commercial->isChecked());
}

// Every way to get the tokens is a row under the sentence, read from the same decision: the
// floor's field and the rental pattern move the rows and the sentence together.
void TestCompareView::theOptionsAreRowsThatFollowTheFields()
{
    MainWindow w(CatalogLoader::embedded());
    w.resize(1280, 800);
    w.show();
    auto *box = child<QComboBox>(w, "aHardwareCombo");
    box->setCurrentIndex(box->findData(QStringLiteral("rtx-pro-6000")));
    auto *model = child<QComboBox>(w, "aModelCombo");
    model->setCurrentIndex(model->findData(QStringLiteral("qwen3-coder-next")));
    auto *modelB = child<QComboBox>(w, "bModelCombo");
    modelB->setCurrentIndex(modelB->findData(QStringLiteral("qwen3-coder-next")));
    const QAbstractItemModel *options = child<QTableView>(w, "compareOptionsTable")->model();
    const auto row = [&](const QString &key) {
        for (int r = 0; r < options->rowCount(); ++r) {
            if (options->index(r, OptionsModel::OptionColumn).data(IdRole).toString() == key)
                return r;
        }
        return -1;
    };
    // Buy A, rent A (RunPod rents the PRO 6000), buy B, the API: one row each.
    QVERIFY(row(QStringLiteral("a")) >= 0 && row(QStringLiteral("rent-a")) >= 0 && row(QStringLiteral("b")) >= 0 &&
            row(QStringLiteral("api")) >= 0);
    const Recommendation::Result &r = w.comparePage()->model()->recommendation();
    const int won = r.decision.choice.winner;
    QVERIFY(options->index(won, OptionsModel::OptionColumn).data(BetterRole).toBool());
    QVERIFY(options->index(won, OptionsModel::StatusColumn).data().toString().startsWith(QStringLiteral("✓")));
    // The cost cell is the decision's number, formatted once.
    const Decision::Option &rent = r.decision.choice.options.at(row(QStringLiteral("rent-a")));
    QCOMPARE(options->index(row(QStringLiteral("rent-a")), OptionsModel::CostColumn).data(RawValueRole).toDouble(),
             *rent.tcoUsd);
    // Reserved renting bills 24 hours a day: the rent row costs more, and the session keeps it.
    const double onDemand = *rent.tcoUsd;
    auto *pattern = child<QComboBox>(w, "rentalPatternCombo");
    pattern->setCurrentIndex(pattern->findData(int(Costs::RentalPattern::Reserved)));
    QCOMPARE(w.session().compare().assumptions.rentalPattern, Costs::RentalPattern::Reserved);
    QVERIFY(options->index(row(QStringLiteral("rent-a")), OptionsModel::CostColumn).data(RawValueRole).toDouble() >
            onDemand);
    // A floor no box meets: the box rows say why, the API row is what is left, and the sentence agrees.
    child<QDoubleSpinBox>(w, "answerWithinSpin")->setValue(1);
    QCOMPARE(w.session().compare().assumptions.answerWithinSeconds, 1.0);
    const QString status = options->index(row(QStringLiteral("b")), OptionsModel::StatusColumn).data().toString();
    QVERIFY2(status.startsWith(QStringLiteral("✗ answers in")), qPrintable(status));
    QVERIFY(options->index(row(QStringLiteral("api")), OptionsModel::OptionColumn).data(BetterRole).toBool());
    const QString sentence = child<QLabel>(w, "recommendationLabel")->text();
    QVERIFY2(sentence.contains(QStringLiteral("Neither box: call Qwen3-Coder-Next")), qPrintable(sentence));
}

// The advisor holds pairs to the compare view's floor, and its field is the session's value.
void TestCompareView::theAdvisorsFloorIsAFieldOfItsOwn()
{
    MainWindow w(CatalogLoader::embedded());
    auto *field = child<QDoubleSpinBox>(w, "advisorAnswerWithinSpin");
    QCOMPARE(field->value(), Costs::kDefaultAnswerWithinSeconds);
    field->setValue(20);
    QCOMPARE(w.session().advisor().answerWithinSeconds, 20.0);
    Costs::AdvisorInputs in = w.session().advisor();
    in.answerWithinSeconds = 90;
    w.session().setAdvisor(in);
    QCOMPARE(field->value(), 90.0);
    // Saved with the session: a restart keeps it.
    QCOMPARE(w.session()
                 .toJson()
                 .value(QStringLiteral("advisor"))
                 .toObject()
                 .value(QStringLiteral("answer_within_seconds"))
                 .toDouble(),
             90.0);
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
