// Every item model and proxy under QAbstractItemModelTester, with formatted text and raw roles,
// and the one-way flow: the store and the session change, the models say exactly what changed.
#include "testsupport.h"

#include "advisormodel.h"
#include "catalogfilters.h"
#include "catalogstore.h"
#include "comparemodel.h"
#include "contextsweepmodel.h"
#include "engine.h"
#include "estimategrid.h"
#include "fitmatrixmodel.h"
#include "format.h"
#include "hardwaretablemodel.h"
#include "matrixproxy.h"
#include "modeltablemodel.h"
#include "optionsmodel.h"
#include "roles.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTransposeProxyModel>

using namespace Headroom;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::QtTest;

QStringList ids(const QAbstractItemModel &model, Qt::Orientation orientation)
{
    QCoreApplication::processEvents(); // the matrix follows its lists from the event loop
    QStringList found;
    const int count = orientation == Qt::Vertical ? model.rowCount() : model.columnCount();
    for (int i = 0; i < count; ++i)
        found << model.headerData(i, orientation, IdRole).toString();
    return found;
}

QStringList listIds(const QAbstractItemModel &model)
{
    QStringList found;
    for (int r = 0; r < model.rowCount(); ++r)
        found << model.index(r, 0).data(IdRole).toString();
    return found;
}
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyModelUnderTester();
    void advisorRowsOutliveACatalogEdit();
    void displayCarriesUnitsRawIsNumber();
    void sortsByRawValue();
    void missingPriceIsADash();
    void unitSwitchEmitsDataChanged();
    void scenarioStepIsOneDataChanged();
    void usableEditTouchesOneRow();
    void gridCellsStayTheEnginesAfterEdits();
    void eachFilterNarrowsItsOwnListAndTheMatrix();
    void fitsSelectedBoxFollowsTheGrid();
    void matrixCellsSayWhyNotASpeed();
    void sweepEndsAtTheModelsContext();

private:
    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<Session> m_session;
};

void TestItemModels::init()
{
    Format::setByteUnit(Format::ByteUnit::GiB);
    m_session.reset();
    m_store = std::make_unique<CatalogStore>(CatalogLoader::embedded());
    m_session = std::make_unique<Session>(m_store.get());
}

// Found by the monkey (seed 20261208): removing a model while the advisor showed picks made its rows
// index past the live catalog's end, and the next paint crashed. The picks keep the catalog they
// were ranked in until the next ranking replaces them.
void TestItemModels::advisorRowsOutliveACatalogEdit()
{
    Catalog live = CatalogLoader::embedded();
    AdvisorModel advisor;
    advisor.setAdvice(live, {}, Costs::advise(live, {}));
    QVERIFY(advisor.rowCount() > 0);
    QStringList before;
    for (int row = 0; row < advisor.rowCount(); ++row)
        before << advisor.index(row, AdvisorModel::ModelColumn).data().toString();
    live.models.clear(); // the store's catalog after a removal and a reset
    live.hardware.clear();
    for (int row = 0; row < advisor.rowCount(); ++row)
        QCOMPARE(advisor.index(row, AdvisorModel::ModelColumn).data().toString(), before.at(row));
}

