// Your own boxes and models in the window: every edit kind goes through the real dialogs and the
// window's undo stack, lands in the one store every view reads, and is saved to the user's file.
#include "boxeditor.h"
#include "calibrationchart.h"
#include "catalogactions.h"
#include "catalogstore.h"
#include "comparemodel.h"
#include "compareview.h"
#include "estimategrid.h"
#include "fitmatrixmodel.h"
#include "format.h"
#include "formfields.h"
#include "machinedetect.h"
#include "mainwindow.h"
#include "modeleditor.h"
#include "scenarioactions.h"
#include "session.h"
#include "speedactions.h"
#include "units.h"
#include "userdata.h"
#include "userdatasaver.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>

#include "fakehub.h"
#include "ggufwriter.h"
#include "modelimport.h"
#include <QTest>
#include <QUndoStack>

using namespace Headroom;

class TestCatalogEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addBoxThenUndoAndRedo();
    void aBoxWithNothingUsableIsRefused();
    void theBoxFormSetsAUnifiedBoxUp();
    void anotherMemorySizeDropsTheSourcedSettings();
    void undoingAnAddedBoxSelectsTheBoxBefore();
    void editingABuiltInOverridesAndResetBringsItBack();
    void duplicateAndDeleteAModel();
    void aBareCardNamesItsHostInOneUndoStep();
    void importReportsConflictsAndUndoes();
    void thisComputerIsOfferedWithUnknownsAsked();
    void corruptUserCatalogIsKeptAsideAndReported();
    void namedScenarioReopensToTheSameNumbers();
    void aSaveThatFailsIsReported();
    void calibrateFromTheSpeedMenuThenUndo();
    void offloadAndPromptControlsReachThePanel();
    void droppedGgufJoinsTheCatalogAtItsRealSize();
    void huggingFaceRepositoryOrPastedConfig();

private:
    QString catalogPath() const { return m_data->filePath(QStringLiteral("catalog.json")); }
    std::unique_ptr<QTemporaryDir> m_data;
};

namespace {

template<typename T>
T *field(QWidget &parent, const char *name)
{
    auto *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

// Answers the next dialog: `fill` sets its fields, then it is accepted as if OK was clicked.
template<typename Dialog>
CatalogActions::RunDialog answer(std::function<void(Dialog &)> fill)
{
    return [fill](QDialog &dialog) {
        auto *typed = qobject_cast<Dialog *>(&dialog);
        if (!typed)
            qFatal("unexpected dialog %s", dialog.metaObject()->className());
        fill(*typed);
        return typed->problem().isEmpty() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestCatalogEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTests"));
}

void TestCatalogEditing::init()
{
    QSettings().clear();
    m_data = std::make_unique<QTemporaryDir>();
}

void TestCatalogEditing::addBoxThenUndoAndRedo()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    CatalogActions *actions = w.catalogActions();
    const int boxes = w.store().hardwareCount();
    actions->setRunDialog(answer<BoxEditor>([](BoxEditor &e) {
        field<QLineEdit>(e, "boxNameField")->setText(QStringLiteral("Quoted workstation"));
        field<LimitSpinBox>(e, "boxMemoryField")->setValue(48);
        field<LimitSpinBox>(e, "boxBandwidthField")->setValue(864);
        field<LimitSpinBox>(e, "boxPriceField")->setValue(4200);
    }));
    actions->addBox();
    QCOMPARE(w.store().hardwareCount(), boxes + 1);
    const HardwareSpec *mine = w.store().catalog().findHardware(QStringLiteral("quoted-workstation"));
    QVERIFY(mine);
    QVERIFY(mine->user);
    QCOMPARE(mine->memoryBytesPerGpu, 48.0 * (1 << 30));
    QCOMPARE(mine->bandwidthBytesPerSecond, 864e9);
    QCOMPARE(mine->purchasePrice()->lowUsd, 4200.0);
    QCOMPARE(mine->bandwidthSource.grade, Grade::User); // typed, so graded as the user's own
    QCOMPARE(mine->purchasePrice()->provenance.grade, Grade::User);
    QCOMPARE(w.session().hardwareId(), QStringLiteral("quoted-workstation")); // selected, so seen at once
    // Every view reads the store: the matrix has the row, with a verdict for it.
    FitMatrixModel matrix(&w.session().grid());
    QCOMPARE(matrix.rowCount(), boxes + 1);
    QCOMPARE(w.store().hardwareOrigin(QStringLiteral("quoted-workstation")), CatalogStore::Origin::Own);
    QCOMPARE(w.undoStack()->undoText(), QStringLiteral("add box Quoted workstation"));

    w.undoStack()->undo();
    QCOMPARE(w.store().hardwareCount(), boxes);
    QVERIFY(!w.store().catalog().findHardware(QStringLiteral("quoted-workstation")));
    w.undoStack()->redo();
    QVERIFY(w.store().catalog().findHardware(QStringLiteral("quoted-workstation")));
    w.userDataSaver()->flush();
    // Saved: a new window on the same file has it.
    MainWindow again(CatalogLoader::embedded(), catalogPath());
    QVERIFY(again.store().catalog().findHardware(QStringLiteral("quoted-workstation")));
}

// Found by the monkey: a 0.5 GiB card with the default rule (then 1 GiB kept free) was saved with
// 0 GiB usable, which the reader refuses, so the next start set the whole user catalog aside. A
// card now offers all its memory; the smallest unified box (90 % of 0.125 GiB) is below the floor.
void TestCatalogEditing::aBoxWithNothingUsableIsRefused()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    const int boxes = w.store().hardwareCount();
    QString tiny, eight;
    w.catalogActions()->setRunDialog(answer<BoxEditor>([&](BoxEditor &e) {
        field<QLineEdit>(e, "boxNameField")->setText(QStringLiteral("Tiny"));
        auto *kind = field<QComboBox>(e, "boxKindField");
        kind->setCurrentIndex(kind->findData(int(HardwareKind::UnifiedMemory)));
        field<LimitSpinBox>(e, "boxMemoryField")->setValue(0.125);
        tiny = e.problem();
        field<LimitSpinBox>(e, "boxMemoryField")->setValue(8);
        eight = e.problem();
        field<LimitSpinBox>(e, "boxMemoryField")->setValue(0.125); // and leave it so: refused
    }));
    w.catalogActions()->addBox();
    QVERIFY2(tiny.contains(QStringLiteral("usable")), qPrintable(tiny));
    QVERIFY2(eight.isEmpty(), qPrintable(eight));
    QCOMPARE(w.store().hardwareCount(), boxes);
}

// A unified box's form offers its sourced settings: one fills the usable field, with its label and
// source; typing over it makes it the user's own value again.
void TestCatalogEditing::theBoxFormSetsAUnifiedBoxUp()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    w.session().select(QStringLiteral("devstral-2"), QStringLiteral("strix-halo-128"));
    const HardwareSpec builtin = *w.store().catalog().findHardware(QStringLiteral("strix-halo-128"));
    const UsableVariant gtt = *builtin.usableVariant(QStringLiteral("linux-gtt-120"));
    QString shownFirst, afterTyping;
    w.catalogActions()->setRunDialog(answer<BoxEditor>([&](BoxEditor &e) {
        auto *setting = field<QComboBox>(e, "boxUsableSettingCombo");
        shownFirst = setting->currentData().toString(); // the box as the catalog sets it up
        setting->setCurrentIndex(setting->findData(gtt.setting));
    }));
    w.findChild<QAction *>(QStringLiteral("editBoxAction"))->trigger();
    const HardwareSpec *edited = w.store().catalog().findHardware(QStringLiteral("strix-halo-128"));
    QCOMPARE(shownFirst,
             builtin.usableSetting.isEmpty() ? QStringLiteral("linux-vulkan-default") : builtin.usableSetting);
    QCOMPARE(edited->usableBytesPerGpu, gtt.bytesPerDevice);
    QCOMPARE(edited->usableSetting, gtt.setting);
    QCOMPARE(edited->usableRule, gtt.label);
    QCOMPARE(edited->usableSource.source, gtt.provenance.source);
    QCOMPARE(w.session().selectedEstimate().usableBytes, gtt.bytesPerDevice); // the panel follows
    w.catalogActions()->setRunDialog(answer<BoxEditor>([&](BoxEditor &e) {
        QCOMPARE(field<QComboBox>(e, "boxUsableSettingCombo")->currentData().toString(), gtt.setting);
        field<LimitSpinBox>(e, "boxUsableField")->setValue(100);
        afterTyping = field<QComboBox>(e, "boxUsableSettingCombo")->currentData().toString();
    }));
    w.findChild<QAction *>(QStringLiteral("editBoxAction"))->trigger();
    QCOMPARE(afterTyping, QString());
    edited = w.store().catalog().findHardware(QStringLiteral("strix-halo-128"));
    QCOMPARE(edited->usableBytesPerGpu, Units::gibToBytes(100));
    QCOMPARE(edited->usableSetting, QString());
    // A card with one usable figure has no settings to offer.
    w.session().select(QStringLiteral("devstral-2"), QStringLiteral("rtx-5090"));
    bool offered = true;
    w.catalogActions()->setRunDialog(
        answer<BoxEditor>([&](BoxEditor &e) { offered = !field<QComboBox>(e, "boxUsableSettingCombo")->isHidden(); }));
    w.findChild<QAction *>(QStringLiteral("editBoxAction"))->trigger();
    QVERIFY(!offered);
}

