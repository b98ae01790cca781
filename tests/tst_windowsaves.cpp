// The window's saves of the user's files beside another Headroom: two windows on one catalog keep
// each other's entries; a catalog another Headroom holds locked is saved once the lock is released,
// and the window says why it waits; a calibration the window forgets leaves the boxes another
// process calibrated meanwhile.
#include "catalogstore.h"
#include "mainwindow.h"
#include "speedactions.h"
#include "usercalibration.h"
#include "userdata.h"
#include "userdatasaver.h"
#include "userfilelock.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Headroom;

namespace {

HardwareSpec ownBox(const MainWindow &w, const char *id)
{
    HardwareSpec box = w.store().hardware(0);
    box.id = QLatin1String(id);
    box.name = QLatin1String(id);
    return box;
}

MeasuredCalibration calibration(double scale)
{
    MeasuredCalibration c;
    c.scale = scale;
    c.provenance = {QStringLiteral("runs.json"), QStringLiteral("2026-11-29"), {}, Grade::Measured};
    return c;
}

} // namespace

class TestWindowSaves : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void twoWindowsKeepEachOthersEntries();
    void aLockedCatalogIsSavedWhenReleased();
    void forgettingKeepsAnotherProcessesCalibrations();

private:
    QString path(const char *name) const { return m_data->filePath(QLatin1String(name)); }
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestWindowSaves::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTests"));
}

void TestWindowSaves::init()
{
    QSettings().clear();
    m_data = std::make_unique<QTemporaryDir>();
}

void TestWindowSaves::twoWindowsKeepEachOthersEntries()
{
    // Both open the same (empty) catalog, then each adds a box of its own.
    MainWindow first(CatalogLoader::embedded(), path("catalog.json"));
    MainWindow second(CatalogLoader::embedded(), path("catalog.json"));
    first.store().setUserHardware(QStringLiteral("box-a"), ownBox(first, "box-a"));
    first.userDataSaver()->flush();
    second.store().setUserHardware(QStringLiteral("box-b"), ownBox(second, "box-b"));
    second.userDataSaver()->flush();
    const Catalog saved = UserCatalogFile(path("catalog.json")).read().part;
    QVERIFY(saved.findHardware(QStringLiteral("box-a")));
    QVERIFY(saved.findHardware(QStringLiteral("box-b")));
    // The first removes its box: the second's stays.
    first.store().setUserHardware(QStringLiteral("box-a"), std::nullopt);
    first.userDataSaver()->flush();
    const Catalog after = UserCatalogFile(path("catalog.json")).read().part;
    QVERIFY(!after.findHardware(QStringLiteral("box-a")));
    QVERIFY(after.findHardware(QStringLiteral("box-b")));
}

void TestWindowSaves::aLockedCatalogIsSavedWhenReleased()
{
    MainWindow w(CatalogLoader::embedded(), path("catalog.json"));
    QSignalSpy busy(w.userDataSaver(), &UserDataSaver::busy);
    QSignalSpy saved(w.userDataSaver(), &UserDataSaver::saved);
    auto other = std::make_unique<UserFileLock>(path("catalog.json")); // another Headroom saving
    QVERIFY(other->acquire(0).isEmpty());
    w.store().setUserHardware(QStringLiteral("box-a"), ownBox(w, "box-a"));
    QTRY_COMPARE_WITH_TIMEOUT(busy.count(), 1, 5000);
    QVERIFY2(busy.first().first().toString().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(busy.first().first().toString()));
    QVERIFY(w.statusBar()->currentMessage().contains(path("catalog.json")));
    QCOMPARE(saved.count(), 0);
    other.reset(); // the other save ends
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QVERIFY(UserCatalogFile(path("catalog.json")).read().part.findHardware(QStringLiteral("box-a")));
}

void TestWindowSaves::forgettingKeepsAnotherProcessesCalibrations()
{
    QVERIFY(UserCalibration::save(path("calibration.json"), {{QStringLiteral("rtx-4090"), calibration(0.9)}}).ok);
    MainWindow w(CatalogLoader::embedded(), path("catalog.json"));
    QVERIFY(w.store().measured().contains(QStringLiteral("rtx-4090")));
    // Another process calibrates a second box after the window read the file.
    QVERIFY(UserCalibration::saveChanges(path("calibration.json"), {},
                                         {{QStringLiteral("dgx-spark"), calibration(1.1)}}, 1000)
                .ok);
    w.speedActions()->forget(QStringLiteral("rtx-4090"));
    const UserCalibration::Loaded now = UserCalibration::read(path("calibration.json"));
    QVERIFY2(now.problem.isEmpty(), qPrintable(now.problem));
    QCOMPARE(now.boxes.keys(), QStringList{QStringLiteral("dgx-spark")});
}

QTEST_MAIN(TestWindowSaves)
#include "tst_windowsaves.moc"
