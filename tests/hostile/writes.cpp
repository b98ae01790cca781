// The write path: every producer (matrix, export in three formats, report, screenshot) onto every
// kind of target: new and existing files (permissions kept), read-only files and folders, missing
// folders, folders, FIFOs with and without a reader, device nodes, symlinks (to files, devices,
// nothing, themselves), full and read-only disks, an input of the same command; and standard
// output on a full device, closed or read-only. A failed write exits 1 naming the path and leaves
// what was there as it was.
#include "rows.h"

#include <QFileInfo>

#include <sys/mount.h>
#include <sys/stat.h>

namespace Hostile {

namespace {

struct Producer
{
    QString name;
    QString ext;
    std::function<QStringList(const QString &target)> args;
};

struct Target
{
    QString name;
    std::function<QString(const QString &dir, const QString &ext)> setup; // returns the -o path
    Expect::Kind expect;
    int status; // for a refusal
    bool nobody = false;
    QStringList mounts;
    std::function<QString(const Run &, const QString &path, const QString &before)> check;
};

QList<Producer> producers()
{
    const QStringList model = {QStringLiteral("--model"), QStringLiteral("devstral-2")};
    return {
        {QStringLiteral("matrix"), QStringLiteral(".csv"),
         [](const QString &t) {
             return QStringList{QStringLiteral("matrix"), QStringLiteral("-o"), t};
         }},
        {QStringLiteral("matrix md"), QStringLiteral(".md"),
         [](const QString &t) {
             return QStringList{QStringLiteral("matrix"), QStringLiteral("-o"), t};
         }},
        {QStringLiteral("export svg"), QStringLiteral(".svg"),
         [model](const QString &t) {
             return QStringList{QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("bandwidth")} +
                    model + QStringList{QStringLiteral("-o"), t};
         }},
        {QStringLiteral("export pdf"), QStringLiteral(".pdf"),
         [model](const QString &t) {
             return QStringList{QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("memory")} + model +
                    QStringList{QStringLiteral("-o"), t};
         }},
        {QStringLiteral("export png"), QStringLiteral(".png"),
         [model](const QString &t) {
             return QStringList{QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("bandwidth"),
                                QStringLiteral("--scale"), QStringLiteral("1")} +
                    model + QStringList{QStringLiteral("-o"), t};
         }},
        {QStringLiteral("export compare"), QStringLiteral(".svg"),
         [model](const QString &t) {
             return QStringList{QStringLiteral("export"),       QStringLiteral("--chart"),
                                QStringLiteral("compare"),      QStringLiteral("--hardware"),
                                QStringLiteral("rtx-pro-6000"), QStringLiteral("--hardware"),
                                QStringLiteral("dgx-spark")} +
                    model + QStringList{QStringLiteral("-o"), t};
         }},
        {QStringLiteral("report"), QStringLiteral(".pdf"),
         [model](const QString &t) {
             return QStringList{QStringLiteral("report")} + model +
                    QStringList{QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"),
                                QStringLiteral("--b-hardware"), QStringLiteral("dgx-spark"),
                                QStringLiteral("-o"),           t};
         }},
        {QStringLiteral("screenshot"), QStringLiteral(".png"),
         [](const QString &t) {
             return QStringList{QStringLiteral("--screenshot"), t, QStringLiteral("--size"), QStringLiteral("640x480")};
         }},
    };
}

const QByteArray kOld = "known good contents\n";

// After a failed write what was there is there; after a success the target holds something new.
QString sameUnlessWritten(const Run &r, const QString &path, const QString &before)
{
    if (r.exitCode != 0)
        return unchanged(path, before, QStringLiteral("the target after a failed write"));
    return {};
}

QString stillA(const QString &path, const QString &kind)
{
    return identity(path).startsWith(kind)
               ? QString()
               : QStringLiteral("loss: %1 is no longer a %2 (%3)").arg(path, kind, identity(path));
}

QList<Target> targets()
{
    using K = Expect::Kind;
    QList<Target> t;
    const auto plain = [](const QString &dir, const QString &ext) -> QString {
        return dir + QStringLiteral("/out") + ext;
    };
    const auto existing = [](mode_t mode) {
        return [mode](const QString &dir, const QString &ext) -> QString {
            const QString p = dir + QStringLiteral("/out") + ext;
            writeFile(p, kOld);
            ::chmod(QFile::encodeName(p).constData(), mode);
            return p;
        };
    };
    t.append({QStringLiteral("a new file"),
              plain,
              K::Success,
              0,
              false,
              {},
              [](const Run &, const QString &p, const QString &) {
                  return QFileInfo(p).size() > 0 ? QString() : QStringLiteral("break: nothing written");
              }});
    t.append({QStringLiteral("an existing file, mode 640"),
              existing(0640),
              K::Success,
              0,
              false,
              {},
              [](const Run &, const QString &p, const QString &) {
                  return identity(p).endsWith(QLatin1String(":640"))
                             ? QString()
                             : QStringLiteral("break: permissions not kept (%1)").arg(identity(p));
              }});
    t.append({QStringLiteral("an empty file"), existing(0644), K::Success, 0, false, {}, nullptr});
    t.append(
        {QStringLiteral("a read-only file (as nobody)"), existing(0444), K::Either, 1, true, {}, sameUnlessWritten});
    t.append({QStringLiteral("a read-only folder (as nobody)"),
              [](const QString &dir, const QString &ext) -> QString {
                  QDir().mkpath(dir + QStringLiteral("/ro"));
                  writeFile(dir + QStringLiteral("/ro/out") + ext, kOld);
                  ::chmod(QFile::encodeName(dir + QStringLiteral("/ro")).constData(), 0555);
                  return dir + QStringLiteral("/ro/out") + ext;
              },
              K::Refusal,
              1,
              true,
              {},
              sameUnlessWritten});
    t.append(
        {QStringLiteral("a missing folder"),
         [](const QString &dir, const QString &ext) -> QString { return dir + QStringLiteral("/no/such/out") + ext; },
         K::Refusal,
         1,
         false,
         {},
         nullptr});
    t.append({QStringLiteral("a folder"),
              [](const QString &dir, const QString &ext) -> QString {
                  QDir().mkpath(dir + QStringLiteral("/out") + ext);
                  return dir + QStringLiteral("/out") + ext;
              },
              K::Refusal,
              1,
              false,
              {},
              [](const Run &, const QString &p, const QString &) { return stillA(p, QStringLiteral("dir")); }});
    t.append({QStringLiteral("a FIFO without a reader"),
              [](const QString &dir, const QString &ext) -> QString {
                  makeFifo(dir + QStringLiteral("/out") + ext);
                  return dir + QStringLiteral("/out") + ext;
              },
              K::Refusal,
              1,
              false,
              {},
              [](const Run &, const QString &p, const QString &) { return stillA(p, QStringLiteral("fifo")); }});
    t.append({QStringLiteral("a null device node"),
              [](const QString &dir, const QString &ext) -> QString {
                  makeDevice(dir + QStringLiteral("/out") + ext, 1, 3);
                  return dir + QStringLiteral("/out") + ext;
              },
              K::Success,
              0,
              false,
              {},
              [](const Run &, const QString &p, const QString &) { return stillA(p, QStringLiteral("chardev")); }});
    t.append({QStringLiteral("a full device node"),
              [](const QString &dir, const QString &ext) -> QString {
                  makeDevice(dir + QStringLiteral("/out") + ext, 1, 7);
                  return dir + QStringLiteral("/out") + ext;
              },
              K::Refusal,
              1,
              false,
              {},
              [](const Run &, const QString &p, const QString &) { return stillA(p, QStringLiteral("chardev")); }});
    t.append({QStringLiteral("a zero device node"),
              [](const QString &dir, const QString &ext) -> QString {
                  makeDevice(dir + QStringLiteral("/out") + ext, 1, 5);
                  return dir + QStringLiteral("/out") + ext;
              },
              K::Success,
              0,
              false,
              {},
              [](const Run &, const QString &p, const QString &) { return stillA(p, QStringLiteral("chardev")); }});
    t.append({QStringLiteral("a symlink to a file"),
              [](const QString &dir, const QString &ext) -> QString {
                  writeFile(dir + QStringLiteral("/real") + ext, kOld);
                  makeLink(QStringLiteral("real") + ext, dir + QStringLiteral("/out") + ext);
                  return dir + QStringLiteral("/out") + ext;
              },
              K::Success,
              0,
              false,
              {},
              [](const Run &, const QString &p, const QString &) {
                  const QString link = stillA(p, QStringLiteral("link"));
                  return !link.isEmpty()      ? link
                         : readAll(p) == kOld ? QStringLiteral("break: the link's target was not written")
                                              : QString();
              }});
    t.append({QStringLiteral("a symlink to a null device"),
              [](const QString &dir, const QString &ext) -> QString {
                  makeDevice(dir + QStringLiteral("/null"), 1, 3);
                  makeLink(dir + QStringLiteral("/null"), dir + QStringLiteral("/out") + ext);
                  return dir + QStringLiteral("/out") + ext;
              },
              K::Success,
              0,
              false,
              {},
              [](const Run &r, const QString &p, const QString &) {
                  const QString link = stillA(p, QStringLiteral("link"));
                  return !link.isEmpty() ? link : stillA(r.dir + QStringLiteral("/null"), QStringLiteral("chardev"));
              }});
    t.append({QStringLiteral("a dangling symlink"),
              [](const QString &dir, const QString &ext) -> QString {
                  makeLink(QStringLiteral("nothing") + ext, dir + QStringLiteral("/out") + ext);
                  return dir + QStringLiteral("/out") + ext;
              },
              K::Either,
              0,
              false,
              {},
              [](const Run &, const QString &p, const QString &) { return stillA(p, QStringLiteral("link")); }});
    for (const bool self : {false, true}) {
        t.append({self ? QStringLiteral("a symlink to itself") : QStringLiteral("a symlink loop"),
                  [self](const QString &dir, const QString &ext) -> QString {
                      const QString a = dir + QStringLiteral("/out") + ext;
                      if (self)
                          makeLink(a, a);
                      else
                          makeLoop(a, dir + QStringLiteral("/other") + ext);
                      return a;
                  },
                  K::Refusal,
                  1,
                  false,
                  {},
                  [](const Run &, const QString &p, const QString &) { return stillA(p, QStringLiteral("link")); }});
    }
    t.append({QStringLiteral("a symlink to a folder"),
              [](const QString &dir, const QString &ext) -> QString {
                  QDir().mkpath(dir + QStringLiteral("/folder"));
                  makeLink(QStringLiteral("folder"), dir + QStringLiteral("/out") + ext);
                  return dir + QStringLiteral("/out") + ext;
              },
              K::Refusal,
              1,
              false,
              {},
              [](const Run &, const QString &p, const QString &) { return stillA(p, QStringLiteral("link")); }});
    for (const qint64 leave : {0, 4096}) {
        // Nothing free: every write fails. One page free: a small file may fit, a large one not.
        t.append({QStringLiteral("an existing file on a full disk (%1 bytes free)").arg(leave),
                  [leave](const QString &dir, const QString &ext) -> QString {
                      mountTmpfs(dir + QStringLiteral("/disk"), QStringLiteral("size=256k"));
                      writeFile(dir + QStringLiteral("/disk/out") + ext, kOld);
                      fillDisk(dir + QStringLiteral("/disk"), leave);
                      return dir + QStringLiteral("/disk/out") + ext;
                  },
                  leave == 0 ? K::Refusal : K::Either,
                  1,
                  false,
                  {QStringLiteral("disk")},
                  sameUnlessWritten});
    }
    t.append({QStringLiteral("an existing file on a read-only disk"),
              [](const QString &dir, const QString &ext) -> QString {
                  mountTmpfs(dir + QStringLiteral("/disk"), QStringLiteral("size=256k"));
                  writeFile(dir + QStringLiteral("/disk/out") + ext, kOld);
                  ::mount(nullptr, QFile::encodeName(dir + QStringLiteral("/disk")).constData(), nullptr,
                          MS_REMOUNT | MS_RDONLY, nullptr);
                  return dir + QStringLiteral("/disk/out") + ext;
              },
              K::Refusal,
              1,
              false,
              {QStringLiteral("disk")},
              sameUnlessWritten});
    t.append({QStringLiteral("a name with a newline"),
              [](const QString &dir, const QString &ext) -> QString { return dir + QStringLiteral("/a\nb") + ext; },
              K::Either,
              0,
              false,
              {},
              nullptr});
    t.append({QStringLiteral("a name too long"),
              [](const QString &dir, const QString &ext) -> QString {
                  return dir + QLatin1Char('/') + QString(300, QLatin1Char('n')) + ext;
              },
              K::Refusal,
              1,
              false,
              {},
              nullptr});
    t.append({QStringLiteral("a folder path ending in /"),
              [](const QString &dir, const QString &) -> QString { return dir + QStringLiteral("/home/"); },
              K::Refusal,
              0,
              false,
              {},
              nullptr});
    t.append({QStringLiteral("the user's own catalog.json"),
              [](const QString &dir, const QString &ext) -> QString {
                  const QString p = dataDir(dir) + QStringLiteral("/catalog") + ext;
                  writeFile(p, ownCatalog());
                  makeLink(p, dataDir(dir) + QStringLiteral("/catalog.json"));
                  return p;
              },
              K::Refusal,
              2,
              false,
              {},
              sameUnlessWritten});
    return t;
}

} // namespace

QList<Case> writeCases(const Context &)
{
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