// Found by the monkey: a Mac edited down to 1 GiB kept its 72 and 90 GiB settings, the file was
// written, and the next save (and start) refused it. Settings belong to the size they were sourced on.
void TestCatalogEditing::anotherMemorySizeDropsTheSourcedSettings()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    const QString id = QStringLiteral("strix-halo-128");
    w.session().select(QStringLiteral("devstral-2"), id);
    QVERIFY(!w.store().catalog().findHardware(id)->usableVariants.isEmpty());
    w.catalogActions()->setRunDialog(answer<BoxEditor>([](BoxEditor &e) {
        field<QCheckBox>(e, "boxUsableDefaultCheck")->setChecked(true); // as the monkey had it
        field<LimitSpinBox>(e, "boxMemoryField")->setValue(1);
    }));
    w.findChild<QAction *>(QStringLiteral("editBoxAction"))->trigger();
    const HardwareSpec *edited = w.store().catalog().findHardware(id);
    QCOMPARE(edited->memoryBytesPerGpu, Units::gibToBytes(1));
    QVERIFY(edited->usableVariants.isEmpty());
    QVERIFY(edited->usableBytesPerGpu <= edited->memoryBytesPerGpu);
    w.userDataSaver()->flush();
    const UserCatalogFile::Loaded saved = UserCatalogFile(catalogPath()).read();
    QVERIFY2(saved.problem.isEmpty(), qPrintable(saved.problem));
    QCOMPARE(saved.part.findHardware(id)->memoryBytesPerGpu, Units::gibToBytes(1));
    // The same size keeps them: only the size decides.
    w.catalogActions()->setRunDialog(answer<BoxEditor>([](BoxEditor &) {}));
    w.session().select(QStringLiteral("devstral-2"), QStringLiteral("m5-max-128"));
    const qsizetype settings = w.store().catalog().findHardware(QStringLiteral("m5-max-128"))->usableVariants.size();
    w.findChild<QAction *>(QStringLiteral("editBoxAction"))->trigger();
    QCOMPARE(w.store().catalog().findHardware(QStringLiteral("m5-max-128"))->usableVariants.size(), settings);
}

