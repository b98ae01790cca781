// Drives the real explorer window by objectName, as a user would.
#include "catalog.h"
#include "charts/bandwidthchart.h"
#include "charts/contextchart.h"
#include "charts/qualitychart.h"
#include "fitmatrixmodel.h"
#include "hardwaretablemodel.h"
#include "mainwindow.h"
#include "roles.h"

#include <QSettings>
#include <QUndoStack>

#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Headroom;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contextSliderMovesKvVerdictAndMatrix();
    void clickingMatrixCellSelectsPair();
    void searchFilters();
    void fitsFilterKeepsOnlyFittingModels();
    void chartHasEveryLocalBox();
    void contextAndQualityCharts();
    void fileMenuExports();
    void germanTranslationLoads();
    void usableMemoryIsEditableAndUndoable();

private:
    static int hardwareRow(const char *id)
    {
        const auto &all = CatalogLoader::embedded().hardware;
        for (int i = 0; i < all.size(); ++i)
            if (all.at(i).id == QLatin1String(id))
                return i;
        return -1;
    }
    static int modelColumn(const char *id)
    {
        const auto &all = CatalogLoader::embedded().models;
        for (int i = 0; i < all.size(); ++i)
            if (all.at(i).id == QLatin1String(id))
                return i;
        return -1;
    }

    template<typename T>
    T *child(MainWindow &w, const char *name)
    {
        T *found = w.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never read or write the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTests"));
}

void TestMainWindow::contextSliderMovesKvVerdictAndMatrix()
{
    MainWindow w(CatalogLoader::embedded());
    w.show();
    w.selectPair(QStringLiteral("devstral-2"), QStringLiteral("rtx-pro-6000"));
    auto *slider = child<QSlider>(w, "contextSlider");
    auto *kv = child<QLabel>(w, "kvLabel");
    auto *verdict = child<QLabel>(w, "verdictLabel");
    auto *matrix = child<QTableView>(w, "fitMatrix");
    slider->setValue(0); // 4K
    const QString kvShort = kv->text();
    const QString verdictShort = verdict->text();
    const QModelIndex cell = matrix->model()->index(hardwareRow("rtx-pro-6000"), modelColumn("devstral-2"));
    const QString cellShort = cell.data().toString();
    QTest::keyClick(slider, Qt::Key_End); // 1M tokens
    QCOMPARE(child<QSpinBox>(w, "contextSpin")->value(), 1024 * 1024);
    QVERIFY(kv->text() != kvShort);
    QVERIFY(verdict->text() != verdictShort);
    QCOMPARE(verdict->text(), QStringLiteral("Does not fit"));
    QVERIFY(cell.data().toString() != cellShort);
    QCOMPARE(cell.data(VerdictRole).toInt(), int(Verdict::NoFit));
}

void TestMainWindow::clickingMatrixCellSelectsPair()
{
    MainWindow w(CatalogLoader::embedded());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *matrix = child<QTableView>(w, "fitMatrix");
    const int row = hardwareRow("dgx-spark");
    const int column = modelColumn("gpt-oss-120b");
    matrix->scrollTo(matrix->model()->index(row, column));
    const QRect rect = matrix->visualRect(matrix->model()->index(row, column));
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w.selectedModelId(), QStringLiteral("gpt-oss-120b"));
    QCOMPARE(w.selectedHardwareId(), QStringLiteral("dgx-spark"));
    QVERIFY(child<QLabel>(w, "resultTitle")->text().contains(QStringLiteral("DGX Spark")));
    child<QTabWidget>(w, "viewTabs")->setCurrentIndex(1); // charts update when shown
    QVERIFY(child<BandwidthChart>(w, "bandwidthChart")->chart()->title().startsWith(QStringLiteral("gpt-oss-120b")));
}

