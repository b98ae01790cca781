#include "tableutil.h"

#include <QHeaderView>
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
