// The Speed menu: calibrate a box on your llama-bench runs, forget it, check the speed model.
#include "speedactions.h"

#include "speedcheckmodel.h"

#include "calibrationchart.h"
#include "catalogstore.h"
#include "inputfile.h"
#include "llamabench.h"
#include "session.h"
#include "usercalibration.h"
#include "userfilelock.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Headroom {

namespace {

// One change of the user's calibrations, as the whole map before and after.
class MeasuredEdit final : public QUndoCommand
{
public:
    MeasuredEdit(CatalogStore *store, QMap<QString, MeasuredCalibration> before,
                 QMap<QString, MeasuredCalibration> after, const QString &text)
        : QUndoCommand(text)
        , m_store(store)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override { m_store->setMeasured(m_after); }
    void undo() override { m_store->setMeasured(m_before); }

private:
    CatalogStore *m_store;
    QMap<QString, MeasuredCalibration> m_before;
    QMap<QString, MeasuredCalibration> m_after;
};

// The window waits only briefly for another Headroom's save, then says so and retries.
constexpr int kLockWaitMs = 500;
constexpr int kRetryMs = 2000;

} // namespace

SpeedActions::SpeedActions(Session *session, QUndoStack *undo, QWidget *window, QString calibrationPath)
    : QObject(window)
    , m_session(session)
    , m_store(&session->store())
    , m_undo(undo)
    , m_window(window)
    , m_path(std::move(calibrationPath))
    , m_runDialog([](QDialog &dialog) { return dialog.exec(); })
    , m_inform([window](const QString &title, const QString &text) { QMessageBox::information(window, title, text); })
    , m_calibrate(new QAction(tr("&Calibrate with my llama-bench runs…"), this))
    , m_forget(new QAction(this))
    , m_check(new QAction(tr("C&heck the speed model…"), this))
{
    m_calibrate->setObjectName(QStringLiteral("calibrateAction"));
    m_calibrate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_calibrate->setStatusTip(tr("Scale a box's speeds by what llama-bench measured on it (headroom calibrate)"));
    m_forget->setObjectName(QStringLiteral("forgetCalibrationAction"));
    m_check->setObjectName(QStringLiteral("speedCheckAction"));
    m_check->setStatusTip(tr("Predicted against measured speed, for the built-in publications and your runs"));
    connect(m_calibrate, &QAction::triggered, this, &SpeedActions::calibrate);
    connect(m_forget, &QAction::triggered, this, [this] {
        if (m_session->hardwareRow() >= 0)
            forget(m_store->hardware(m_session->hardwareRow()).id);
    });
    connect(m_check, &QAction::triggered, this, &SpeedActions::showCheck);
    connect(m_session, &Session::selectionChanged, this, &SpeedActions::updateTexts);
    connect(m_store, &CatalogStore::measuredChanged, this, &SpeedActions::updateTexts);
    connect(m_store, &CatalogStore::measuredChanged, this, [this] { save(kLockWaitMs); });
    updateTexts();
}

void SpeedActions::load()
{
    if (m_path.isEmpty())
        return;
    UserCalibration::Loaded loaded = UserCalibration::read(m_path);
    if (!loaded.problem.isEmpty()) {
        m_mayWrite = false;
        Q_EMIT message(
            tr("Your speed calibrations could not be read and are left as they are: %1").arg(loaded.problem));
        return;
    }
    m_loading = true; // what was read is not a change to write back
    m_saved = loaded.boxes;
    m_store->setMeasured(std::move(loaded.boxes));
    m_loading = false;
}

void SpeedActions::addTo(QMenu *menu)
{
    menu->addAction(m_calibrate);
    menu->addAction(m_forget);
    menu->addSeparator();
    menu->addAction(m_check);
}

void SpeedActions::updateTexts()
{
    const int row = m_session->hardwareRow();
    const QString name = row >= 0 ? m_store->hardware(row).name : QString();
    const bool has = row >= 0 && m_store->measured().contains(m_store->hardware(row).id);
    m_forget->setText(has ? tr("&Forget my calibration of %1").arg(name) : tr("&Forget my calibration"));
    m_forget->setEnabled(has);
}