void TestItemModels::everyModelUnderTester()
{
    ModelTableModel models(m_store.get());
    HardwareTableModel hardware(m_store.get());
    FitMatrixModel matrix(&m_session->grid());
    ModelFilter modelFilter(m_session.get());
    HardwareFilter hardwareFilter;
    modelFilter.setSourceModel(&models);
    hardwareFilter.setSourceModel(&hardware);
    MatrixProxy proxy(&matrix, &hardwareFilter, &modelFilter);
    QTransposeProxyModel transposed;
    transposed.setSourceModel(&proxy);
    ContextSweepModel sweep(m_session.get());
    CompareModel compare(m_session.get());
    OptionsModel options(&compare);
    AdvisorModel advisor;
    advisor.setAdvice(m_store->catalog(), {}, Costs::advise(m_store->catalog(), {}));
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model :
         std::initializer_list<QAbstractItemModel *>{&models, &hardware, &matrix, &modelFilter, &hardwareFilter, &proxy,
                                                     &transposed, &sweep, &compare, &options, &advisor})
        testers.push_back(std::make_unique<QAbstractItemModelTester>(model, kFatal));
    QCOMPARE(models.rowCount(), m_store->modelCount());
    QCOMPARE(matrix.rowCount(), m_store->hardwareCount());
    QCOMPARE(matrix.columnCount(), m_store->modelCount());
    QCOMPARE(proxy.rowCount(), m_store->hardwareCount());
    QCOMPARE(transposed.columnCount(), m_store->hardwareCount());
    QCOMPARE(sweep.rowCount(), ContextSweepModel::kSamples + 1);
    QVERIFY(advisor.rowCount() > 0);
    QCOMPARE(models.rowCount(models.index(0, 0)), 0);
    // Work the models while the testers watch: a scenario step, a filter, a usable edit, a reset.
    Scenario s = m_session->scenario();
    s.contextTokens = 131072;
    m_session->setScenario(s);
    modelFilter.setText(QStringLiteral("qwen"));
    hardwareFilter.setVendor(QStringLiteral("apple"));
    m_store->setUsable(m_store->hardwareRow(QStringLiteral("m5-max-128")), 100.0 * (1 << 30), QStringLiteral("test"));
    m_session->swapSides();
    // Own entries come and go (rows added and removed), and a whole user catalog is swapped.
    HardwareSpec own = m_store->hardware(0);
    own.id = QStringLiteral("own-box");
    m_store->setUserHardware(own.id, own);
    ModelSpec ownModel = m_store->model(0);
    ownModel.id = QStringLiteral("own-model");
    m_store->setUserModel(ownModel.id, ownModel);
    m_store->setUserHardware(own.id, std::nullopt);
    m_store->setUserCatalog({});
    QCoreApplication::processEvents(); // a reset empties the matrix until its lists are done too
    QVERIFY(proxy.rowCount() > 0);
}

void TestItemModels::displayCarriesUnitsRawIsNumber()
{
    HardwareTableModel hardware(m_store.get());
    const int row = hardware.rowOf(QStringLiteral("rtx-pro-6000"));
    const QModelIndex memory = hardware.index(row, HardwareTableModel::MemoryColumn);
    QCOMPARE(memory.data().toString(), QStringLiteral("96.0 GiB"));
    QCOMPARE(memory.data(RawValueRole).toDouble(), 96.0 * 1024 * 1024 * 1024);
    QVERIFY(memory.data(Qt::ToolTipRole).toString().contains(QStringLiteral("as of")));
    QCOMPARE(hardware.index(row, HardwareTableModel::BandwidthColumn).data().toString(), QStringLiteral("1,792 GB/s"));

    ModelTableModel models(m_store.get());
    const int glm = models.rowOf(QStringLiteral("glm-5.2"));
    QCOMPARE(models.index(glm, ModelTableModel::SweVerifiedColumn).data().toString(), QStringLiteral("—"));
    QVERIFY(!models.index(glm, ModelTableModel::SweVerifiedColumn).data(RawValueRole).isValid());
    QCOMPARE(models.index(glm, ModelTableModel::SweProColumn).data().toString(), QStringLiteral("62.1%*"));
    QCOMPARE(models.index(glm, ModelTableModel::TotalParamsColumn).data().toString(), QStringLiteral("744B"));
}

void TestItemModels::sortsByRawValue()
{
    ModelTableModel models(m_store.get());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&models);
    proxy.setSortRole(RawValueRole);
    proxy.sort(ModelTableModel::TotalParamsColumn, Qt::DescendingOrder);
    // Text sorting would put "80B" above "744B"; numbers put the 2.8T model first.
    QCOMPARE(proxy.index(0, ModelTableModel::NameColumn).data().toString(), QStringLiteral("Kimi K3"));
    QCOMPARE(proxy.index(proxy.rowCount() - 1, ModelTableModel::NameColumn).data().toString(),
             QStringLiteral("Llama 3.1 8B"));
}

