// What the window remembers between runs: geometry, pages, palette, units and the session.
#include "windowstate.h"

#include "catalogpane.h"
#include "catalogstore.h"
#include "explorepage.h"
#include "format.h"
#include "inputlimits.h"
#include "mainwindow.h"
#include "session.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

namespace Headroom::WindowState {

namespace {

const QString kSession = QStringLiteral("session/json");

// Version 0.1 kept the explored scenario and selection under separate keys.
void restoreEarlierScenario(QSettings &settings, Session &session)
{
    Scenario s = session.scenario();
    if (settings.contains(QStringLiteral("scenario/quant")))
        s.quant = Quantization::parse(settings.value(QStringLiteral("scenario/quant")).toString());
    if (const auto kv = parseKvType(settings.value(QStringLiteral("scenario/kv")).toString()))
        s.kvType = *kv;
    const double context = settings.value(QStringLiteral("scenario/context"), s.contextTokens).toDouble();
    if (Limits::kContext.contains(context))
        s.contextTokens = context;
    const int batch = settings.value(QStringLiteral("scenario/batch"), s.batch).toInt();
    if (Limits::kBatch.contains(batch))
        s.batch = batch;
    const int gpus = settings.value(QStringLiteral("scenario/gpus"), 0).toInt();
    s.gpus = Limits::kGpus.contains(gpus) ? gpus : 0;
    session.setScenario(s);
    session.select(settings.value(QStringLiteral("selection/model"), session.modelId()).toString(),
                   settings.value(QStringLiteral("selection/hardware"), session.hardwareId()).toString());
}

// Version 0.1 kept usable-memory overrides in the settings. They move into the user's catalog
// (an override of that box) the first time this version starts, unless the catalog already has
// its own entry for the box, and only those are removed from the settings. A value that cannot be
// read (not a number, out of range, an unknown box) is reported and kept, never dropped.
QStringList migrateUsable(QSettings &settings, CatalogStore &store)
{
    QStringList kept;
    settings.beginGroup(QStringLiteral("usable"));
    for (const QString &id : settings.childKeys()) {
        bool ok = false;
        const double bytes = settings.value(id).toDouble(&ok);
        const int row = store.hardwareRow(id);
        if (row >= 0 && store.userHardware(id)) { // the catalog's own entry wins: nothing to move
            settings.remove(id);
            continue;
        }
        // The same bounds as any usable-memory input: 1 byte or 1e-300 from a damaged file is no value.
        if (ok && row >= 0 && bytes >= Format::bytesFromGiB(Limits::kUsableGb.min) &&
            bytes <= store.hardware(row).memoryBytesPerGpu) {
            store.setUsable(row, bytes, QCoreApplication::translate("Headroom::MainWindow", "your value"));
            settings.remove(id);
        } else {
            kept << id;
        }
    }
    settings.endGroup();
    return kept;
}

} // namespace

void restore(MainWindow &window)
{
    QSettings settings;
    if (!window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        window.resize(1280, 800);
    ExplorePage *explore = window.explorePage();
    explore->mainSplitter()->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    explore->catalogPane()->splitter()->restoreState(
        settings.value(QStringLiteral("window/catalogSplitter")).toByteArray());
    explore->showView(ExplorePage::View(std::clamp(settings.value(QStringLiteral("window/tab"), 0).toInt(), 0, 3)));
    window.setModelsAsRows(settings.value(QStringLiteral("window/modelsAsRows"), false).toBool());
    window.setFitToWidth(settings.value(QStringLiteral("window/fitToWidth"), false).toBool());
    if (settings.value(QStringLiteral("byteUnit")).toString() == QLatin1String("GB"))
        Format::setByteUnit(Format::ByteUnit::GB);
    // Usable memory first: the remembered session's numbers depend on it.
    if (const QStringList kept = migrateUsable(settings, window.store()); !kept.isEmpty())
        window.reportProblem(
            QCoreApplication::translate("Headroom::MainWindow", "Your settings"),
            QCoreApplication::translate("Headroom::MainWindow",
                                        "%1 holds usable-memory values from version 0.1 that cannot be read (%2); "
                                        "they are kept there, unused.")
                .arg(settings.fileName(), kept.join(QStringLiteral(", "))));
    const QJsonDocument json = QJsonDocument::fromJson(settings.value(kSession).toByteArray());
    if (json.isObject())
        window.session().fromJson(json.object());
    else
        restoreEarlierScenario(settings, window.session());
    window.showPage(MainWindow::Page(std::clamp(settings.value(QStringLiteral("window/page"), 0).toInt(), 0, 2)));
    if (settings.value(QStringLiteral("darkPalette"), false).toBool())
        window.setDarkPalette(true);
}

void save(const MainWindow &window)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), window.explorePage()->mainSplitter()->saveState());
    settings.setValue(QStringLiteral("window/catalogSplitter"),
                      window.explorePage()->catalogPane()->splitter()->saveState());
    settings.setValue(QStringLiteral("window/tab"), int(window.explorePage()->currentView()));
    settings.setValue(QStringLiteral("window/page"), int(window.currentPage()));
    settings.setValue(QStringLiteral("window/modelsAsRows"), window.explorePage()->modelsAsRows());
    settings.setValue(QStringLiteral("window/fitToWidth"), window.explorePage()->fitToWidth());
    settings.setValue(QStringLiteral("byteUnit"), Format::byteUnitName());
    settings.setValue(QStringLiteral("darkPalette"), window.darkPalette());
    settings.setValue(kSession, QJsonDocument(window.session().toJson()).toJson(QJsonDocument::Compact));
}

void saveSession(const MainWindow &window)
{
    QSettings settings;
    settings.setValue(kSession, QJsonDocument(window.session().toJson()).toJson(QJsonDocument::Compact));
    settings.sync();
}

} // namespace Headroom::WindowState
