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
    for (int c = 0; c < model->columnCount(); ++c) {
        int width = metrics.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + 28;
        for (int r = 0; r < rows; ++r)
            width = std::max(width, metrics.horizontalAdvance(model->index(r, c).data().toString()) + 16);
        view->setColumnWidth(c, std::min(width, 360));
    }
}

} // namespace Headroom