void TestItemModels::missingPriceIsADash()
{
    HardwareTableModel hardware(m_store.get());
    const QModelIndex price =
        hardware.index(hardware.rowOf(QStringLiteral("m4-max-128")), HardwareTableModel::PriceColumn);
    QCOMPARE(price.data().toString(), QStringLiteral("—"));
    QVERIFY(!price.data(RawValueRole).isValid());
}

void TestItemModels::unitSwitchEmitsDataChanged()
{
    HardwareTableModel hardware(m_store.get());
    QSignalSpy spy(&hardware, &HardwareTableModel::dataChanged);
    Format::setByteUnit(Format::ByteUnit::GB);
    hardware.refreshUnits();
    QCOMPARE(spy.count(), 1);
    const QModelIndex memory =
        hardware.index(hardware.rowOf(QStringLiteral("rtx-pro-6000")), HardwareTableModel::MemoryColumn);
    QCOMPARE(memory.data().toString(), QStringLiteral("103.1 GB"));
}

void TestItemModels::scenarioStepIsOneDataChanged()
{
    FitMatrixModel matrix(&m_session->grid());
    ModelTableModel models(m_store.get());
    HardwareTableModel hardware(m_store.get());
    ModelFilter modelFilter(m_session.get());
    HardwareFilter hardwareFilter;
    modelFilter.setSourceModel(&models);
    hardwareFilter.setSourceModel(&hardware);
    MatrixProxy proxy(&matrix, &hardwareFilter, &modelFilter);
    QSignalSpy changed(&matrix, &FitMatrixModel::dataChanged);
    QSignalSpy proxyChanged(&proxy, &MatrixProxy::dataChanged);
    QSignalSpy reset(&proxy, &MatrixProxy::modelReset);
    Scenario s = m_session->scenario();
    s.contextTokens = 131072;
    m_session->setScenario(s);
    QCOMPARE(changed.count(), 1); // one signal per slider step, no reset
    QCOMPARE(proxyChanged.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestItemModels::usableEditTouchesOneRow()
{
    FitMatrixModel matrix(&m_session->grid());
    QSignalSpy changed(&matrix, &FitMatrixModel::dataChanged);
    QSignalSpy reset(&matrix, &FitMatrixModel::modelReset);
    const int row = m_store->hardwareRow(QStringLiteral("m5-max-128"));
    const Estimate before = matrix.estimateAt(row, m_store->modelRow(QStringLiteral("devstral-2")));
    m_store->setUsable(row, 120.0 * (1 << 30), QStringLiteral("raised wired limit"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto args = changed.takeFirst();
    QCOMPARE(args.at(0).toModelIndex().row(), row);
    QCOMPARE(args.at(1).toModelIndex().row(), row);
    const Estimate after = matrix.estimateAt(row, m_store->modelRow(QStringLiteral("devstral-2")));
    QCOMPARE(after.usableBytes, 120.0 * (1 << 30));
    QVERIFY(after.headroomBytes > before.headroomBytes);
}

// The grid works each model's and box's terms out once per scenario and keeps them: after a
// model, a box and the scenario change, every cell must still be what the engine says from the specs.
void TestItemModels::gridCellsStayTheEnginesAfterEdits()
{
    EstimateGrid &grid = m_session->grid();
    const auto compareAll = [&](const char *when) {
        int compared = 0;
        for (int h = 0; h < m_store->hardwareCount(); ++h) {
            for (int m = 0; m < m_store->modelCount(); ++m) {
                const EstimateFigures uncached = grid.figuresAt(h, m); // before the cell is cached
                const Estimate cell = grid.at(h, m);
                const Estimate fresh = Engine::estimate(m_store->model(m), m_store->hardware(h), grid.scenario(),
                                                        m_store->calibration(h), m_store->host(h));
                const QByteArray where =
                    QByteArray(when) + ": " + m_store->hardware(h).id.toUtf8() + " × " + m_store->model(m).id.toUtf8();
                QVERIFY2(cell.ok() == fresh.ok(), where);
                QVERIFY2(cell.verdict == fresh.verdict, where);
                QVERIFY2(cell.totalBytes == fresh.totalBytes, where);
                QVERIFY2(cell.usableBytes == fresh.usableBytes, where);
                QVERIFY2(cell.decodeTokS == fresh.decodeTokS, where);
                QVERIFY2(cell.prefillTokS == fresh.prefillTokS, where);
                QVERIFY2(cell.format.name == fresh.format.name, where);
                QVERIFY2(uncached.valid == fresh.ok() && uncached.verdict == fresh.verdict &&
                             uncached.totalBytes == fresh.totalBytes && uncached.decodeTokS == fresh.decodeTokS,
                         where);
                QVERIFY2(grid.figuresAt(h, m).decodeTokS == fresh.decodeTokS, where); // and once cached
                ++compared;
            }
        }
        QVERIFY(compared > 1000);
    };
    Scenario scenario = grid.scenario();
    scenario.contextTokens = 131072;
    scenario.batch = 2;
    scenario.allowOffload = true;
    m_session->setScenario(scenario);
    compareAll("scenario");
    // Context steps keep each model's terms and move them: past some models' maximum, far past it
    // (outside the limits: terms made again), and back.
    for (const double context : {4096.0, 300000.0, 1e12, 65536.0}) {
        scenario.contextTokens = context;
        m_session->setScenario(scenario);
        compareAll(qPrintable(QStringLiteral("context %1").arg(context)));
    }

    const QString modelId = QStringLiteral("devstral-2");
    ModelSpec bigger = m_store->model(m_store->modelRow(modelId));
    bigger.paramsTotal *= 2;
    bigger.paramsActive *= 2;
    m_store->setUserModel(modelId, bigger);
    compareAll("model edited");

    const int boxRow = m_store->hardwareRow(QStringLiteral("rtx-5090"));
    m_store->setUsable(boxRow, 20.0 * (1 << 30), QStringLiteral("a display takes some"));
    HardwareSpec faster = m_store->hardware(m_store->hardwareRow(QStringLiteral("rtx-4090")));
    faster.bandwidthBytesPerSecond *= 1.5;
    m_store->setUserHardware(faster.id, faster);
    compareAll("boxes edited");
}

void TestItemModels::eachFilterNarrowsItsOwnListAndTheMatrix()
{
    ModelTableModel models(m_store.get());
    HardwareTableModel hardware(m_store.get());
    FitMatrixModel matrix(&m_session->grid());
    ModelFilter modelFilter(m_session.get());
    HardwareFilter hardwareFilter;
    modelFilter.setSourceModel(&models);
    hardwareFilter.setSourceModel(&hardware);
    MatrixProxy proxy(&matrix, &hardwareFilter, &modelFilter);
    modelFilter.setText(QStringLiteral("gpt-oss"));
    // The model search narrows the model list and the matrix columns, not the hardware list.
    QCOMPARE(modelFilter.rowCount(), 2);
    QCOMPARE(hardwareFilter.rowCount(), m_store->hardwareCount());
    QCOMPARE(ids(proxy, Qt::Horizontal), listIds(modelFilter));
    hardwareFilter.setVendor(QStringLiteral("apple"));
    QCOMPARE(ids(proxy, Qt::Vertical), listIds(hardwareFilter));
    QVERIFY(hardwareFilter.rowCount() >= 3 && hardwareFilter.rowCount() < m_store->hardwareCount());
    hardwareFilter.setVendor(QString());
    hardwareFilter.setMemoryRange(96.0 * (1 << 30), 128.0 * (1 << 30));
    QStringList shown = ids(proxy, Qt::Vertical);
    shown.sort();
    QCOMPARE(shown, (QStringList{QStringLiteral("amd-ryzen-ai-halo-128"), QStringLiteral("dgx-spark"),
                                 QStringLiteral("jetson-agx-thor"), QStringLiteral("m3-ultra-96"),
                                 QStringLiteral("m4-max-128"), QStringLiteral("m5-max-128"),
                                 QStringLiteral("m5-ultra-96"), QStringLiteral("mac-studio-m5-max-128"),
                                 QStringLiteral("rtx-pro-6000"), QStringLiteral("strix-halo-128")}));
    // The matrix follows the lists' order too.
    hardwareFilter.sort(HardwareTableModel::BandwidthColumn, Qt::DescendingOrder);
    QCOMPARE(ids(proxy, Qt::Vertical), listIds(hardwareFilter));
    QCOMPARE(ids(proxy, Qt::Vertical).constFirst(), QStringLiteral("rtx-pro-6000"));
}

void TestItemModels::fitsSelectedBoxFollowsTheGrid()
{
    ModelTableModel models(m_store.get());
    ModelFilter filter(m_session.get());
    filter.setSourceModel(&models);
    m_session->select(QStringLiteral("devstral-small-2"), QStringLiteral("dgx-spark"));
    filter.setFitsSelectedBox(true);
    const QStringList onSpark = listIds(filter);
    QVERIFY(!onSpark.contains(QStringLiteral("glm-5.2")));
    for (const QString &id : onSpark)
        QVERIFY(m_session->grid().at(m_session->hardwareRow(), m_store->modelRow(id)).runs());
    // 256K tokens: gpt-oss (128K) exceeds its context and leaves the list.
    QVERIFY(onSpark.contains(QStringLiteral("gpt-oss-120b")));
    Scenario s = m_session->scenario();
    s.contextTokens = 262144;
    m_session->setScenario(s);
    QVERIFY(!listIds(filter).contains(QStringLiteral("gpt-oss-120b")));
}

void TestItemModels::matrixCellsSayWhyNotASpeed()
{
    FitMatrixModel matrix(&m_session->grid());
    Scenario s = m_session->scenario();
    s.contextTokens = 262144;
    m_session->setScenario(s);
    const QModelIndex beyond = matrix.index(m_store->hardwareRow(QStringLiteral("rtx-pro-6000")),
                                            m_store->modelRow(QStringLiteral("gpt-oss-120b")));
    QCOMPARE(beyond.data(VerdictRole).toInt(), int(Verdict::ExceedsModelContext));
    QCOMPARE(beyond.data().toString(), QStringLiteral("> 128K"));
    QVERIFY(!beyond.data(DecodeRole).isValid());
    s.contextTokens = 32768;
    s.gpus = 2; // the matrix follows the GPU setting; a box that holds one says so
    m_session->setScenario(s);
    const QModelIndex mac = matrix.index(m_store->hardwareRow(QStringLiteral("m5-max-128")),
                                         m_store->modelRow(QStringLiteral("devstral-2")));
    QCOMPARE(mac.data().toString(), QStringLiteral("max 1"));
    QVERIFY(mac.data(Qt::ToolTipRole).toString().contains(QStringLiteral("at most 1")));
    const QModelIndex h100 =
        matrix.index(m_store->hardwareRow(QStringLiteral("h100-sxm")), m_store->modelRow(QStringLiteral("devstral-2")));
    QCOMPARE(matrix.estimateAt(h100.row(), h100.column()).gpus, 2);
}

void TestItemModels::sweepEndsAtTheModelsContext()
{
    ContextSweepModel sweep(m_session.get());
    m_session->select(QStringLiteral("gpt-oss-120b"), QStringLiteral("rtx-pro-6000"));
    Scenario s = m_session->scenario();
    s.contextTokens = 524288;
    m_session->setScenario(s);
    QCOMPARE(sweep.current().verdict, Verdict::ExceedsModelContext);
    QCOMPARE(sweep.lastContext(), 524288.0);
    for (int r = 0; r < sweep.rowCount(); ++r) {
        const double context = sweep.index(r, ContextSweepModel::ContextColumn).data(RawValueRole).toDouble();
        const bool beyond = context > 131072;
        QCOMPARE(sweep.index(r, ContextSweepModel::DecodeColumn).data(RawValueRole).isValid(), !beyond);
    }
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
