// The look every list shares, and the column chooser.
#include "tableutil.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace Headroom {

QTableView *makeTable(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    return view;
}

void fitColumnsToHeaderAndSample(QTableView *view, int sampleRows)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QFontMetrics metrics = view->fontMetrics();
    const int rows = std::min(model->rowCount(), sampleRows);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.fontMetrics = metrics;
    for (int c = 0; c < model->columnCount(); ++c) {
        int width = metrics.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + 28;
        for (int r = 0; r < rows; ++r) {
            const QModelIndex index = model->index(r, c);
            // The delegate's own size: a verdict glyph or a ✓ takes room the text alone does not.
            width = std::max(width, view->itemDelegateForIndex(index)->sizeHint(option, index).width() + 8);
        }
        view->setColumnWidth(c, std::min(width, 360));
    }
}

} // namespace Headroom

namespace Headroom {

void enableColumnChooser(QTableView *view, const QString &settingsKey, const QList<int> &hiddenByDefault)
{
    QHeaderView *header = view->horizontalHeader();
    const QString key = QStringLiteral("columns/") + settingsKey;
    QList<int> hidden = hiddenByDefault;
    const QVariant remembered = QSettings().value(key);
    if (remembered.isValid()) {
        hidden.clear();
        for (const QString &column : remembered.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            hidden << column.toInt();
    }
    for (int c = 0; c < header->count(); ++c)
        header->setSectionHidden(c, hidden.contains(c) && c != 0); // the name column always shows
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view, [view, header, key](const QPoint &at) {
        QMenu menu(view);
        const QAbstractItemModel *model = view->model();
        for (int c = 1; c < header->count(); ++c) {
            QAction *action = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(c));
            QObject::connect(action, &QAction::toggled, header, [header, c, key](bool shown) {
                header->setSectionHidden(c, !shown);
                QStringList hiddenNow;
                for (int i = 0; i < header->count(); ++i) {
                    if (header->isSectionHidden(i))
                        hiddenNow << QString::number(i);
                }
                QSettings().setValue(key, hiddenNow.join(QLatin1Char(',')));
            });
        }
        menu.exec(header->mapToGlobal(at));
    });
    header->setToolTip(QCoreApplication::translate("Headroom::TableUtil", "Right-click to choose the columns"));
}

} // namespace Headroom
