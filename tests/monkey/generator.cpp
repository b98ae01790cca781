#include "generator.h"

#include "targets.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSlider>
#include <QTabBar>

namespace Monkey {

namespace {

// What people type into a token field: good counts, suffixes, typos, fractions, values past every limit.
const QStringList kTokenTexts = {
    QStringLiteral("32768"),   QStringLiteral("32k"),          QStringLiteral("128k"), QStringLiteral("256k"),
    QStringLiteral("1M"),      QStringLiteral("2M"),           QStringLiteral("16M"),  QStringLiteral("17M"),
    QStringLiteral("4k"),      QStringLiteral("4096"),         QStringLiteral("12"),   QStringLiteral("12q"),
    QStringLiteral("0.3k"),    QStringLiteral("1.5k"),         QStringLiteral("-5"),   QStringLiteral(""),
    QStringLiteral("lots"),    QStringLiteral("999999999999"), QStringLiteral("1e9"),  QStringLiteral("0"),
    QStringLiteral("131,072"), QStringLiteral("64k"),          QStringLiteral("8k"),   QStringLiteral("  16k ")};
// Other numbers: prices, GiB, tokens a day, months, shares.
const QStringList kNumberTexts = {QStringLiteral("0"),         QStringLiteral("1"),    QStringLiteral("2"),
                                  QStringLiteral("4"),         QStringLiteral("8"),    QStringLiteral("64"),
                                  QStringLiteral("999999999"), QStringLiteral("-1"),   QStringLiteral("0.5"),
                                  QStringLiteral("abc"),       QStringLiteral("2500"), QStringLiteral("20000"),
                                  QStringLiteral("1e308"),     QStringLiteral("")};
const QStringList kFreeTexts = {QStringLiteral("gpt"),
                                QStringLiteral("rtx"),
                                QStringLiteral("qwen3"),
                                QStringLiteral("zzz"),
                                QStringLiteral(""),
                                QStringLiteral("Mac"),
                                QStringLiteral("中文"),
                                QStringLiteral("a\"b<c>"),
                                QStringLiteral("My box"),
                                QStringLiteral("96"),
                                QStringLiteral("hf:nobody/nothing")};
const QStringList kSliderKeys = {QStringLiteral("Home"),  QStringLiteral("End"),  QStringLiteral("Left"),
                                 QStringLiteral("Right"), QStringLiteral("PgUp"), QStringLiteral("PgDown")};
const QStringList kViewKeys = {QStringLiteral("Up"),     QStringLiteral("Down"),  QStringLiteral("Left"),
                               QStringLiteral("Right"),  QStringLiteral("Home"),  QStringLiteral("End"),
                               QStringLiteral("PgDown"), QStringLiteral("Space"), QStringLiteral("F2"),
                               QStringLiteral("Del")};
const QStringList kComboKeys = {QStringLiteral("Up"), QStringLiteral("Down"), QStringLiteral("Home"),
                                QStringLiteral("End")};
const QStringList kEndings = {QStringLiteral("enter"), QStringLiteral("enter"), QStringLiteral("tab"), QString()};

bool tokenField(const QWidget *w)
{
    // TokenSpinBox: its suffix is the word for tokens, in whatever language is in force.
    return w->metaObject()->className() == QByteArrayLiteral("Headroom::TokenSpinBox");
}

Action step(const QString &kind, const QString &target, QStringList args = {})
{
    return Action{kind, target, std::move(args), false};
}

} // namespace

Action Generator::widgetStep(QWidget *root)
{
    const QList<QWidget *> widgets = interactiveWidgets(root);
    if (widgets.isEmpty())
        return step(QStringLiteral("esc"), targetName(root));
    QWidget *w = pick(widgets);
    const QString name = targetName(w);
    if (auto *header = qobject_cast<QHeaderView *>(w))
        return step(QStringLiteral("click"), name, {QString::number(below(header->count())), QStringLiteral("0")});
    if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
        const QAbstractItemModel *model = view->model();
        const int rows = model ? model->rowCount() : 0, columns = model ? model->columnCount() : 0;
        const QStringList cell{QString::number(below(rows)), QString::number(below(columns))};
        const double r = unit();
        if (r < 0.78)
            return step(QStringLiteral("click"), name, cell);
        if (r < 0.86)
            return step(QStringLiteral("dclick"), name, cell);
        if (r < 0.93)
            return step(QStringLiteral("rclick"), name, cell);
        return step(QStringLiteral("key"), name, {pick(kViewKeys)});
    }
    if (auto *tabs = qobject_cast<QTabBar *>(w))
        return step(QStringLiteral("click"), name, {QString::number(below(tabs->count()))});
    if (qobject_cast<QSlider *>(w)) {
        const double r = unit();
        if (r < 0.5)
            return step(QStringLiteral("key"), name, {pick(kSliderKeys)});
        return step(r < 0.8 ? QStringLiteral("drag") : QStringLiteral("click"), name,
                    {QString::number(unit(), 'f', 3)});
    }
    if (qobject_cast<QAbstractSpinBox *>(w)) {
        if (unit() < 0.35)
            return step(QStringLiteral("key"), name,
                        {pick(QStringList{QStringLiteral("Up"), QStringLiteral("Down"), QStringLiteral("PgUp"),
                                          QStringLiteral("PgDown")})});
        return step(QStringLiteral("type"), name, {pick(tokenField(w) ? kTokenTexts : kNumberTexts), pick(kEndings)});
    }
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        if (combo->isEditable() && unit() < 0.4)
            return step(QStringLiteral("type"), name, {pick(kFreeTexts), pick(kEndings)});
        return step(QStringLiteral("key"), name, {pick(kComboKeys)});
    }
    if (qobject_cast<QLineEdit *>(w))
        return step(QStringLiteral("type"), name, {pick(kFreeTexts), pick(kEndings)});
    return step(QStringLiteral("click"), name); // buttons, check boxes
}