void TestMainWindow::searchFilters()
{
    MainWindow w(CatalogLoader::embedded());
    auto *models = child<QTableView>(w, "modelTable");
    auto *hardware = child<QTableView>(w, "hardwareTable");
    const int allModels = models->model()->rowCount();
    QTest::keyClicks(child<QLineEdit>(w, "searchField"), QStringLiteral("Nemotron"));
    QCOMPARE(models->model()->rowCount(), 3);
    QVERIFY(models->model()->rowCount() < allModels);
    QCOMPARE(hardware->model()->rowCount(), 0);
    child<QLineEdit>(w, "searchField")->clear();
    // Boxes with 96 to 128 GiB: the PRO 6000, M3 Ultra, Spark, Strix Halo, M5 Max, M4 Max.
    child<QSpinBox>(w, "minMemorySpin")->setValue(96);
    child<QSpinBox>(w, "maxMemorySpin")->setValue(128);
    QStringList shown;
    for (int r = 0; r < hardware->model()->rowCount(); ++r)
        shown << hardware->model()->index(r, 0).data(IdRole).toString();
    shown.sort();
    QCOMPARE(shown,
             (QStringList{QStringLiteral("cloud-deepseek-v4-pro"), QStringLiteral("dgx-spark"),
                          QStringLiteral("m3-ultra-96"), QStringLiteral("m4-max-128"), QStringLiteral("m5-max-128"),
                          QStringLiteral("rtx-pro-6000"), QStringLiteral("strix-halo-128")}));
}

void TestMainWindow::fitsFilterKeepsOnlyFittingModels()
{
    MainWindow w(CatalogLoader::embedded());
    w.selectPair(QStringLiteral("devstral-small-2"), QStringLiteral("rtx-4090"));
    auto *models = child<QTableView>(w, "modelTable");
    const int all = models->model()->rowCount();
    child<QCheckBox>(w, "fitsOnlyCheck")->setChecked(true);
    const int fitting = models->model()->rowCount();
    QVERIFY(fitting > 0 && fitting < all);
    for (int r = 0; r < fitting; ++r)
        QVERIFY(models->model()->index(r, 0).data().toString() != QStringLiteral("GLM-5.2"));
}

void TestMainWindow::chartHasEveryLocalBox()
{
    MainWindow w(CatalogLoader::embedded());
    int local = 0;
    for (const HardwareSpec &h : CatalogLoader::embedded().hardware)
        local += h.isCloud() ? 0 : 1;
    child<QTabWidget>(w, "viewTabs")->setCurrentIndex(1);
    QCOMPARE(child<BandwidthChart>(w, "bandwidthChart")->pointCount(), local);
}

void TestMainWindow::contextAndQualityCharts()
{
    MainWindow w(CatalogLoader::embedded());
    w.selectPair(QStringLiteral("devstral-2"), QStringLiteral("rtx-pro-6000"));
    auto *tabs = child<QTabWidget>(w, "viewTabs");
    tabs->setCurrentIndex(2);
    auto *context = child<ContextChart>(w, "contextChart");
    QVERIFY(context->samples() > 20);
    QVERIFY(context->chart()->title().startsWith(QStringLiteral("Devstral 2 on RTX PRO 6000")));
    tabs->setCurrentIndex(3);
    auto *quality = child<QualityChart>(w, "qualityChart");
    int verified = 0, proOnly = 0;
    for (const ModelSpec &m : CatalogLoader::embedded().models) {
        verified += m.sweVerified ? 1 : 0;
        proOnly += !m.sweVerified && m.swePro ? 1 : 0;
    }
    QCOMPARE(quality->verifiedCount(), verified);
    QCOMPARE(quality->proOnlyCount(), proOnly); // GLM-5.2 sits on its own axis
    QVERIFY(proOnly >= 1);
}

