// The Speed menu: calibrate a box on your llama-bench runs, forget it, check the speed model.
#pragma once

#include "catalog.h"

#include <QObject>

#include <functional>

class QAction;
class QDialog;
class QMenu;
class QUndoStack;
class QWidget;

namespace Headroom {

class CatalogStore;
class Session;

// The Speed menu: calibrate a box on the user's own llama-bench runs (what `headroom calibrate`
// takes as flags, the dialog asks), forget that calibration, and check the speed model against
// the built-in publications and the user's runs. Calibrations live in calibration.json in the
// user data folder; every change is one undoable command. Dialogs go through replaceable hooks.
class SpeedActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeedActions)

public:
    using RunDialog = std::function<int(QDialog &)>;
    // Tells the user something: (title, text).
    using Inform = std::function<void(const QString &, const QString &)>;

    // `calibrationPath` empty: no user data (nothing is read or saved).
    SpeedActions(Session *session, QUndoStack *undo, QWidget *window, QString calibrationPath);

    // Reads calibration.json into the store; a file that cannot be read is reported and left alone.
    void load();
    void addTo(QMenu *menu);
    void setRunDialog(RunDialog run) { m_runDialog = std::move(run); }
    void setInform(Inform inform) { m_inform = std::move(inform); }

    // Asks for the file, the box and the model, then calibrates.
    void calibrate();
    // Calibrates box `boxId` on llama-bench output `path` (`modelId` empty: match each run).
    // Returns an empty string, or the sentence saying why nothing changed.
    [[nodiscard]] QString calibrateFrom(const QString &path, const QString &boxId, const QString &modelId);
    void forget(const QString &boxId);
    void showCheck();
    // Saves now what a retry is waiting to save (on quit), waiting as long as a command would.
    void flush();

Q_SIGNALS:
    void message(const QString &text);

private:
    void setMeasured(const QMap<QString, MeasuredCalibration> &after, const QString &commandText);
    void save(int lockWaitMs);
    void updateTexts();

    Session *m_session;
    CatalogStore *m_store;
    QUndoStack *m_undo;
    QWidget *m_window;
    QString m_path;
    QMap<QString, MeasuredCalibration> m_saved; // what the file held when this window last read or wrote it
    bool m_retryPending = false;                // another Headroom holds the file's lock: try again soon
    bool m_mayWrite = true;                     // false while a calibration file that could not be read is on disk
    bool m_loading = false;
    RunDialog m_runDialog;
    Inform m_inform;
    QAction *m_calibrate;
    QAction *m_forget;
    QAction *m_check;
};

} // namespace Headroom