Action Generator::menuStep(QWidget *window)
{
    QList<NamedAction> actions = menuActions(window);
    // Quitting ends the session under test; the restart step does that on purpose instead.
    actions.removeIf([](const NamedAction &a) { return a.name == QLatin1String("quitAction"); });
    if (actions.isEmpty())
        return widgetStep(window);
    const NamedAction &chosen = pick(actions);
    // Through its shortcut where it has one, as a person at the keyboard would.
    if (!chosen.action->shortcut().isEmpty() && unit() < 0.5)
        return step(QStringLiteral("shortcut"), chosen.name,
                    {chosen.action->shortcut().toString(QKeySequence::PortableText)});
    return step(QStringLiteral("trigger"), chosen.name);
}

QStringList Generator::macroNames()
{
    return {QStringLiteral("fits-after-long-context"),
            QStringLiteral("select-pair"),
            QStringLiteral("type-past-limit"),
            QStringLiteral("toggle-filters"),
            QStringLiteral("gpus-and-weights"),
            QStringLiteral("undo-redo"),
            QStringLiteral("add-and-delete-box"),
            QStringLiteral("add-box-filter-undo"),
            QStringLiteral("switch-language"),
            QStringLiteral("open-and-cancel-dialog"),
            QStringLiteral("restart"),
            QStringLiteral("compare-explored-pair"),
            QStringLiteral("fit-to-width-and-back")};
}

QList<Action> Generator::macro(const QString &name, QWidget *window)
{
    const Action explore =
        step(QStringLiteral("shortcut"), QStringLiteral("explore"), {QStringLiteral("Ctrl+Shift+1")});
    const auto click = [](const char *target) { return step(QStringLiteral("click"), QLatin1String(target)); };
    const auto anyRow = [this](const char *table) {
        return step(QStringLiteral("click"), QLatin1String(table), {QString::number(below(40)), QStringLiteral("0")});
    };
    if (name == QLatin1String("fits-after-long-context")) // the December crash, and the selection jump
        return {explore, anyRow("modelTable"),
                step(QStringLiteral("type"), QStringLiteral("contextSpin"),
                     {pick(QStringList{QStringLiteral("256k"), QStringLiteral("64k"), QStringLiteral("1M")}),
                      QStringLiteral("enter")}),
                click("fitsOnlyCheck")};
    if (name == QLatin1String("select-pair"))
        return {explore, step(QStringLiteral("click"), QStringLiteral("fitMatrix"),
                              {QString::number(below(30)), QString::number(below(30))})};
    if (name == QLatin1String("type-past-limit"))
        return {explore, step(QStringLiteral("type"),
                              pick(QStringList{QStringLiteral("contextSpin"), QStringLiteral("promptSpin")}),
                              {pick(QStringList{QStringLiteral("17M"), QStringLiteral("16M"), QStringLiteral("1M"),
                                                QStringLiteral("12"), QStringLiteral("12q"), QStringLiteral("0.3k")}),
                               QStringLiteral("enter")})};
    if (name == QLatin1String("toggle-filters")) {
        QList<Action> steps{explore};
        for (const char *check : {"fitsOnlyCheck", "singleBoxCheck", "offloadCheck", "extendedContextCheck"}) {
            if (unit() < 0.6)
                steps << click(check);
        }
        return steps;
    }
    if (name == QLatin1String("gpus-and-weights"))
        return {
            explore,
            step(QStringLiteral("type"), QStringLiteral("gpuSpin"),
                 {pick(QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("8"), QStringLiteral("0")}),
                  QStringLiteral("enter")}),
            step(QStringLiteral("drag"), QStringLiteral("quantSlider"), {QString::number(unit(), 'f', 3)}),
            step(QStringLiteral("key"), QStringLiteral("formatCombo"), {pick(kComboKeys)})};
    if (name == QLatin1String("undo-redo")) {
        QList<Action> steps;
        for (int i = below(4) + 1; i > 0; --i)
            steps << step(QStringLiteral("shortcut"), QStringLiteral("undoAction"), {QStringLiteral("Ctrl+Z")});
        for (int i = below(3); i > 0; --i)
            steps << step(QStringLiteral("shortcut"), QStringLiteral("redoAction"), {QStringLiteral("Ctrl+Shift+Z")});
        return steps;
    }
    if (name == QLatin1String("add-and-delete-box"))
        return {explore, anyRow("hardwareTable"),
                step(QStringLiteral("trigger"), QStringLiteral("duplicateBoxAction"), {QStringLiteral("accept")}),
                step(QStringLiteral("trigger"), QStringLiteral("removeBoxAction"), {QStringLiteral("accept")})};
    if (name == QLatin1String("add-box-filter-undo"))
        return {explore, anyRow("hardwareTable"),
                step(QStringLiteral("trigger"), QStringLiteral("duplicateBoxAction"), {QStringLiteral("accept")}),
                step(QStringLiteral("type"), QStringLiteral("hardwareSearchField"), {pick(kFreeTexts), QString()}),
                step(QStringLiteral("shortcut"), QStringLiteral("undoAction"), {QStringLiteral("Ctrl+Z")})};
    if (name == QLatin1String("switch-language"))
        return {step(QStringLiteral("trigger"),
                     pick(QStringList{QStringLiteral("language_de"), QStringLiteral("language_zh_CN"),
                                      QStringLiteral("language_en"), QStringLiteral("language_system")}))};
    if (name == QLatin1String("open-and-cancel-dialog")) {
        QList<NamedAction> actions = menuActions(window);
        actions.removeIf([](const NamedAction &a) {
            return !a.action->text().endsWith(QStringLiteral("…")) && !a.action->text().endsWith(QStringLiteral("..."));
        });
        if (actions.isEmpty())
            return {};
        return {step(QStringLiteral("trigger"), pick(actions).name, {QStringLiteral("esc")})};
    }
    if (name == QLatin1String("restart"))
        return {step(QStringLiteral("restart"), QStringLiteral("mainWindow"))};
    if (name == QLatin1String("remembered-after-a-second"))
        return {step(QStringLiteral("remembered"), QStringLiteral("mainWindow"))};
    if (name == QLatin1String("compare-explored-pair"))
        return {explore,
                step(QStringLiteral("click"), QStringLiteral("fitMatrix"),
                     {QString::number(below(30)), QString::number(below(30))}),
                step(QStringLiteral("shortcut"), QStringLiteral("compareSelected"), {QStringLiteral("Ctrl+D")}),
                step(QStringLiteral("key"),
                     pick(QStringList{QStringLiteral("aModelCombo"), QStringLiteral("bHardwareCombo")}),
                     {pick(kComboKeys)})};
    if (name == QLatin1String("fit-to-width-and-back"))
        return {explore, step(QStringLiteral("trigger"), QStringLiteral("fitToWidthAction")),
                step(QStringLiteral("trigger"), QStringLiteral("modelsAsRowsAction")),
                step(QStringLiteral("trigger"), QStringLiteral("fitToWidthAction")),
                step(QStringLiteral("trigger"), QStringLiteral("modelsAsRowsAction"))};
    return {};
}

