// The write path's producers and targets (writes.cpp makes every pair a case).
#include "writetargets.h"

#include <sys/mount.h>
#include <sys/stat.h>

namespace Hostile::Writes {

namespace {

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

} // namespace

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
    {
        Target fifo{QStringLiteral("a FIFO with a reader"),
                    [](const QString &dir, const QString &ext) -> QString {
                        makeFifo(dir + QStringLiteral("/out") + ext);
                        return dir + QStringLiteral("/out") + ext;
                    },
                    K::Success,
                    0,
                    false,
                    {},
                    [](const Run &r, const QString &p, const QString &) {
                        const QString still = stillA(p, QStringLiteral("fifo"));
                        return !still.isEmpty() ? still
                               : readAll(r.dir + QStringLiteral("/got")).isEmpty()
                                   ? QStringLiteral("break: the reader got nothing")
                                   : QString();
                    }};
        fifo.reader = true;
        t.append(fifo);
    }
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

} // namespace Hostile::Writes
