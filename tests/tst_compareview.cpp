// Drives the compare view and the budget advisor through their real widgets.
#include "advisormodel.h"
#include "budgetadvisor.h"
#include "catalog.h"
#include "comparemodel.h"
#include "compareview.h"
#include "mainwindow.h"
#include "roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
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
    void changingBoxBUpdatesRows();
    void swapExchangesColumns();
    void cheapestButtonPicksAComfortableBox();
    void unlinkedContextIsPerSide();
    void advisorFillsBoxB();
    void moreSequencesCanServeTheWorkload();

private:
    template<typename T>
    static T *child(QWidget &w, const char *name)
    {
        T *found = w.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    static QString cell(CompareView &view, int row, int column)
    {
        return view.model()->index(row, column).data().toString();
    }
};

void TestCompareView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCompareView::changingBoxBUpdatesRows()
{
    CompareView view(CatalogLoader::embedded());
    const QString before = cell(view, CompareModel::DecodeRow, CompareModel::BColumn);
    auto *combo = child<QComboBox>(view, "bHardwareCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("m3-ultra-96")));
    QVERIFY(cell(view, CompareModel::DecodeRow, CompareModel::BColumn) != before);
    QCOMPARE(view.model()->headerData(CompareModel::BColumn, Qt::Horizontal).toString(),
             QStringLiteral("B: Mac Studio M3 Ultra 96GB"));
    QCOMPARE(cell(view, CompareModel::VerdictRow, CompareModel::BColumn), QStringLiteral("no-fit"));
    QCOMPARE(cell(view, CompareModel::DecodeRow, CompareModel::BColumn), QStringLiteral("—"));
}

void TestCompareView::swapExchangesColumns()
{
    CompareView view(CatalogLoader::embedded());
    const QString a = cell(view, CompareModel::DecodeRow, CompareModel::AColumn);
    const QString b = cell(view, CompareModel::DecodeRow, CompareModel::BColumn);
    QTest::mouseClick(child<QPushButton>(view, "swapButton"), Qt::LeftButton);
    QCOMPARE(cell(view, CompareModel::DecodeRow, CompareModel::AColumn), b);
    QCOMPARE(cell(view, CompareModel::DecodeRow, CompareModel::BColumn), a);
    QCOMPARE(view.side(0).hardware.id, QStringLiteral("dgx-spark"));
}

void TestCompareView::cheapestButtonPicksAComfortableBox()
{
    CompareView view(CatalogLoader::embedded());
    auto *model = child<QComboBox>(view, "aModelCombo");
    model->setCurrentIndex(model->findData(QStringLiteral("devstral-small-2")));
    QTest::mouseClick(child<QPushButton>(view, "cheapestAButton"), Qt::LeftButton);
    const Costs::Side a = view.side(0);
    const auto expected = Costs::cheapestComfortable(CatalogLoader::embedded(), a.model, a.scenario);
    QVERIFY(expected.has_value());
    QCOMPARE(a.hardware.id, CatalogLoader::embedded().hardware.at(*expected).id);
    QCOMPARE(cell(view, CompareModel::VerdictRow, CompareModel::AColumn), QStringLiteral("comfortable"));
}

void TestCompareView::unlinkedContextIsPerSide()
{
    CompareView view(CatalogLoader::embedded());
    child<QCheckBox>(view, "linkContextCheck")->setChecked(false);
    auto *bContext = child<QSpinBox>(view, "bContextSpin");
    QVERIFY(bContext->isEnabled());
    bContext->setValue(131072);
    QCOMPARE(view.side(1).scenario.contextTokens, 131072.0);
    QCOMPARE(view.side(0).scenario.contextTokens, 32768.0);
    child<QCheckBox>(view, "linkContextCheck")->setChecked(true);
    QCOMPARE(view.side(1).scenario.contextTokens, 32768.0);
}

void TestCompareView::advisorFillsBoxB()
{
    MainWindow window(CatalogLoader::embedded());
    auto *advisor = child<BudgetAdvisor>(window, "budgetAdvisor");
    QVERIFY(advisor->model()->rowCount() > 0);
    auto *table = child<QTableView>(window, "advisorTable");
    table->selectRow(2);
    const QStringList ids = advisor->model()->index(2, 0).data(IdRole).toStringList();
    QTest::mouseClick(child<QPushButton>(window, "useAsBButton"), Qt::LeftButton);
    QCOMPARE(child<QTabWidget>(window, "modeTabs")->currentIndex(), 1);
    auto *compare = child<CompareView>(window, "compareView");
    QCOMPARE(compare->side(1).model.id, ids.at(0));
    QCOMPARE(compare->side(1).hardware.id, ids.at(1));
    // An impossible budget empties the list and says why.
    child<QDoubleSpinBox>(window, "budgetHighSpin")->setValue(100);
    QCOMPARE(advisor->model()->rowCount(), 0);
}

void TestCompareView::moreSequencesCanServeTheWorkload()
{
    // A dense model reads its weights once per step for every sequence in the batch, so
    // serving four at once multiplies the tokens a day. (MoE batches touch more experts.)
    CompareView view(CatalogLoader::embedded());
    auto *model = child<QComboBox>(view, "aModelCombo");
    model->setCurrentIndex(model->findData(QStringLiteral("devstral-small-2")));
    auto *box = child<QComboBox>(view, "aHardwareCombo");
    box->setCurrentIndex(box->findData(QStringLiteral("rtx-3090")));
    child<QSpinBox>(view, "compareContextSpin")->setValue(4096);
    child<QDoubleSpinBox>(view, "tokensPerDaySpin")->setValue(8'000'000);
    child<QDoubleSpinBox>(view, "apiPriceSpin")->setValue(10);
    // One sequence (~43 tok/s) makes about 3.7M tokens a day: not enough for 8M.
    QCOMPARE(cell(view, CompareModel::BreakevenRow, CompareModel::AColumn),
             QStringLiteral("cannot serve the daily tokens"));
    child<QSpinBox>(view, "compareBatchSpin")->setValue(4);
    QCOMPARE(view.side(0).scenario.batch, 4);
    QVERIFY(cell(view, CompareModel::VerdictRow, CompareModel::AColumn) != QStringLiteral("no-fit"));
    QVERIFY(view.model()->value(CompareModel::BreakevenRow, CompareModel::AColumn).has_value());
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