QList<Action> Generator::next(QWidget *window)
{
    const double r = unit();
    if (r < 0.62)
        return {widgetStep(window)};
    if (r < 0.80)
        return {menuStep(window)};
    if (r < 0.83)
        return {step(QStringLiteral("resize"), QStringLiteral("mainWindow"),
                     {pick(QStringList{QStringLiteral("1280"), QStringLiteral("1366"), QStringLiteral("1600"),
                                       QStringLiteral("1920"), QStringLiteral("900")}),
                      pick(QStringList{QStringLiteral("800"), QStringLiteral("768"), QStringLiteral("1000"),
                                       QStringLiteral("1080"), QStringLiteral("600")})})};
    QStringList names = macroNames();
    if (unit() < 0.85) { // the slowest steps: now and then
        names.removeAll(QStringLiteral("restart"));
        names.removeAll(QStringLiteral("remembered-after-a-second"));
    }
    return macro(pick(names), window);
}

Action Generator::inDialog(QWidget *dialog, int steps, const QString &intent)
{
    const QString name = targetName(dialog);
    if (qobject_cast<QMenu *>(dialog)) // a popup menu: pick an entry or close it
        return unit() < 0.5 ? step(QStringLiteral("esc"), name)
                            : step(QStringLiteral("key"), name,
                                   {pick(QStringList{QStringLiteral("Down"), QStringLiteral("Return")})});
    if (steps >= 8)
        return step(unit() < 0.8 || steps >= 12 ? QStringLiteral("esc") : QStringLiteral("accept"), name);
    if (intent == QLatin1String("accept") || intent == QLatin1String("esc"))
        return step(intent, name);
    // File dialogs and message boxes: mostly closed, now and then explored (the monkey's home is a
    // throwaway folder, and so is its working folder).
    if (qobject_cast<QFileDialog *>(dialog) || qobject_cast<QMessageBox *>(dialog)) {
        const double r = unit();
        if (r < 0.55 || steps >= 4)
            return step(QStringLiteral("esc"), name);
        if (r < 0.7)
            return step(QStringLiteral("accept"), name);
        return widgetStep(dialog);
    }
    const double r = unit();
    if (r < 0.2)
        return step(QStringLiteral("esc"), name);
    if (r < 0.35)
        return step(QStringLiteral("accept"), name);
    return widgetStep(dialog);
}

} // namespace Monkey