void TestMainWindow::fileMenuExports()
{
    QTemporaryDir dir;
    MainWindow w(CatalogLoader::embedded());
    w.selectPair(QStringLiteral("gpt-oss-120b"), QStringLiteral("dgx-spark"));
    auto *tabs = child<QTabWidget>(w, "viewTabs");
    tabs->setCurrentIndex(2);
    QCOMPARE(int(w.currentChartRequest().kind), int(ChartKind::Context));
    QCOMPARE(w.exportChart(dir.filePath(QStringLiteral("c.png")), 1), QString());
    QCOMPARE(QImage(dir.filePath(QStringLiteral("c.png"))).size(), QSize(1200, 800));
    w.showMode(1);
    QCOMPARE(int(w.currentChartRequest().kind), int(ChartKind::Compare));
    QCOMPARE(w.currentChartRequest().boxes.size(), 2);
    QCOMPARE(w.exportMatrix(dir.filePath(QStringLiteral("m.md"))), QString());
    QFile md(dir.filePath(QStringLiteral("m.md")));
    QVERIFY(md.open(QIODevice::ReadOnly) && md.readAll().contains("| DGX Spark (GB10) 128GB |"));
    QCOMPARE(w.exportReport(dir.filePath(QStringLiteral("r.pdf")), int(QPageSize::A4)), QString());
    QFile pdf(dir.filePath(QStringLiteral("r.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(4) == "%PDF");
    QVERIFY(w.exportMatrix(dir.filePath(QStringLiteral("no/such/dir/m.csv"))).contains(QStringLiteral("Cannot write")));
}

void TestMainWindow::germanTranslationLoads()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/headroom_de.qm")));
    QCoreApplication::installTranslator(&german);
    {
        MainWindow w(CatalogLoader::embedded());
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        w.selectPair(QStringLiteral("devstral-2"), QStringLiteral("rtx-pro-6000"));
        child<QSlider>(w, "contextSlider")->setValue(0);
        QCOMPARE(child<QLabel>(w, "verdictLabel")->text(), QStringLiteral("Komfortabel"));
    }
    QCoreApplication::removeTranslator(&german);
}

void TestMainWindow::usableMemoryIsEditableAndUndoable()
{
    QSettings().remove(QStringLiteral("usable"));
    MainWindow w(CatalogLoader::embedded());
    w.selectPair(QStringLiteral("devstral-2"), QStringLiteral("m5-max-128"));
    auto *headroom = child<QLabel>(w, "headroomLabel");
    const QString before = headroom->text();
    auto *table = child<QTableView>(w, "hardwareTable");
    QAbstractItemModel *proxy = table->model();
    int row = -1;
    for (int r = 0; r < proxy->rowCount(); ++r)
        row = proxy->index(r, 0).data(IdRole).toString() == QLatin1String("m5-max-128") ? r : row;
    const QModelIndex usable = proxy->index(row, HardwareTableModel::UsableColumn);
    QVERIFY(usable.flags() & Qt::ItemIsEditable);
    // The user raises the macOS wired limit to 120 GiB (display unit is GiB by default).
    QVERIFY(proxy->setData(usable, 120.0));
    QCOMPARE(w.catalog().findHardware(QStringLiteral("m5-max-128"))->usableBytesPerGpu, 120.0 * (1 << 30));
    QVERIFY(headroom->text() != before);
    QVERIFY(QSettings().contains(QStringLiteral("usable/m5-max-128")));
    // More than the box has is refused, not clamped.
    QVERIFY(!proxy->setData(usable, 500.0));
    w.undoStack()->undo();
    QCOMPARE(headroom->text(), before);
    QVERIFY(!QSettings().contains(QStringLiteral("usable/m5-max-128")));
    w.undoStack()->redo();
    {
        MainWindow again(CatalogLoader::embedded()); // remembered across runs
        QCOMPARE(again.catalog().findHardware(QStringLiteral("m5-max-128"))->usableBytesPerGpu, 120.0 * (1 << 30));
    }
    QSettings().setValue(QStringLiteral("usable/m5-max-128"), QStringLiteral("garbage"));
    MainWindow corrupt(CatalogLoader::embedded()); // a corrupt value falls back to the catalog's
    QCOMPARE(corrupt.catalog().findHardware(QStringLiteral("m5-max-128"))->usableBytesPerGpu,
             CatalogLoader::embedded().findHardware(QStringLiteral("m5-max-128"))->usableBytesPerGpu);
    QSettings().remove(QStringLiteral("usable"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
