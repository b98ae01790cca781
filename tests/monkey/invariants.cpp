#include "invariants.h"

#include "catalog.h"
#include "catalogstore.h"
#include "explorepage.h"
#include "mainwindow.h"
#include "roles.h"
#include "session.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>

namespace Monkey {

using namespace Headroom;

namespace {

// How far down an item view the text checks look (a user catalog may hold thousands of rows).
constexpr int kRowsChecked = 400;

QString idAt(const QAbstractItemModel *model, int section, Qt::Orientation orientation)
{
    return model->headerData(section, orientation, IdRole).toString();
}

void checkSelection(const MainWindow &w, QStringList *broken)
{
    const Session &s = w.session();
    const CatalogStore &store = w.store();
    if (store.modelRow(s.modelId()) < 0)
        broken->append(QStringLiteral("the selected model '%1' is not in the catalog").arg(s.modelId()));
    if (store.hardwareRow(s.hardwareId()) < 0)
        broken->append(QStringLiteral("the selected box '%1' is not in the catalog").arg(s.hardwareId()));
    for (int side = 0; side < 2; ++side) {
        const CompareSide &c = s.compare().sides[side];
        if (store.modelRow(c.modelId) < 0 || store.hardwareRow(c.hardwareId) < 0)
            broken->append(QStringLiteral("compare side %1 names '%2' on '%3', not both in the catalog")
                               .arg(side)
                               .arg(c.modelId, c.hardwareId));
    }

    // The matrix: a current cell is the session's pair.
    const auto *matrix = w.findChild<const QTableView *>(QStringLiteral("fitMatrix"));
    if (matrix && matrix->currentIndex().isValid()) {
        const QModelIndex at = matrix->currentIndex();
        const bool transposed = w.explorePage()->modelsAsRows();
        const QString rowId = idAt(matrix->model(), at.row(), Qt::Vertical);
        const QString columnId = idAt(matrix->model(), at.column(), Qt::Horizontal);
        const QString model = transposed ? rowId : columnId;
        const QString box = transposed ? columnId : rowId;
        if (model != s.modelId() || box != s.hardwareId())
            broken->append(QStringLiteral("the matrix's current cell is %1 on %2, the session's pair %3 on %4")
                               .arg(model, box, s.modelId(), s.hardwareId()));
    }
    // The lists: a current row is the session's model or box.
    for (const auto &[name, selected] :
         {std::pair{"modelTable", s.modelId()}, std::pair{"hardwareTable", s.hardwareId()}}) {
        const auto *list = w.findChild<const QTableView *>(QLatin1String(name));
        if (list && list->currentIndex().isValid()) {
            const QString id = list->currentIndex().siblingAtColumn(0).data(IdRole).toString();
            if (id != selected)
                broken->append(QStringLiteral("%1's current row is '%2', the session's is '%3'")
                                   .arg(QLatin1String(name), id, selected));
        }
    }
    // The panel names the session's pair.
    const auto *title = w.findChild<const QLabel *>(QStringLiteral("resultTitle"));
    const int m = s.modelRow(), b = s.hardwareRow();
    if (title && m >= 0 && b >= 0 &&
        (!title->text().contains(store.model(m).name) || !title->text().contains(store.hardware(b).name)))
        broken->append(QStringLiteral("the panel's title '%1' is not %2 on %3")
                           .arg(title->text(), store.model(m).name, store.hardware(b).name));
}

void checkIdsShown(const MainWindow &w, QStringList *broken)
{
    const CatalogStore &store = w.store();
    const auto known = [&store](const QString &id) { return store.modelRow(id) >= 0 || store.hardwareRow(id) >= 0; };
    for (const char *name : {"modelTable", "hardwareTable"}) {
        const auto *list = w.findChild<const QTableView *>(QLatin1String(name));
        const QAbstractItemModel *model = list ? list->model() : nullptr;
        for (int r = 0; model && r < std::min(model->rowCount(), kRowsChecked); ++r) {
            const QString id = model->index(r, 0).data(IdRole).toString();
            if (!known(id))
                broken->append(
                    QStringLiteral("%1 lists '%2', which the catalog no longer has").arg(QLatin1String(name), id));
        }
    }
    if (const auto *matrix = w.findChild<const QTableView *>(QStringLiteral("fitMatrix"))) {
        const QAbstractItemModel *model = matrix->model();
        for (const Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
            const int count = o == Qt::Horizontal ? model->columnCount() : model->rowCount();
            for (int i = 0; i < std::min(count, kRowsChecked); ++i) {
                if (!known(idAt(model, i, o)))
                    broken->append(QStringLiteral("the matrix shows '%1', which the catalog no longer has")
                                       .arg(idAt(model, i, o)));
            }
        }
    }
    for (const char *name : {"aHardwareCombo", "bHardwareCombo", "aModelCombo", "bModelCombo"}) {
        const auto *combo = w.findChild<const QComboBox *>(QLatin1String(name));
        if (combo && combo->currentIndex() >= 0 && !known(combo->currentData().toString()))
            broken->append(QStringLiteral("%1 shows '%2', which the catalog no longer has")
                               .arg(QLatin1String(name), combo->currentData().toString()));
    }
}

// NaN, infinity or a negative amount of memory in a text the window shows.
bool badNumber(const QString &text)
{
    static const QRegularExpression bad(
        QStringLiteral(
            "(\\bnan\\b|\\binf\\b|\\binfinity\\b|[-−]\\s?[0-9][0-9.,]*\\s?(KiB|MiB|GiB|TiB|KB|MB|GB|TB)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return bad.match(text).hasMatch();
}

void checkTexts(const MainWindow &w, QStringList *broken)
{
    QList<std::pair<QString, QString>> texts; // where, what
    const auto where = [](const QObject *o) {
        for (; o; o = o->parent()) {
            if (!o->objectName().isEmpty())
                return o->objectName();
        }
        return QStringLiteral("?");
    };
    for (const QLabel *label : w.findChildren<const QLabel *>()) {
        if (label->isVisible())
            texts.append({where(label), label->text()});
    }
    for (const QAbstractButton *button : w.findChildren<const QAbstractButton *>()) {
        if (button->isVisible())
            texts.append({where(button), button->text()});
    }
    for (const QAbstractItemView *view : w.findChildren<const QAbstractItemView *>()) {
        if (!view->isVisible() || qobject_cast<const QHeaderView *>(view))
            continue;
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int r = 0; r < std::min(model->rowCount(), kRowsChecked); ++r) {
            for (int c = 0; c < model->columnCount(); ++c)
                texts.append(
                    {where(view) + QStringLiteral(" (%1, %2)").arg(r).arg(c), model->index(r, c).data().toString()});
        }
        for (int c = 0; c < model->columnCount(); ++c)
            texts.append({where(view) + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString()});
    }
    for (const auto &[place, text] : std::as_const(texts)) {
        if (badNumber(text))
            broken->append(QStringLiteral("on screen in %1: '%2'").arg(place, text.left(160)));
    }
}

// What the window would save is what the next start can read: an editor that lets a value through
// the reader refuses would otherwise be found only when the next save, or start, fails.
void checkUserCatalogReadsBack(const MainWindow &w, QStringList *broken)
{
    const QByteArray bytes = QJsonDocument(CatalogLoader::toJson(w.store().userCatalog())).toJson();
    const CatalogLoadResult again = CatalogLoader::partFromJson(bytes);
    if (!again.errors.isEmpty())
        broken->append(QStringLiteral("the user catalog would not read back: %1").arg(again.errors.first()));
}

} // namespace

QStringList brokenInvariants(const MainWindow &window)
{
    QStringList broken;
    checkSelection(window, &broken);
    checkIdsShown(window, &broken);
    checkTexts(window, &broken);
    checkUserCatalogReadsBack(window, &broken);
    return broken;
}

} // namespace Monkey