// After undoing an added box the panel used to show a box the filtered list no longer had: the
// selection now goes back to the box selected before the add.
void TestCatalogEditing::undoingAnAddedBoxSelectsTheBoxBefore()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    w.session().select(QStringLiteral("qwen3-coder-next"), QStringLiteral("m5-max-128"));
    w.catalogActions()->setRunDialog(answer<BoxEditor>([](BoxEditor &e) {
        field<QLineEdit>(e, "boxNameField")->setText(QStringLiteral("Quoted node"));
        field<LimitSpinBox>(e, "boxMemoryField")->setValue(48);
        field<LimitSpinBox>(e, "boxBandwidthField")->setValue(864);
    }));
    w.catalogActions()->addBox();
    QCOMPARE(w.session().hardwareId(), QStringLiteral("quoted-node"));
    w.undoStack()->undo();
    QCOMPARE(w.session().hardwareId(), QStringLiteral("m5-max-128"));
}

void TestCatalogEditing::editingABuiltInOverridesAndResetBringsItBack()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    w.session().select(QStringLiteral("devstral-small-2"), QStringLiteral("rtx-5090"));
    const HardwareSpec builtin = *w.store().catalog().findHardware(QStringLiteral("rtx-5090"));
    const double speedBefore = *w.session().selectedEstimate().decodeTokS;
    w.catalogActions()->setRunDialog(answer<BoxEditor>([](BoxEditor &e) {
        field<LimitSpinBox>(e, "boxPriceField")->setValue(2699); // the street price the user was quoted
        field<LimitSpinBox>(e, "boxBandwidthField")->setValue(1500);
    }));
    w.findChild<QAction *>(QStringLiteral("editBoxAction"))->trigger();
    const HardwareSpec *edited = w.store().catalog().findHardware(QStringLiteral("rtx-5090"));
    QCOMPARE(w.store().hardwareOrigin(QStringLiteral("rtx-5090")), CatalogStore::Origin::Overridden);
    QCOMPARE(edited->purchasePrice()->lowUsd, 2699.0);
    QCOMPARE(edited->memorySource.source, builtin.memorySource.source); // untouched values keep their source
    QVERIFY(*w.session().selectedEstimate().decodeTokS < speedBefore);  // less bandwidth, slower: recomputed
    auto *remove = w.findChild<QAction *>(QStringLiteral("removeBoxAction"));
    QVERIFY(remove->isEnabled());
    QVERIFY(remove->text().contains(QStringLiteral("Reset")));

    remove->trigger();
    QCOMPARE(w.store().hardwareOrigin(QStringLiteral("rtx-5090")), CatalogStore::Origin::BuiltIn);
    QCOMPARE(*w.session().selectedEstimate().decodeTokS, speedBefore);
    QVERIFY(!remove->isEnabled()); // a built-in box cannot be deleted
    w.undoStack()->undo();         // the reset undone: the override is back
    QCOMPARE(w.store().catalog().findHardware(QStringLiteral("rtx-5090"))->purchasePrice()->lowUsd, 2699.0);
    w.undoStack()->undo(); // the edit undone
    QCOMPARE(w.store().hardwareOrigin(QStringLiteral("rtx-5090")), CatalogStore::Origin::BuiltIn);
}

void TestCatalogEditing::duplicateAndDeleteAModel()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    w.session().select(QStringLiteral("devstral-2"), QStringLiteral("rtx-pro-6000"));
    const int models = w.store().modelCount();
    w.catalogActions()->setRunDialog(answer<ModelEditor>([](ModelEditor &e) {
        field<QLineEdit>(e, "modelNameField")->setText(QStringLiteral("Devstral 2 pruned"));
        field<LimitSpinBox>(e, "modelTotalField")->setValue(100);
        field<LimitSpinBox>(e, "modelActiveField")->setValue(100);
    }));
    w.findChild<QAction *>(QStringLiteral("duplicateModelAction"))->trigger();
    QCOMPARE(w.store().modelCount(), models + 1);
    const ModelSpec *copy = w.store().catalog().findModel(QStringLiteral("devstral-2-pruned"));
    QVERIFY(copy);
    QCOMPARE(copy->paramsTotal, 100e9);
    QCOMPARE(copy->paramsSource.grade, Grade::User);
    QCOMPARE(copy->layers, w.store().catalog().findModel(QStringLiteral("devstral-2"))->layers); // the rest copied
    QCOMPARE(w.session().modelId(), QStringLiteral("devstral-2-pruned"));
    // Fewer parameters: the weights shrink, so the headroom grows.
    auto *remove = w.findChild<QAction *>(QStringLiteral("removeModelAction"));
    QVERIFY(remove->isEnabled());
    QVERIFY(remove->text().contains(QStringLiteral("Delete")));
    remove->trigger();
    QCOMPARE(w.store().modelCount(), models);
    QVERIFY(w.session().modelRow() >= 0); // the selection moved to a model that exists
    w.undoStack()->undo();
    QCOMPARE(w.store().modelCount(), models + 1);
    // A model whose active parameters exceed its total cannot be accepted.
    w.catalogActions()->setRunDialog([](QDialog &d) {
        auto &e = static_cast<ModelEditor &>(d);
        field<LimitSpinBox>(e, "modelActiveField")->setValue(field<LimitSpinBox>(e, "modelTotalField")->value() + 1);
        return e.problem().isEmpty() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    const int before = w.undoStack()->count();
    w.catalogActions()->addModel();
    QCOMPARE(w.undoStack()->count(), before);
}

void TestCatalogEditing::aBareCardNamesItsHostInOneUndoStep()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    w.catalogActions()->setRunDialog(answer<BoxEditor>([](BoxEditor &e) {
        field<QLineEdit>(e, "boxNameField")->setText(QStringLiteral("Used 3090 rig"));
        auto *hosts = field<QComboBox>(e, "boxHostCombo");
        hosts->setCurrentIndex(hosts->count() - 1); // a new host
        for (QLineEdit *line : e.findChildren<QLineEdit *>()) {
            if (line->objectName().isEmpty() && line->text().isEmpty() && line->placeholderText().isEmpty())
                line->setText(QStringLiteral("Ryzen 7950X, 128 GB DDR5"));
        }
    }));
    const int steps = w.undoStack()->count();
    w.catalogActions()->addBox();
    const HardwareSpec *box = w.store().catalog().findHardware(QStringLiteral("used-3090-rig"));
    QVERIFY(box);
    QVERIFY(!box->hostId.isEmpty());
    const HostSpec *host = w.store().catalog().findHost(box->hostId);
    QVERIFY(host);
    QCOMPARE(host->name, QStringLiteral("Ryzen 7950X, 128 GB DDR5"));
    QCOMPARE(w.undoStack()->count(), steps + 1); // box and host: one step
    const QString hostId = box->hostId;
    w.undoStack()->undo();
    QVERIFY(!w.store().catalog().findHardware(QStringLiteral("used-3090-rig")));
    QVERIFY(!w.store().catalog().findHost(hostId));
    w.undoStack()->redo();
    QCOMPARE(w.store().catalog().findHardware(QStringLiteral("used-3090-rig"))->hostId, hostId);
}

