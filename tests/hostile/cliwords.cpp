// CLI row, words: ids, names and structure. Unknown or hostile ids (empty, control characters,
// escape sequences, very long) are refused naming the flag, on one line, quoted; unknown flags, a
// flag given twice or swallowing the next, stray words; flags that do not apply; fractional token
// counts; --help and --version into a closed, full or read-only standard output.
#include "rows.h"

namespace Hostile {

namespace {

const QStringList kHostileWords = {
    QString(),
    QStringLiteral(" "),
    QStringLiteral("nope"),
    QStringLiteral("a\nb"),
    QStringLiteral("\x1b[31mred\x1b[0m"),
    QStringLiteral("tab\there"),
    QString::fromUtf8("\xe2\x80\xae"
                      "evil"), // a right-to-left override
    QString(5000, QLatin1Char('x')),
    QStringLiteral("-"),
    QStringLiteral("../../etc/passwd"),
    QStringLiteral("%s%n%x"),
    QString::fromUtf8("ünïcödé"),
    QStringLiteral("rtx-4090\n"),
};

struct Word
{
    QString command;
    QStringList base;
    QString flag;
};

QList<Word> wordTargets()
{
    const QStringList pair = {QStringLiteral("--model"), QStringLiteral("devstral-2"), QStringLiteral("--hardware"),
                              QStringLiteral("rtx-4090")};
    const QStringList compare = {QStringLiteral("--model"),      QStringLiteral("devstral-2"),
                                 QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"),
                                 QStringLiteral("--b-hardware"), QStringLiteral("dgx-spark")};
    const QStringList chart = {QStringLiteral("--chart"),    QStringLiteral("bandwidth"), QStringLiteral("--model"),
                               QStringLiteral("devstral-2"), QStringLiteral("-o"),        QStringLiteral("c.pdf")};
    const QStringList report = compare + QStringList{QStringLiteral("-o"), QStringLiteral("r.pdf")};
    const QStringList calibrate = {llamaBench(), QStringLiteral("--hardware"), QStringLiteral("rtx-4090")};
    QList<Word> all;
    for (const char *f : {"--model", "--hardware", "--quant", "--kv-type", "--parallel", "--catalog"})
        all.append({QStringLiteral("estimate"), pair, QLatin1String(f)});
    for (const char *f : {"--model", "--a-hardware", "--b-hardware", "--a-model", "--b-model", "--quant", "--catalog"})
        all.append({QStringLiteral("compare"), compare, QLatin1String(f)});
    for (const char *f : {"--format", "-o", "--quant", "--kv-type", "--catalog"})
        all.append({QStringLiteral("matrix"), {}, QLatin1String(f)});
    for (const char *f : {"--chart", "--model", "--hardware", "--page", "--lang", "-o"})
        all.append({QStringLiteral("export"), chart, QLatin1String(f)});
    for (const char *f : {"--model", "--a-hardware", "--page", "--lang"})
        all.append({QStringLiteral("report"), report, QLatin1String(f)});
    all.append(
        {QStringLiteral("report"), {QStringLiteral("-o"), QStringLiteral("r.pdf")}, QStringLiteral("--scenario")});
    for (const char *f : {"--hardware", "--model"})
        all.append({QStringLiteral("calibrate"), calibrate, QLatin1String(f)});
    all.append({QStringLiteral("estimate"),
                {QStringLiteral("--model"), QStringLiteral("devstral-2"), QStringLiteral("--memory-gb"),
                 QStringLiteral("48"), QStringLiteral("--bandwidth-gbs"), QStringLiteral("1000")},
                QStringLiteral("--vendor")});
    all.append({QString(), {}, QStringLiteral("--tab")});
    all.append({QString(), {}, QStringLiteral("--size")});
    all.append({QString(), {}, QStringLiteral("--lang")});
    all.append({QString(), {}, QStringLiteral("--model")});
    all.append({QString(), {}, QStringLiteral("--screenshot")});
    return all;
}

QStringList set(QStringList base, const QString &flag, const QString &value)
{
    const qsizetype at = base.indexOf(flag);
    if (at >= 0 && at + 1 < base.size())
        base[at + 1] = value;
    else
        base << flag << value;
    return base;
}

Case make(const QStringList &args, const Expect &e)
{
    Case c;
    c.name = args.join(QLatin1Char(' ')).left(160);
    c.args = args;
    c.expect = e;
    return c;
}

} // namespace

QList<Case> cliWordCases(const Context &)
{
    QList<Case> cases;
    // Hostile words as ids and names: none of them is one.
    for (const Word &w : wordTargets()) {
        for (const QString &word : kHostileWords) {
            QStringList args = set(w.base, w.flag, word);
            if (!w.command.isEmpty())
                args.prepend(w.command);
            else if (w.flag != QLatin1String("--screenshot"))
                args << QStringLiteral("--screenshot") << QStringLiteral("s.png");
            // The message names the flag; what the word contained is shown quoted, never raw. A
            // file name to write may be any of these words: written, or refused naming it.
            const bool output = w.flag == QLatin1String("-o") || w.flag == QLatin1String("--screenshot");
            const QString visible = word.trimmed().left(3);
            cases << make(args, output && !word.trimmed().isEmpty()
                                    ? either({w.flag, visible.isEmpty() ? w.flag : visible})
                                    : refused({w.flag}));
        }
    }
    // Structure, for every command.
    const QList<QStringList> commands = {
        {QStringLiteral("catalog")},
        {QStringLiteral("detect")},
        {QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
         QStringLiteral("--hardware"), QStringLiteral("rtx-4090")},
        {QStringLiteral("compare"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
         QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"), QStringLiteral("--b-hardware"),
         QStringLiteral("dgx-spark")},
        {QStringLiteral("matrix")},
        {QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("memory"), QStringLiteral("--model"),
         QStringLiteral("devstral-2"), QStringLiteral("-o"), QStringLiteral("m.svg")},
        {QStringLiteral("report"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
         QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"), QStringLiteral("--b-hardware"),
         QStringLiteral("dgx-spark"), QStringLiteral("-o"), QStringLiteral("r.pdf")},
        {QStringLiteral("validate")},
        {QStringLiteral("calibrate"), llamaBench(), QStringLiteral("--hardware"), QStringLiteral("rtx-4090")},
        {QStringLiteral("import"), testData(QStringLiteral("hf-configs/qwen3-30b-a3b.json"))},
    };
    for (const QStringList &base : commands) {
        cases << make(base, succeeds());
        for (const char *bad : {"--nope", "-x", "---", "--json=1", "--Catalog"})
            cases << make(base + QStringList{QLatin1String(bad)}, refused({}));
        cases << make(base + QStringList{QStringLiteral("stray")}, refused({QStringLiteral("stray")}));
        cases << make(base + QStringList{QStringLiteral("--catalog")}, refused({QStringLiteral("catalog")}));
        cases << make(base + QStringList{QStringLiteral("--catalog"), QStringLiteral("--builtin-only")},
                      refused({QStringLiteral("--catalog")}));
        cases << make(base + QStringList{QStringLiteral("--builtin-only"), QStringLiteral("--builtin-only")},
                      refused({QStringLiteral("--builtin-only")}));
        cases << make(base + QStringList{QStringLiteral("--catalog"), QStringLiteral("missing.json")},
                      refused({QStringLiteral("missing.json")}));
        cases << make(base + QStringList{QStringLiteral("--catalog"), QStringLiteral("a\nb.json")},
                      refused({QStringLiteral("--catalog")}));
        cases << make(base + QStringList{QStringLiteral("--builtin-only")}, succeeds());
        for (const QString &help : {QStringLiteral("--help"), QStringLiteral("--help-all")}) {
            cases << make(base + QStringList{help}, succeeds());
            Case full = make(base + QStringList{help}, refused({QStringLiteral("standard output")}, 1));
            full.name += QStringLiteral(" > full device");
            full.stdoutMode = Case::Stdout::Node;
            full.stdoutNode = QStringLiteral("full");
            full.setup = [](const QString &dir) { makeDevice(dir + QStringLiteral("/full"), 1, 7); };
            cases << full;
            for (const auto mode : {Case::Stdout::Closed, Case::Stdout::ReadOnly}) {
                Case c = make(base + QStringList{help}, refused({QStringLiteral("standard output")}, 1));
                c.name += mode == Case::Stdout::Closed ? QStringLiteral(" >&-") : QStringLiteral(" 1<file");
                c.stdoutMode = mode;
                cases << c;
            }
        }
    }
    // The window's own flags and the binary's.
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("--version"), QStringLiteral("--help-all")}) {
        cases << make({flag}, succeeds());
        for (const auto mode : {Case::Stdout::Closed, Case::Stdout::ReadOnly, Case::Stdout::Node}) {
            Case c = make({flag}, refused({QStringLiteral("standard output")}, 1));
            c.name += QStringLiteral(" (stdout %1)").arg(int(mode));
            c.stdoutMode = mode;
            c.stdoutNode = QStringLiteral("full");
            c.setup = [](const QString &dir) { makeDevice(dir + QStringLiteral("/full"), 1, 7); };
            cases << c;
        }
    }
    for (const char *word : {"nope", "Estimate", "", "\x1b]0;title\x07", "catalog\n"})
        cases << make({QLatin1String(word), QStringLiteral("--json")}, refused({QStringLiteral("command")}));
    cases << make({QStringLiteral("--nope")}, refused({QStringLiteral("nope")}));
    cases << make({QStringLiteral("--screenshot")}, refused({QStringLiteral("screenshot")}));
    return cases;
}

} // namespace Hostile