void SpeedActions::calibrate()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("calibrateDialog"));
    dialog.setWindowTitle(tr("Calibrate with my llama-bench runs"));
    auto *path = new QLineEdit(&dialog);
    path->setObjectName(QStringLiteral("benchFileEdit"));
    path->setPlaceholderText(tr("llama-bench -o json (or -o md) output"));
    path->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("&Browse…"), &dialog);
    auto *box = new QComboBox(&dialog);
    box->setObjectName(QStringLiteral("benchBoxCombo"));
    for (int row = 0; row < m_store->hardwareCount(); ++row)
        box->addItem(m_store->hardware(row).name, m_store->hardware(row).id);
    box->setCurrentIndex(std::max(0, m_session->hardwareRow()));
    auto *model = new QComboBox(&dialog);
    model->setObjectName(QStringLiteral("benchModelCombo"));
    model->addItem(tr("Match each run by its parameter count"), QString());
    for (int row = 0; row < m_store->modelCount(); ++row)
        model->addItem(m_store->model(row).name, m_store->model(row).id);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(path, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&Runs file:"), &dialog);
    fileLabel->setBuddy(path);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Box the runs were made on:"), box);
    form->addRow(tr("&Model:"), model);
    auto *hint =
        new QLabel(tr("Run for example: llama-bench -m MODEL.gguf -fa 1 -d 0,4096,16384 -o json > runs.json"), &dialog);
    hint->setWordWrap(true);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, &dialog, [&] {
        const QString chosen =
            QFileDialog::getOpenFileName(&dialog, tr("llama-bench output"), path->text(),
                                         tr("llama-bench output (*.json *.jsonl *.md *.txt);;All files (*)"));
        if (!chosen.isEmpty())
            path->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (m_runDialog(dialog) != QDialog::Accepted || path->text().trimmed().isEmpty())
        return;
    const QString problem =
        calibrateFrom(path->text().trimmed(), box->currentData().toString(), model->currentData().toString());
    if (!problem.isEmpty())
        m_inform(tr("Calibrate with my llama-bench runs"), problem);
}

QString SpeedActions::calibrateFrom(const QString &path, const QString &boxId, const QString &modelId)
{
    const HardwareSpec *box = m_store->catalog().findHardware(boxId);
    if (!box)
        return tr("There is no box '%1' in the catalog.").arg(boxId);
    if (!m_mayWrite)
        return tr("Your calibration file %1 could not be read. Fix or remove it first; Headroom does not write "
                  "over it.")
            .arg(m_path);
    const InputFile::Read read = InputFile::read(path, LlamaBench::kMaxBytes, InputFile::Origin::Named);
    if (!read.ok())
        return tr("%1 cannot be read: %2").arg(path, read.missing ? tr("no such file") : read.error);
    const LlamaBench::Parsed parsed = LlamaBench::parse(read.bytes);
    if (!parsed.error.isEmpty())
        return tr("%1 is not llama-bench output Headroom can read: %2").arg(QFileInfo(path).fileName(), parsed.error);
    const UserCalibration::Result result = UserCalibration::fromRuns(
        parsed.runs, m_store->catalog(), *box, modelId, tr("llama-bench output %1").arg(QFileInfo(path).fileName()),
        QDate::currentDate().toString(Qt::ISODate));
    if (!result.error.isEmpty())
        return tr("Nothing was calibrated: %1").arg(result.error);
    QMap<QString, MeasuredCalibration> after = m_store->measured();
    after.insert(boxId, *result.calibration);
    setMeasured(after, tr("Calibrate %1").arg(box->name));
    QString summary = tr("%1: decode speeds × %2 from %n run(s)", nullptr, int(result.calibration->runs.size()))
                          .arg(box->name)
                          .arg(result.calibration->scale, 0, 'f', 2);
    if (result.calibration->promptScale)
        summary += tr(", prompt processing × %1").arg(*result.calibration->promptScale, 0, 'f', 2);
    if (!result.skipped.isEmpty())
        summary += QLatin1Char('\n') + tr("Not used: %1").arg(result.skipped.join(QStringLiteral("; ")));
    Q_EMIT message(summary);
    return {};
}

void SpeedActions::forget(const QString &boxId)
{
    QMap<QString, MeasuredCalibration> after = m_store->measured();
    if (!after.remove(boxId))
        return;
    const HardwareSpec *box = m_store->catalog().findHardware(boxId);
    setMeasured(after, tr("Forget the calibration of %1").arg(box ? box->name : boxId));
}

void SpeedActions::setMeasured(const QMap<QString, MeasuredCalibration> &after, const QString &commandText)
{
    m_undo->push(new MeasuredEdit(m_store, m_store->measured(), after, commandText));
}

void SpeedActions::flush()
{
    if (m_retryPending)
        save(UserFileLock::kWaitMs);
}

void SpeedActions::save(int lockWaitMs)
{
    if (m_path.isEmpty() || !m_mayWrite || m_loading)
        return;
    // Only this window's changes go in; a box another Headroom calibrated meanwhile stays.
    const QMap<QString, MeasuredCalibration> ours = m_store->measured();
    bool locked = false;
    const SafeWrite::Result saved = UserCalibration::saveChanges(m_path, m_saved, ours, lockWaitMs, &locked);
    if (saved.ok) {
        m_saved = ours;
        m_retryPending = false;
        return;
    }
    if (locked && !m_retryPending) {
        m_retryPending = true;
        QTimer::singleShot(kRetryMs, this, [this] {
            if (!m_retryPending)
                return; // flushed meanwhile
            m_retryPending = false;
            save(kLockWaitMs);
        });
    }
    Q_EMIT message(
        locked
            ? tr("Your speed calibrations are not saved yet: %1. Headroom tries again in a moment.").arg(saved.reason)
            : tr("Your speed calibrations could not be saved: %1").arg(saved.reason));
}

void SpeedActions::showCheck()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("speedCheckDialog"));
    dialog.setWindowTitle(tr("Check the speed model"));
    auto *check = new SpeedCheckModel(m_store, &dialog);
    auto *chart = new CalibrationChart(&dialog);
    chart->setDark(m_window->palette().color(QPalette::Window).lightness() < 128);
    chart->setSource(check);
    chart->setMinimumSize(600, 360);
    auto *table = new QTableView(&dialog);
    table->setObjectName(QStringLiteral("validationTable"));
    table->setModel(check);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Every source in sight: the table is as tall as its rows, also once prompt processing's row
    // arrives with its longer text.
    const auto fitRows = [table] {
        table->resizeRowsToContents();
        table->setFixedHeight(table->verticalHeader()->length() + table->horizontalHeader()->sizeHint().height() +
                              2 * table->frameWidth());
    };
    fitRows();
    connect(check, &SpeedCheckModel::prefillChecked, table, fitRows);
    auto *note = new QLabel(SpeedCheckModel::targetsText(), &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(chart, 1);
    layout->addWidget(table);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog.resize(760, 760);
    m_runDialog(dialog);
}

} // namespace Headroom
