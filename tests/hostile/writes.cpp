// The write path: every producer (matrix, export in three formats, report, screenshot) onto every
// kind of target: new and existing files (permissions kept), read-only files and folders, missing
// folders, folders, FIFOs with and without a reader, device nodes, symlinks (to files, devices,
// nothing, themselves), full and read-only disks, an input of the same command; and standard
// output on a full device, closed or read-only. A failed write exits 1 naming the path and leaves
// what was there as it was.
#include "writetargets.h"

#include <QFileInfo>

#include <sys/mount.h>
#include <sys/stat.h>

namespace Hostile {

QList<Case> writeCases(const Context &ctx)
{
    using namespace Writes;
    QList<Case> cases;
    for (const Producer &p : producers()) {
        for (const Target &t : targets()) {
            Case c;
            c.name = QStringLiteral("%1 onto %2").arg(p.name, t.name);
            auto path = std::make_shared<QString>();
            auto before = std::make_shared<QString>();
            // The target's path is known once the folder exists: the arguments are made then.
            const QString ext = p.ext;
            const auto setup = t.setup;
            c.setup = [path, before, setup, ext](const QString &dir) {
                *path = setup(dir, ext);
                *before = identity(*path);
            };
            const auto args = p.args;
            c.argsFor = [path, args](const QString &) { return args(*path); };
            if (t.reader) {
                // A reader already waiting on the FIFO (in its open) when the command writes; the
                // script waits for it to have stored what it read.
                c.program = QStringLiteral("/bin/sh");
                const QString headroom = ctx.headroom;
                c.argsFor = [path, args, headroom](const QString &) {
                    return QStringList{
                               QStringLiteral("-c"),
                               QStringLiteral("cat \"$1\" > got & sleep 0.5; shift; \"$@\"; s=$?; wait; exit $s"),
                               QStringLiteral("sh"), *path, headroom} +
                           args(*path);
                };
            }
            c.expect = {t.expect,
                        t.status,
                        {QStringLiteral("out"), QStringLiteral("-o"), QStringLiteral("screenshot"),
                         QStringLiteral("a\\nb"), QStringLiteral("nnnn"), QStringLiteral("home")}};
            c.asNobody = t.nobody;
            c.mounts = t.mounts;
            const auto check = t.check;
            c.check = [path, before, check](const Run &r) { return check ? check(r, *path, *before) : QString(); };
            // A screenshot reads no user data: the user's catalog is not its input, and the user
            // asked for that file by name.
            if (p.name == QLatin1String("screenshot") && t.name.startsWith(QLatin1String("the user's"))) {
                c.expect.kind = Expect::Either;
                c.check = nullptr;
            }
            cases << c;
        }
    }
    // The same file as an input and the output: refused (exit 2), the input untouched.
    const QList<std::pair<QStringList, QString>> inputs = {
        {{QStringLiteral("matrix"), QStringLiteral("--catalog"), QStringLiteral("in.json"), QStringLiteral("-o"),
          QStringLiteral("in.json")},
         QStringLiteral("in.json")},
        {{QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("bandwidth"), QStringLiteral("--model"),
          QStringLiteral("devstral-2"), QStringLiteral("--catalog"), QStringLiteral("in.svg"), QStringLiteral("-o"),
          QStringLiteral("in.svg")},
         QStringLiteral("in.svg")},
        {{QStringLiteral("report"), QStringLiteral("--scenario"), QStringLiteral("in.pdf"), QStringLiteral("-o"),
          QStringLiteral("in.pdf")},
         QStringLiteral("in.pdf")},
        {{QStringLiteral("report"), QStringLiteral("--scenario"), QStringLiteral("sc.json"), QStringLiteral("-o"),
          QStringLiteral("link.pdf")},
         QStringLiteral("sc.json")},
    };
    for (const auto &[args, file] : inputs) {
        Case c;
        c.name = args.join(QLatin1Char(' '));
        c.args = args;
        c.expect = refused({QStringLiteral("-o")}, 2);
        const QString name = file;
        const bool scenario = args.contains(QStringLiteral("--scenario"));
        c.setup = [name, scenario](const QString &dir) {
            writeFile(dir + QLatin1Char('/') + name, scenario ? scenarioFile() : ownCatalog());
            if (name == QLatin1String("sc.json"))
                makeLink(QStringLiteral("sc.json"), dir + QStringLiteral("/link.pdf"));
        };
        c.check = [name](const Run &r) {
            const QByteArray now = readAll(r.dir + QLatin1Char('/') + name);
            return now.startsWith('{') ? QString() : QStringLiteral("loss: the input %1 was overwritten").arg(name);
        };
        cases << c;
    }
    // Standard output: a full device, closed, read-only, and a file on a full disk.
    const QList<QStringList> printers = {
        {QStringLiteral("matrix")},
        {QStringLiteral("catalog"), QStringLiteral("--json")},
        {QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
         QStringLiteral("--hardware"), QStringLiteral("rtx-4090")},
        {QStringLiteral("compare"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
         QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"), QStringLiteral("--b-hardware"),
         QStringLiteral("dgx-spark"), QStringLiteral("--json")},
        {QStringLiteral("validate"), QStringLiteral("--rows")},
        {QStringLiteral("import"), testData(QStringLiteral("hf-configs/deepseek-v3.json")), QStringLiteral("--json")},
        {QStringLiteral("calibrate"), llamaBench(), QStringLiteral("--hardware"), QStringLiteral("rtx-4090")},
        {QStringLiteral("report"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
         QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"), QStringLiteral("--b-hardware"),
         QStringLiteral("dgx-spark"), QStringLiteral("-o"), QStringLiteral("r.pdf")},
    };
    for (const QStringList &args : printers) {
        for (int mode = 0; mode < 4; ++mode) {
            Case c;
            c.name = args.first() + QStringLiteral(" > ") +
                     QStringList{QStringLiteral("full device"), QStringLiteral("closed"), QStringLiteral("read-only"),
                                 QStringLiteral("full disk")}
                         .at(mode);
            c.args = args;
            c.expect = refused({QStringLiteral("standard output")}, 1);
            c.stdoutMode = mode == 1 ? Case::Stdout::Closed : mode == 2 ? Case::Stdout::ReadOnly : Case::Stdout::Node;
            c.stdoutNode = mode == 0 ? QStringLiteral("full") : QStringLiteral("disk/out.txt");
            if (mode == 3)
                c.mounts = {QStringLiteral("disk")};
            c.setup = [mode](const QString &dir) {
                if (mode == 0)
                    makeDevice(dir + QStringLiteral("/full"), 1, 7);
                if (mode == 3) {
                    mountTmpfs(dir + QStringLiteral("/disk"), QStringLiteral("size=64k"));
                    writeFile(dir + QStringLiteral("/disk/out.txt"), {});
                    fillDisk(dir + QStringLiteral("/disk"));
                }
            };
            cases << c;
        }
    }
    return cases;
}

} // namespace Hostile
