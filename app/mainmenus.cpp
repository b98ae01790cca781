// The window's menus: File, Edit, Catalog, Speed, View (with the languages) and Help.
#include "mainwindow.h"

#include "catalogactions.h"
#include "catalogpane.h"
#include "catalogstore.h"
#include "compareview.h"
#include "explorepage.h"
#include "exportactions.h"
#include "format.h"
#include "hardwaretablemodel.h"
#include "language.h"
#include "modelimport.h"
#include "palette.h"
#include "scenarioactions.h"
#include "session.h"
#include "speedactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

namespace Headroom {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_scenarios->addTo(file);
    file->addSeparator();
    m_exports->addTo(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *catalog = menuBar()->addMenu(tr("&Catalog"));
    m_catalogActions->addTo(catalog);
    catalog->addSeparator();
    m_modelImport->addTo(catalog);

    QMenu *speed = menuBar()->addMenu(tr("Spee&d"));
    m_speed->addTo(speed);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *search = view->addAction(tr("&Find"), this, [this] {
        showPage(Page::Explore);
        m_explore->catalogPane()->focusSearch();
    });
    search->setShortcut(QKeySequence::Find);
    view->addSeparator();
    const QStringList pages = {tr("E&xplore"), tr("Compare &two boxes"), tr("Budget a&dvisor")};
    for (int i = 0; i < pages.size(); ++i) {
        QAction *page = view->addAction(pages.at(i), this, [this, i] { showPage(Page(i)); });
        page->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | (Qt::Key_1 + i)));
    }
    const QStringList tabs = {tr("Fit &matrix"), tr("&Bandwidth chart"), tr("&Context sweep"), tr("&Quality vs speed")};
    for (int i = 0; i < tabs.size(); ++i) {
        QAction *tab = view->addAction(tabs.at(i), this, [this, i] {
            showPage(Page::Explore);
            m_explore->showView(ExplorePage::View(i));
        });
        tab->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }
    m_modelsAsRows = view->addAction(tr("Models as &rows in the matrix"));
    m_modelsAsRows->setObjectName(QStringLiteral("modelsAsRowsAction"));
    m_modelsAsRows->setCheckable(true);
    m_modelsAsRows->setToolTip(tr("Boxes across, models down: fits more on a narrow screen"));
    connect(m_modelsAsRows, &QAction::toggled, m_explore, &ExplorePage::setModelsAsRows);
    m_fitToWidth = view->addAction(tr("Fit the matrix to the &window width"));
    m_fitToWidth->setObjectName(QStringLiteral("fitToWidthAction"));
    m_fitToWidth->setCheckable(true);
    m_fitToWidth->setToolTip(tr("Every column on screen; narrow cells show the verdict's sign alone"));
    connect(m_fitToWidth, &QAction::toggled, m_explore, &ExplorePage::setFitToWidth);
    QAction *compareSelected =
        view->addAction(tr("Compare the selected pair as box &A"), this, &MainWindow::compareSelectedAsA);
    compareSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    view->addSeparator();
    auto *units = new QActionGroup(this);
    QAction *gib = view->addAction(tr("Memory in &GiB (2^30 bytes, like llama.cpp)"));
    QAction *gb = view->addAction(tr("Memory in G&B (10^9 bytes, like Hugging Face)"));
    gib->setObjectName(QStringLiteral("gibAction"));
    gb->setObjectName(QStringLiteral("gbAction"));
    for (QAction *a : {gib, gb}) {
        a->setCheckable(true);
        units->addAction(a);
    }
    (Format::byteUnit() == Format::ByteUnit::GiB ? gib : gb)->setChecked(true);
    connect(units, &QActionGroup::triggered, this, [this, gib](QAction *chosen) {
        Format::setByteUnit(chosen == gib ? Format::ByteUnit::GiB : Format::ByteUnit::GB);
        refreshDisplayUnits();
    });
    m_darkAction = view->addAction(tr("&Dark palette"));
    m_darkAction->setObjectName(QStringLiteral("darkAction"));
    m_darkAction->setCheckable(true);
    connect(m_darkAction, &QAction::toggled, this, [this](bool dark) {
        Palette::apply(dark);
        m_explore->setDark(dark);
        m_compare->setDark(dark);
    });
    addLanguageMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Headroom"), this, [this] {
        const Catalog &c = m_store->catalog();
        QMessageBox::about(this, tr("About Headroom"),
                           tr("<h3>Headroom %1</h3><p>Which open-weight coding model fits the box you can buy, "
                              "and how fast it will feel.</p><p>Catalog as of %2. Every value carries its source "
                              "and date: hover a cell to see it. Decode speed is calibrated on %3 (%4).</p>"
                              "<p>Licensed under the GPL-3.0-or-later.</p>")
                               .arg(QStringLiteral(HEADROOM_VERSION), c.asOf,
                                    c.calibrationSource.source.toHtmlEscaped(), c.calibrationSource.asOf));
    });
}

void MainWindow::addLanguageMenu(QMenu *view)
{
    view->addSeparator();
    QMenu *menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    for (const Language::Choice &choice : Language::choices()) {
        QAction *action = menu->addAction(choice.name);
        action->setObjectName(QStringLiteral("language_") +
                              (choice.code.isEmpty() ? QStringLiteral("system") : choice.code));
        action->setCheckable(true);
        action->setChecked(choice.code == Language::current());
        group->addAction(action);
        // Queued: the owner replaces this window, and with it the menu that is still closing.
        connect(
            action, &QAction::triggered, this, [this, code = choice.code] { Q_EMIT languageChosen(code); },
            Qt::QueuedConnection);
    }
}

void MainWindow::refreshDisplayUnits()
{
    // Every byte figure is formatted when shown; asking the models to show again is enough.
    m_explore->hardwareModel()->refreshUnits();
    m_session->setScenario(m_session->scenario());
    m_session->setCompare(m_session->compare());
}

} // namespace Headroom
