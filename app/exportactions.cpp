// The File menu's exports: charts, the matrix, the budget report, printing.
#include "exportactions.h"

#include "catalogstore.h"
#include "comparemodel.h"
#include "compareview.h"
#include "explorepage.h"
#include "figure.h"
#include "mainwindow.h"
#include "matrixexport.h"
#include "matrixproxy.h"
#include "report.h"
#include "safewrite.h"
#include "session.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace Headroom {

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_savePath = [window](const QString &title, const QString &filters, const QString &suggested) {
        QSettings settings;
        const QString folder = settings
                                   .value(QStringLiteral("export/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                   .toString();
        const QString path =
            QFileDialog::getSaveFileName(window, title, folder + QLatin1Char('/') + suggested, filters);
        if (!path.isEmpty())
            settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
        return path;
    };
    m_choice = [window](const QString &title, const QString &label, const QStringList &items, int current) {
        bool ok = false;
        const QString chosen = QInputDialog::getItem(window, title, label, items, current, false, &ok);
        return ok ? int(items.indexOf(chosen)) : -1;
    };
    add(QStringLiteral("exportChartAction"), tr("&Export chart…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        &ExportActions::chartTriggered);
    add(QStringLiteral("copyChartAction"), tr("&Copy chart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        &ExportActions::copyTriggered);
    add(QStringLiteral("exportMatrixAction"), tr("Export fit &matrix…"), {}, &ExportActions::matrixTriggered);
    add(QStringLiteral("exportReportAction"), tr("Budget &report (PDF)…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &ExportActions::reportTriggered);
    add(QStringLiteral("printReportAction"), tr("&Print budget report…"), QKeySequence::Print,
        &ExportActions::printTriggered);
}

QAction *ExportActions::add(const QString &objectName, const QString &text, const QKeySequence &shortcut,
                            void (ExportActions::*slot)())
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, slot);
    m_actions.append(action);
    return action;
}

void ExportActions::addTo(QMenu *menu)
{
    for (QAction *action : std::as_const(m_actions)) {
        if (action->objectName() == QLatin1String("exportReportAction"))
            menu->addSeparator();
        menu->addAction(action);
    }
}

void ExportActions::report(const QString &error, const QString &path)
{
    if (error.isEmpty())
        m_window->statusBar()->showMessage(tr("Saved %1").arg(path), 8000);
    else
        QMessageBox::warning(m_window, tr("Export failed"), error);
}

void ExportActions::chartTriggered()
{
    const QString path =
        m_savePath(tr("Export chart"), tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"),
                   chartKindName(currentChartRequest().kind) + QStringLiteral(".png"));
    if (path.isEmpty())
        return;
    int scale = 2;
    if (Figure::formatFor(path) == Figure::Format::Png) {
        const int choice = m_choice(tr("PNG size"), tr("Pixel scale (1× is 1200 × 800):"),
                                    {QStringLiteral("1×"), QStringLiteral("2×"), QStringLiteral("3×")}, 1);
        if (choice < 0)
            return;
        scale = choice + 1;
    }
    report(exportChart(path, scale), path);
}

void ExportActions::copyTriggered()
{
    const ChartRequest request = currentChartRequest();
    const Catalog &catalog = m_window->store().catalog();
    auto view = buildChart(catalog, request);
    auto *mime = new QMimeData;
    mime->setImageData(Figure::image(*view, figureText(catalog, request), 2));
    QApplication::clipboard()->setMimeData(mime);
    m_window->statusBar()->showMessage(tr("Chart copied to the clipboard"), 5000);
}

void ExportActions::matrixTriggered()
{
    const QString path = m_savePath(tr("Export fit matrix"), tr("CSV spreadsheet (*.csv);;Markdown table (*.md)"),
                                    QStringLiteral("fit-matrix.csv"));
    if (!path.isEmpty())
        report(exportMatrix(path), path);
}

void ExportActions::reportTriggered()
{
    const QString path =
        m_savePath(tr("Budget report"), tr("PDF document (*.pdf)"), QStringLiteral("budget-proposal.pdf"));
    if (path.isEmpty())
        return;
    const int page = m_choice(tr("Paper size"), tr("Paper:"), {QStringLiteral("A4"), QStringLiteral("Letter")},
                              QLocale().measurementSystem() == QLocale::ImperialUSSystem ? 1 : 0);
    if (page >= 0)
        report(exportReport(path, page == 1 ? QPageSize::Letter : QPageSize::A4), path);
}

void ExportActions::printTriggered()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CompareModel *model = m_window->comparePage()->model();
    const ReportInputs inputs{model->side(0), model->side(1), model->assumptions()};
    QPainter painter(&printer);
    Report::paint(printer, painter, m_window->store().catalog(), inputs);
}

ChartRequest ExportActions::currentChartRequest() const
{
    ChartRequest r;
    const Session &session = m_window->session();
    const CatalogStore &store = m_window->store();
    if (m_window->currentPage() == MainWindow::Page::Compare) {
        const CompareModel *model = m_window->comparePage()->model();
        r.kind = ChartKind::Compare;
        r.model = model->side(0).model;
        r.boxes = {model->side(0).hardware, model->side(1).hardware};
        r.scenario = model->side(0).scenario;
        r.comparison = ReportInputs{model->side(0), model->side(1), model->assumptions()};
        return r;
    }
    r.model = store.model(session.modelRow());
    r.boxes = {store.hardware(session.hardwareRow())};
    r.scenario = session.scenario();
    switch (m_window->explorePage()->currentView()) {
    case ExplorePage::View::Context: r.kind = ChartKind::Context; break;
    case ExplorePage::View::Quality: r.kind = ChartKind::Quality; break;
    default: r.kind = ChartKind::Bandwidth; break;
    }
    return r;
}

QString ExportActions::exportChart(const QString &path, int scale)
{
    const ChartRequest request = currentChartRequest();
    const Catalog &catalog = m_window->store().catalog();
    auto view = buildChart(catalog, request);
    return Figure::save(*view, figureText(catalog, request), path, scale);
}

QString ExportActions::exportMatrix(const QString &path)
{
    // What the matrix shows: the rows and columns the lists' filters let through, in their order.
    const MatrixProxy *proxy = m_window->explorePage()->matrixProxy();
    const QList<int> rows = proxy->shownRows();
    const QList<int> columns = proxy->shownColumns();
    const EstimateGrid &grid = m_window->session().grid();
    const QString text = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
                             ? MatrixExport::markdown(grid, rows, columns)
                             : MatrixExport::csv(grid, rows, columns);
    const SafeWrite::Result written = SafeWrite::bytesToFile(path, text.toUtf8());
    return written.ok ? QString() : tr("Cannot write %1: %2").arg(path, written.reason);
}

QString ExportActions::exportReport(const QString &path, int pageSizeId)
{
    QProgressDialog progress(tr("Writing the budget report…"), tr("Cancel"), 0, Report::kSteps, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const CompareModel *model = m_window->comparePage()->model();
    const ReportInputs inputs{model->side(0), model->side(1), model->assumptions()};
    return Report::write(m_window->store().catalog(), inputs, path, QPageSize::PageSizeId(pageSizeId),
                         [&progress](int step, int) {
                             progress.setValue(step);
                             QCoreApplication::processEvents();
                             return !progress.wasCanceled();
                         });
}

} // namespace Headroom