void TestCatalogEditing::importReportsConflictsAndUndoes()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    // The user's own box, then a colleague's file: the same id with another price, and a new box.
    HardwareSpec mine = *w.store().catalog().findHardware(QStringLiteral("rtx-4090"));
    mine.id = QStringLiteral("office-box");
    mine.name = QStringLiteral("Office box");
    w.store().setUserHardware(mine.id, mine);
    Catalog theirs;
    HardwareSpec conflicting = mine;
    conflicting.prices = {
        PriceQuote{PriceQuote::Kind::Street, 1234, 1234, userProvenance(QStringLiteral("colleague"))}};
    HardwareSpec fresh = mine;
    fresh.id = QStringLiteral("lab-box");
    fresh.name = QStringLiteral("Lab box");
    theirs.hardware = {conflicting, fresh};
    const QString file = m_data->filePath(QStringLiteral("colleague.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(CatalogLoader::toJson(theirs)).toJson());
    out.close();

    QString shown;
    w.catalogActions()->setConfirm([&shown](const QString &, const QString &text) {
        shown = text;
        return false; // the user reads the report and cancels
    });
    QCOMPARE(w.catalogActions()->importCatalog(file), QString());
    QVERIFY(shown.contains(QStringLiteral("box 'office-box'")));
    QVERIFY(shown.contains(QStringLiteral("box 'lab-box'")));
    QVERIFY(!w.store().catalog().findHardware(QStringLiteral("lab-box"))); // cancelled: nothing changed

    w.catalogActions()->setConfirm([](const QString &, const QString &) { return true; });
    QCOMPARE(w.catalogActions()->importCatalog(file), QString());
    QCOMPARE(w.store().catalog().findHardware(QStringLiteral("office-box"))->purchasePrice()->lowUsd, 1234.0);
    QVERIFY(w.store().catalog().findHardware(QStringLiteral("lab-box")));
    w.undoStack()->undo();
    QVERIFY(!w.store().catalog().findHardware(QStringLiteral("lab-box")));
    QVERIFY(w.store().catalog().findHardware(QStringLiteral("office-box"))->purchasePrice()->lowUsd != 1234.0);

    // A file that is not a catalog is refused in words, naming it, and changes nothing.
    const QString bad = m_data->filePath(QStringLiteral("bad.json"));
    QFile junk(bad);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{\"format\": 2, \"boxes\": [{\"id\": \"x\"}]}");
    junk.close();
    const QString error = w.catalogActions()->importCatalog(bad);
    QVERIFY(error.contains(bad));
    QVERIFY(error.contains(QStringLiteral("boxes[0]")));

    // Export writes the user's entries as a catalog file that loads.
    const QString exported = m_data->filePath(QStringLiteral("export.json"));
    QCOMPARE(w.catalogActions()->exportCatalog(exported), QString());
    const CatalogLoadResult back = readCatalogFile(exported);
    QVERIFY(back.catalog);
    QVERIFY(back.catalog->findHardware(QStringLiteral("office-box")));
}

void TestCatalogEditing::thisComputerIsOfferedWithUnknownsAsked()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    w.catalogActions()->setDetect([] {
        MachineDetect::Machine m;
        m.gpus = MachineDetect::parseNvidiaSmi(QStringLiteral("NVIDIA GeForce RTX 4090, 24564\n"));
        m.systemRamBytes = 64.0 * (1 << 30);
        m.cpu = QStringLiteral("AMD Ryzen 9 7950X");
        return m;
    });
    QString problemBeforeTyping;
    w.catalogActions()->setRunDialog([&problemBeforeTyping](QDialog &d) {
        auto &e = static_cast<BoxEditor &>(d);
        problemBeforeTyping = e.problem();
        // The RAM's bandwidth no tool reports: the user types it.
        for (LimitSpinBox *spin : e.findChildren<LimitSpinBox *>()) {
            if (spin->specialValueText() == BoxEditor::tr("enter a value"))
                spin->setValue(89.6);
        }
        return e.problem().isEmpty() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    QSignalSpy done(w.catalogActions(), &CatalogActions::detectionFinished);
    w.findChild<QAction *>(QStringLiteral("thisComputerAction"))->trigger();
    QVERIFY(done.wait(10000));
    QVERIFY(problemBeforeTyping.contains(QStringLiteral("RAM"))); // asked, not guessed
    const HardwareSpec *box = w.store().catalog().findHardware(QStringLiteral("this-computer-nvidia-geforce-rtx-4090"));
    QVERIFY(box);
    QCOMPARE(box->memoryBytesPerGpu, 24564.0 * 1024 * 1024);
    QCOMPARE(box->memorySource.grade, Grade::Measured);
    QCOMPARE(box->bandwidthBytesPerSecond, 1008e9); // looked up from the catalog's RTX 4090, and says so
    QVERIFY(box->bandwidthSource.estimatedFrom.contains(QStringLiteral("rtx-4090")));
    const HostSpec *host = w.store().catalog().findHost(box->hostId);
    QVERIFY(host);
    QCOMPARE(host->ramBytes, 64.0 * (1 << 30));
    QCOMPARE(host->ramBandwidthBytesPerSecond, 89.6e9);
}

void TestCatalogEditing::namedScenarioReopensToTheSameNumbers()
{
    QString saved;
    Estimate explored;
    Costs::SideCosts sideA, sideB;
    {
        MainWindow w(CatalogLoader::embedded(), catalogPath());
        HardwareSpec quoted = *w.store().catalog().findHardware(QStringLiteral("rtx-pro-6000"));
        quoted.id = QStringLiteral("quoted-pro-6000");
        quoted.name = QStringLiteral("Quoted PRO 6000 workstation");
        quoted.prices = {
            PriceQuote{PriceQuote::Kind::Street, 11500, 11500, userProvenance(QStringLiteral("vendor quote"))}};
        w.store().setUserHardware(quoted.id, quoted);
        w.session().select(QStringLiteral("devstral-2"), quoted.id);
        Scenario s = w.session().scenario();
        s.contextTokens = 131072;
        w.session().setScenario(s);
        w.session().handOver(0, QStringLiteral("devstral-2"), quoted.id, s);
        CompareSide b = w.session().compare().sides[1];
        b.modelId = QStringLiteral("qwen3-coder-next");
        b.hardwareId = QStringLiteral("dgx-spark");
        w.session().setCompareSide(1, b);
        explored = w.session().selectedEstimate();
        sideA = w.comparePage()->model()->costs(0);
        sideB = w.comparePage()->model()->costs(1);
        w.scenarioActions()->setAskName(
            [](const QString &, const QString &, const QString &) { return QStringLiteral("Budget 2027"); });
        w.findChild<QAction *>(QStringLiteral("saveScenarioAction"))->trigger();
        saved = w.scenarioActions()->pathFor(QStringLiteral("Budget 2027"));
        QVERIFY(QFile::exists(saved));
        QVERIFY(w.scenarioActions()->savedNames().contains(QStringLiteral("Budget 2027")));
    }
    // Another machine: no user catalog, and a built-in catalog whose PRO 6000 has other figures
    // (a newer release). The scenario still shows the numbers it was saved with.
    Catalog elsewhere = CatalogLoader::embedded();
    for (HardwareSpec &h : elsewhere.hardware) {
        if (h.id == QLatin1String("dgx-spark"))
            h.bandwidthBytesPerSecond *= 1.5;
    }
    QTemporaryDir otherData;
    MainWindow other(elsewhere, otherData.filePath(QStringLiteral("catalog.json")));
    QCOMPARE(other.scenarioActions()->open(saved), QString());
    const Estimate reopened = other.session().selectedEstimate();
    QCOMPARE(other.session().hardwareId(), QStringLiteral("quoted-pro-6000"));
    QCOMPARE(reopened.totalBytes, explored.totalBytes);
    QCOMPARE(*reopened.decodeTokS, *explored.decodeTokS);
    QCOMPARE(*other.comparePage()->model()->costs(0).priceLowUsd, *sideA.priceLowUsd);
    QCOMPARE(*other.comparePage()->model()->costs(1).estimate.decodeTokS, *sideB.estimate.decodeTokS);
    QCOMPARE(other.store().hardwareOrigin(QStringLiteral("quoted-pro-6000")), CatalogStore::Origin::Own);
    QCOMPARE(other.store().hardwareOrigin(QStringLiteral("dgx-spark")), CatalogStore::Origin::Overridden);
    other.undoStack()->undo(); // the entries it brought are one undo away
    QVERIFY(!other.store().catalog().findHardware(QStringLiteral("quoted-pro-6000")));
    // A damaged scenario file says what is wrong and changes nothing.
    QFile damaged(otherData.filePath(QStringLiteral("damaged.json")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(readFile(saved).replace("\"hardware\": \"quoted-pro-6000\"", "\"hardware\": \"nowhere\""));
    damaged.close();
    const QString error = other.scenarioActions()->open(damaged.fileName());
    QVERIFY2(error.contains(QStringLiteral("not included")), qPrintable(error));
}

void TestCatalogEditing::corruptUserCatalogIsKeptAsideAndReported()
{
    QFile bad(catalogPath());
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": 2, \"boxes\": [");
    bad.close();
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    QTRY_VERIFY(w.findChild<QMessageBox *>(QStringLiteral("userCatalogProblem")));
    const QString text = w.findChild<QMessageBox *>(QStringLiteral("userCatalogProblem"))->text();
    QVERIFY(text.contains(catalogPath()));
    QVERIFY(text.contains(QStringLiteral("kept")));
    QCOMPARE(w.store().hardwareCount(), int(CatalogLoader::embedded().hardware.size())); // built-in catalog
    const QStringList aside = QDir(m_data->path()).entryList({QStringLiteral("catalog.json.unreadable-*")});
    QCOMPARE(aside.size(), 1);
    QCOMPARE(readFile(m_data->filePath(aside.first())), QByteArray("{\"format\": 2, \"boxes\": ["));
    // The next edit saves a fresh file; the bad one stays as it was.
    HardwareSpec own = w.store().hardware(0);
    own.id = QStringLiteral("after-repair");
    w.store().setUserHardware(own.id, own);
    w.userDataSaver()->flush();
    QVERIFY(UserCatalogFile(catalogPath()).read().part.findHardware(QStringLiteral("after-repair")));
    QCOMPARE(readFile(m_data->filePath(aside.first())), QByteArray("{\"format\": 2, \"boxes\": ["));
}

void TestCatalogEditing::aSaveThatFailsIsReported()
{
    // The data folder's place is taken by a file: nothing can be written there.
    QFile blocker(m_data->filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    MainWindow w(CatalogLoader::embedded(), m_data->filePath(QStringLiteral("blocked/catalog.json")));
    QSignalSpy problem(w.userDataSaver(), &UserDataSaver::problem);
    // Answer the warning the window shows, so the test does not wait on it.
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    HardwareSpec own = w.store().hardware(0);
    own.id = QStringLiteral("unsaved");
    w.store().setUserHardware(own.id, own);
    w.userDataSaver()->flush();
    QCOMPARE(problem.count(), 1);
    QVERIFY(problem.first().first().toString().contains(QStringLiteral("blocked")));
}

void TestCatalogEditing::calibrateFromTheSpeedMenuThenUndo()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    w.session().select(QStringLiteral("gpt-oss-20b"), QStringLiteral("rtx-4090"));
    auto *decode = field<QLabel>(w, "decodeLabel");
    const double before = *w.session().selectedEstimate().decodeTokS;
    QVERIFY(!decode->text().contains(QStringLiteral("calibrated")));
    SpeedActions *speed = w.speedActions();
    // The dialog asks what the CLI takes as flags: the file, the box (the selected one), the model.
    QString askedBox;
    speed->setRunDialog([&askedBox](QDialog &dialog) -> int {
        askedBox = field<QComboBox>(dialog, "benchBoxCombo")->currentData().toString();
        field<QLineEdit>(dialog, "benchFileEdit")
            ->setText(QStringLiteral(HEADROOM_TEST_DATA "/llama-bench/gpt-oss-20b.md"));
        return QDialog::Accepted;
    });
    QString told;
    speed->setInform([&told](const QString &, const QString &text) { told = text; });
    w.findChild<QAction *>(QStringLiteral("calibrateAction"))->trigger();
    QCOMPARE(askedBox, QStringLiteral("rtx-4090"));
    QVERIFY2(told.isEmpty(), qPrintable(told));
    QVERIFY(w.store().measured().contains(QStringLiteral("rtx-4090")));
    const double scale = w.store().measured().value(QStringLiteral("rtx-4090")).scale;
    QVERIFY(qAbs(*w.session().selectedEstimate().decodeTokS / before - scale) < 0.01);
    QVERIFY2(decode->text().contains(QStringLiteral("calibrated on your 3 run(s)")), qPrintable(decode->text()));
    const QString path = m_data->filePath(QStringLiteral("calibration.json"));
    QVERIFY(readFile(path).contains("rtx-4090"));
    // The matrix reads the same calibrated number as the panel.
    QCOMPARE(w.session().grid().at(w.session().hardwareRow(), w.session().modelRow()).decodeTokS,
             w.session().selectedEstimate().decodeTokS);

    w.undoStack()->undo();
    QVERIFY(!w.store().measured().contains(QStringLiteral("rtx-4090")));
    QCOMPARE(*w.session().selectedEstimate().decodeTokS, before);
    QVERIFY(!readFile(path).contains("rtx-4090"));
    w.undoStack()->redo();
    QVERIFY(w.store().measured().contains(QStringLiteral("rtx-4090")));

    // A file that is not llama-bench output is said in words and changes nothing.
    speed->setRunDialog([](QDialog &dialog) -> int {
        field<QLineEdit>(dialog, "benchFileEdit")
            ->setText(QStringLiteral(HEADROOM_TEST_DATA "/llama-bench/hostile-no-table.md"));
        return QDialog::Accepted;
    });
    const auto kept = w.store().measured();
    speed->calibrate();
    QVERIFY2(told.contains(QStringLiteral("no llama-bench table")), qPrintable(told));
    QCOMPARE(w.store().measured().size(), kept.size());

    // The check dialog draws the held-out publications and the user's runs; prompt processing's
    // check runs on its own thread, its row says so meanwhile, and its points join the chart after.
    int published = 0, yours = 0, sources = 0, prefill = 0;
    QString pendingRow, prefillRow;
    speed->setRunDialog([&](QDialog &dialog) -> int {
        dialog.show(); // the chart plots when it can be seen
        auto *chart = field<CalibrationChart>(dialog, "calibrationChart");
        published = chart->publishedPointCount();
        yours = chart->yourPointCount();
        QAbstractItemModel *table = field<QTableView>(dialog, "validationTable")->model();
        sources = table->rowCount();
        const QModelIndex last = table->index(sources - 1, 0);
        pendingRow = last.data().toString();
        if (!QTest::qWaitFor([&] { return chart->prefillPointCount() > 0; }, 120'000))
            return QDialog::Rejected;
        prefill = chart->prefillPointCount();
        prefillRow = last.data().toString();
        return QDialog::Rejected;
    });
    speed->showCheck();
    QVERIFY(published >= 200);
    QCOMPARE(yours, 2); // the two decode runs
    QVERIFY(sources >= 5);
    QVERIFY2(pendingRow.startsWith(QStringLiteral("Prompt processing")), qPrintable(pendingRow));
    QVERIFY2(prefill >= 150, qPrintable(QString::number(prefill)));
    QVERIFY2(prefillRow.contains(QString::number(prefill)), qPrintable(prefillRow));
    // Opened again, the check is already done: no waiting, the same points.
    int reopened = -1;
    speed->setRunDialog([&](QDialog &dialog) -> int {
        dialog.show();
        auto *chart = field<CalibrationChart>(dialog, "calibrationChart");
        const bool drawn = QTest::qWaitFor([&] { return chart->prefillPointCount() > 0; }, 2'000);
        reopened = drawn ? chart->prefillPointCount() : 0;
        return QDialog::Rejected;
    });
    speed->showCheck();
    QCOMPARE(reopened, prefill);

    // Another window on the same data folder starts calibrated.
    MainWindow again(CatalogLoader::embedded(), catalogPath());
    QVERIFY(again.store().measured().contains(QStringLiteral("rtx-4090")));
}

void TestCatalogEditing::offloadAndPromptControlsReachThePanel()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    w.session().select(QStringLiteral("qwen3-coder-next"), QStringLiteral("rtx-5090"));
    Scenario s = w.session().scenario();
    s.quant = Quantization::parse(QStringLiteral("Q4_K_M"));
    w.session().setScenario(s);
    QCOMPARE(w.session().selectedEstimate().verdict, Verdict::NoFit);
    // The panel offers offload as a way to run it, and the checkbox turns it on everywhere.
    QVERIFY2(field<QLabel>(w, "fixesLabel")->text().contains(QStringLiteral("system RAM")),
             qPrintable(field<QLabel>(w, "fixesLabel")->text()));
    field<QCheckBox>(w, "offloadCheck")->setChecked(true);
    QVERIFY(w.session().scenario().allowOffload);
    const Estimate e = w.session().selectedEstimate();
    QCOMPARE(e.verdict, Verdict::Offload);
    QVERIFY(e.offloadedBytes > 0 && e.decodeTokS);
    QVERIFY2(field<QLabel>(w, "decodeLabel")->text().contains(QStringLiteral("host RAM")),
             qPrintable(field<QLabel>(w, "decodeLabel")->text()));
    QVERIFY(field<QLabel>(w, "whyLabel")->text().contains(QStringLiteral("RAM")));
    // The experts-on-CPU field is llama.cpp's --n-cpu-moe: every layer's experts, then automatic again.
    auto *cpuMoe = field<QSpinBox>(w, "cpuMoeSpin");
    QVERIFY(cpuMoe->isEnabled());
    QCOMPARE(cpuMoe->text(), QStringLiteral("auto"));
    cpuMoe->setValue(Scenario::kAllLayers);
    QCOMPARE(cpuMoe->text(), QStringLiteral("all"));
    QCOMPARE(w.session().scenario().cpuMoeLayers, Scenario::kAllLayers);
    const Estimate everyLayer = w.session().selectedEstimate();
    QVERIFY(everyLayer.offloadedBytes > e.offloadedBytes);
    QVERIFY2(field<QLabel>(w, "decodeLabel")->toolTip().contains(QStringLiteral("hand-overs")),
             qPrintable(field<QLabel>(w, "decodeLabel")->toolTip()));
    // The placement is kept in the session and in scenario files, "all" by name.
    const QJsonObject saved = scenarioToJson(w.session().scenario());
    QCOMPARE(saved.value(QStringLiteral("cpu_moe_layers")).toString(), QStringLiteral("all"));
    QStringList problems;
    QCOMPARE(scenarioFromJson(saved, Scenario{}, &problems).cpuMoeLayers, Scenario::kAllLayers);
    QVERIFY(problems.isEmpty());
    QJsonObject twelve = saved;
    twelve.insert(QStringLiteral("cpu_moe_layers"), 12);
    twelve.insert(QStringLiteral("allow_offload"), false);
    const Scenario placed = scenarioFromJson(twelve, Scenario{}, &problems);
    QVERIFY(placed.cpuMoeLayers == 12 && placed.allowOffload); // a count is an offload placement
    twelve.insert(QStringLiteral("cpu_moe_layers"), 2.5);
    QCOMPARE(scenarioFromJson(twelve, Scenario{}, &problems).cpuMoeLayers, Scenario::kAutomaticPlacement);
    QVERIFY(problems.join(u' ').contains(QStringLiteral("cpu_moe_layers")));
    cpuMoe->setValue(Scenario::kAutomaticPlacement);
    QCOMPARE(w.session().selectedEstimate().offloadedBytes, e.offloadedBytes);
    // Offload off: the field has nothing to place.
    field<QCheckBox>(w, "offloadCheck")->setChecked(false);
    QVERIFY(!cpuMoe->isEnabled());
    field<QCheckBox>(w, "offloadCheck")->setChecked(true);
    // The prompt control sets the time to first token the panel shows.
    auto *prompt = field<QSpinBox>(w, "promptSpin");
    prompt->setValue(16384);
    QCOMPARE(w.session().scenario().promptTokens, 16384.0);
    const QString first = field<QLabel>(w, "firstTokenLabel")->text();
    QVERIFY2(first.contains(QStringLiteral("16K")), qPrintable(first));
    // With its range, and the formula behind it on hover: the class, its path, the micro-batches.
    const Estimate prompted = w.session().selectedEstimate();
    QVERIFY(prompted.ttftLowSeconds && prompted.ttftHighSeconds);
    QVERIFY(*prompted.ttftLowSeconds < *prompted.ttftSeconds && *prompted.ttftSeconds < *prompted.ttftHighSeconds);
    QVERIFY2(first.contains(Format::seconds(*prompted.ttftHighSeconds)), qPrintable(first));
    const QString formula = field<QLabel>(w, "firstTokenLabel")->toolTip();
    QVERIFY2(formula.contains(QStringLiteral("micro-batch")) && formula.contains(QStringLiteral("class ")),
             qPrintable(formula));
    // The split mode is a scenario choice too.
    auto *parallel = field<QComboBox>(w, "parallelCombo");
    parallel->setCurrentIndex(parallel->findData(int(Scenario::Parallel::TensorParallel)));
    QCOMPARE(w.session().scenario().parallel, Scenario::Parallel::TensorParallel);
}

void TestCatalogEditing::droppedGgufJoinsTheCatalogAtItsRealSize()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    GgufWriter gguf;
    gguf.string(QStringLiteral("general.architecture"), QStringLiteral("llama"));
    gguf.string(QStringLiteral("general.name"), QStringLiteral("Dropped Coder"));
    gguf.u32(QStringLiteral("general.file_type"), 15); // Q4_K_M
    gguf.u32(QStringLiteral("llama.block_count"), 2);
    gguf.u32(QStringLiteral("llama.context_length"), 8192);
    gguf.u32(QStringLiteral("llama.embedding_length"), 256);
    gguf.u32(QStringLiteral("llama.attention.head_count"), 4);
    gguf.u32(QStringLiteral("llama.attention.head_count_kv"), 2);
    gguf.tensor(QStringLiteral("token_embd.weight"), {256, 4096}, 12, 144 * 4096); // Q4_K
    const QString path = m_data->filePath(QStringLiteral("dropped.gguf"));
    QVERIFY(gguf.write(path));
    w.catalogActions()->setRunDialog(answer<ModelEditor>([](ModelEditor &) {}));
    QSignalSpy finished(w.modelImport(), &ModelImport::finished);
    const int models = w.store().modelCount();
    // Dropped on the window as a file manager would.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(w.store().modelCount(), models + 1);
    const ModelSpec *m = w.store().catalog().findModel(QStringLiteral("dropped-coder"));
    QVERIFY(m);
    // Sized at the file's own bytes under the format it names.
    QCOMPARE(m->nativeFormat, QStringLiteral("Q4_K_M"));
    QCOMPARE(m->knownFiles.value(QStringLiteral("Q4_K_M")).bytes, 144.0 * 4096);
    QCOMPARE(w.session().modelId(), QStringLiteral("dropped-coder"));
    w.undoStack()->undo();
    QCOMPARE(w.store().modelCount(), models);

    // A file that is not a whole GGUF: said in words, nothing added.
    QFile cut(m_data->filePath(QStringLiteral("cut.gguf")));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(gguf.header().left(50));
    cut.close();
    QString shown;
    w.modelImport()->setShowError([&shown](const QString &, const QString &text) { shown = text; });
    w.modelImport()->importGguf(cut.fileName());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().first().toBool(), false);
    QVERIFY2(shown.contains(QStringLiteral("cut.gguf")) && shown.contains(QStringLiteral("Nothing was added")),
             qPrintable(shown));
    QCOMPARE(w.store().modelCount(), models);
}

void TestCatalogEditing::huggingFaceRepositoryOrPastedConfig()
{
    MainWindow w(CatalogLoader::embedded(), catalogPath());
    w.catalogActions()->setRunDialog(answer<ModelEditor>([](ModelEditor &) {}));
    QSignalSpy finished(w.modelImport(), &ModelImport::finished);
    const int models = w.store().modelCount();
    const auto fillWith = [](const QString &repo, const QByteArray &config) {
        return [repo, config](QDialog &d) {
            field<QLineEdit>(d, "hfRepositoryField")->setText(repo);
            field<QPlainTextEdit>(d, "hfConfigField")->setPlainText(QString::fromUtf8(config));
            return int(QDialog::Accepted);
        };
    };
    // A pasted config.json: read at once.
    QFile fixture(QStringLiteral(HEADROOM_TEST_DATA "/hf-configs/qwen3-30b-a3b.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray config = fixture.readAll();
    w.modelImport()->setRunDialog(fillWith({}, config));
    w.findChild<QAction *>(QStringLiteral("importHuggingFaceAction"))->trigger();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(w.store().modelCount(), models + 1);
    QCOMPARE(w.store().model(w.session().modelRow()).layers, 48);
    w.undoStack()->undo();

    // A repository, from a stand-in Hub on the loopback address: the config and the file sizes.
    FakeHub hub;
    qputenv("HF_ENDPOINT", hub.address().toUtf8());
    hub.answer("/api/models/org/coder/tree/main",
               FakeHub::Answer(200, R"([{"type":"file","path":"config.json","size":900},
                                        {"type":"file","path":"coder-Q4_K_M.gguf","size":1,"lfs":{"size":18556686400}}])"));
    hub.answer("/org/coder/resolve/main/config.json", FakeHub::Answer(200, config));
    w.modelImport()->setRunDialog(fillWith(QStringLiteral("https://huggingface.co/org/coder"), {}));
    w.findChild<QAction *>(QStringLiteral("importHuggingFaceAction"))->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().first().toBool(), true);
    const ModelSpec &m = w.store().model(w.session().modelRow());
    QCOMPARE(m.name, QStringLiteral("org/coder"));
    QCOMPARE(m.knownFiles.value(QStringLiteral("Q4_K_M")).bytes, 18556686400.0);

    // A repository the Hub does not have: said, nothing added.
    QString shown;
    w.modelImport()->setShowError([&shown](const QString &, const QString &text) { shown = text; });
    w.modelImport()->setRunDialog(fillWith(QStringLiteral("org/missing"), {}));
    const int before = w.store().modelCount();
    w.findChild<QAction *>(QStringLiteral("importHuggingFaceAction"))->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().first().toBool(), false);
    QVERIFY2(shown.contains(QStringLiteral("has no repository")), qPrintable(shown));
    QCOMPARE(w.store().modelCount(), before);
    qunsetenv("HF_ENDPOINT");
}

QTEST_MAIN(TestCatalogEditing)
#include "tst_catalogediting.moc"
