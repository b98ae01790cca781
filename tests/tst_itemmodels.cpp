// Catalog item models under QAbstractItemModelTester, with formatted text and raw roles.
#include "testsupport.h"

#include "catalogfilter.h"
#include "fitmatrixmodel.h"
#include "format.h"
#include "hardwaretablemodel.h"
#include "modeltablemodel.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace Headroom;

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void modelTableIsConsistent();
    void hardwareTableIsConsistent();
    void displayCarriesUnitsRawIsNumber();
    void sortsByRawValue();
    void missingPriceIsADash();
    void unitSwitchEmitsDataChanged();
    void fitMatrixAndFiltersUnderTester();
};

void TestItemModels::modelTableIsConsistent()
{
    ModelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setModels(CatalogLoader::embedded().models);
    QCOMPARE(model.rowCount(), CatalogLoader::embedded().models.size());
    QCOMPARE(model.columnCount(), int(ModelTableModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestItemModels::hardwareTableIsConsistent()
{
    HardwareTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHardware(CatalogLoader::embedded().hardware);
    QCOMPARE(model.rowCount(), CatalogLoader::embedded().hardware.size());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setFilterFixedString(QStringLiteral("RTX"));
    QVERIFY(proxy.rowCount() >= 4);
}

void TestItemModels::displayCarriesUnitsRawIsNumber()
{
    Format::setByteUnit(Format::ByteUnit::GiB);
    HardwareTableModel hardware;
    hardware.setHardware(CatalogLoader::embedded().hardware);
    const int row = hardware.rowOf(QStringLiteral("rtx-pro-6000"));
    const QModelIndex memory = hardware.index(row, HardwareTableModel::MemoryColumn);
    QCOMPARE(memory.data().toString(), QStringLiteral("96.0 GiB"));
    QCOMPARE(memory.data(RawValueRole).toDouble(), 96.0 * 1024 * 1024 * 1024);
    QVERIFY(memory.data(Qt::ToolTipRole).toString().contains(QStringLiteral("as of")));
    QCOMPARE(hardware.index(row, HardwareTableModel::BandwidthColumn).data().toString(), QStringLiteral("1,792 GB/s"));

    ModelTableModel models;
    models.setModels(CatalogLoader::embedded().models);
    const int glm = models.rowOf(QStringLiteral("glm-5.2"));
    QCOMPARE(models.index(glm, ModelTableModel::SweVerifiedColumn).data().toString(), QStringLiteral("—"));
    QVERIFY(!models.index(glm, ModelTableModel::SweVerifiedColumn).data(RawValueRole).isValid());
    QCOMPARE(models.index(glm, ModelTableModel::SweProColumn).data().toString(), QStringLiteral("62.1%*"));
    QCOMPARE(models.index(glm, ModelTableModel::TotalParamsColumn).data().toString(), QStringLiteral("744B"));
}

void TestItemModels::sortsByRawValue()
{
    ModelTableModel models;
    models.setModels(CatalogLoader::embedded().models);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&models);
    proxy.setSortRole(RawValueRole);
    proxy.sort(ModelTableModel::TotalParamsColumn, Qt::DescendingOrder);
    // Text sorting would put "80B" above "744B"; numbers put the 1.6T model first.
    QCOMPARE(proxy.index(0, ModelTableModel::NameColumn).data().toString(), QStringLiteral("DeepSeek V4-Pro"));
    QCOMPARE(proxy.index(proxy.rowCount() - 1, ModelTableModel::NameColumn).data().toString(),
             QStringLiteral("Llama 3.1 8B"));
}

void TestItemModels::missingPriceIsADash()
{
    HardwareTableModel hardware;
    hardware.setHardware(CatalogLoader::embedded().hardware);
    const QModelIndex price =
        hardware.index(hardware.rowOf(QStringLiteral("m4-max-128")), HardwareTableModel::PriceColumn);
    QCOMPARE(price.data().toString(), QStringLiteral("—"));
    QVERIFY(!price.data(RawValueRole).isValid());
}

void TestItemModels::unitSwitchEmitsDataChanged()
{
    HardwareTableModel hardware;
    hardware.setHardware(CatalogLoader::embedded().hardware);
    QSignalSpy spy(&hardware, &HardwareTableModel::dataChanged);
    Format::setByteUnit(Format::ByteUnit::GB);
    hardware.refreshUnits();
    QCOMPARE(spy.count(), 1);
    const QModelIndex memory =
        hardware.index(hardware.rowOf(QStringLiteral("rtx-pro-6000")), HardwareTableModel::MemoryColumn);
    QCOMPARE(memory.data().toString(), QStringLiteral("103.1 GB"));
    Format::setByteUnit(Format::ByteUnit::GiB);
}

void TestItemModels::fitMatrixAndFiltersUnderTester()
{
    const Catalog &catalog = CatalogLoader::embedded();
    FitMatrixModel matrix;
    QAbstractItemModelTester matrixTester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    matrix.setCatalog(&catalog);
    QCOMPARE(matrix.rowCount(), catalog.hardware.size());
    QCOMPARE(matrix.columnCount(), catalog.models.size());
    QSignalSpy changed(&matrix, &FitMatrixModel::dataChanged);
    Scenario s;
    s.contextTokens = 131072;
    matrix.setScenario(s);
    QCOMPARE(changed.count(), 1); // one signal per slider step, no reset

    ModelTableModel models;
    models.setModels(catalog.models);
    CatalogFilter filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&models);
    filter.setSingleBoxOnly(true);
    const int singleBox = filter.rowCount();
    QVERIFY(singleBox > 0 && singleBox < models.rowCount());
    filter.setSingleBoxOnly(false);
    int spark = -1;
    for (int i = 0; i < catalog.hardware.size(); ++i)
        spark = catalog.hardware.at(i).id == QLatin1String("dgx-spark") ? i : spark;
    filter.setFitsHardware(&matrix, spark);
    for (int r = 0; r < filter.rowCount(); ++r)
        QVERIFY(filter.index(r, 0).data().toString() != QStringLiteral("GLM-5.2"));
    QVERIFY(filter.rowCount() < models.rowCount());
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
