// The window's start-up with hostile settings, catalog.json and calibration.json (the probe runs
// main's own start-up), and screenshots, which must ignore the user's files altogether. The
// window always comes up, says what it could not read naming the file, and leaves a file that is
// not a file as it was; version 0.1's usable-memory values it cannot read stay in the settings.
#include "rows.h"

namespace Hostile {

namespace {

struct Kind
{
    QString name;
    std::function<void(const QString &path)> make;
    bool notAFile; // left exactly as it was (a file with bad contents may be moved aside instead)
};

QList<Kind> kinds()
{
    return {
        {QStringLiteral("a FIFO"), [](const QString &p) { makeFifo(p); }, true},
        {QStringLiteral("a zero device"), [](const QString &p) { makeDevice(p, 1, 5); }, true},
        {QStringLiteral("a null device"), [](const QString &p) { makeDevice(p, 1, 3); }, true},
        {QStringLiteral("a random device"), [](const QString &p) { makeDevice(p, 1, 8); }, true},
        {QStringLiteral("a symlink loop"), [](const QString &p) { makeLoop(p, p + QStringLiteral(".b")); }, true},
        {QStringLiteral("a symlink to itself"), [](const QString &p) { makeLink(p, p); }, true},
        {QStringLiteral("a symlink to a FIFO"),
         [](const QString &p) {
             makeFifo(p + QStringLiteral(".fifo"));
             makeLink(p + QStringLiteral(".fifo"), p);
         },
         true},
        {QStringLiteral("a folder"), [](const QString &p) { QDir().mkpath(p); }, true},
        {QStringLiteral("a 1 GB sparse file"),
         [](const QString &p) {
             writeFile(p, "{");
             QFile(p).resize(qint64(1) << 30);
         },
         false},
        {QStringLiteral("binary garbage"), [](const QString &p) { writeFile(p, QByteArray(3000, '\xff')); }, false},
        {QStringLiteral("not JSON"), [](const QString &p) { writeFile(p, "{ nope"); }, false},
        {QStringLiteral("deep nesting"), [](const QString &p) { writeFile(p, QByteArray(100000, '[')); }, false},
        {QStringLiteral("an empty file"), [](const QString &p) { writeFile(p, {}); }, false},
        {QStringLiteral("a symlink to a zero device"),
         [](const QString &p) {
             makeDevice(p + QStringLiteral(".zero"), 1, 5);
             makeLink(p + QStringLiteral(".zero"), p);
         },
         true},
    };
}

// The probe came up, said something naming `file`, and the file is what `before` says (or, for
// contents the window moved aside, kept whole beside it).
Case probe(const Context &ctx, const QString &name, const QString &file,
           const std::function<void(const QString &)> &make, bool mustBeLeft, bool mustSay)
{
    Case c;
    c.name = name;
    c.program = ctx.probe;
    c.expect = succeeds();
    c.watchMs = 30000;
    auto before = std::make_shared<QString>();
    c.setup = [make, file, before](const QString &dir) {
        make(dir);
        *before = identity(dir + QLatin1Char('/') + file);
    };
    c.check = [file, before, mustBeLeft, mustSay](const Run &r) -> QString {
        const QString path = r.dir + QLatin1Char('/') + file;
        const QString base = QFileInfo(file).fileName();
        if (mustSay && !r.out.contains(base.toUtf8()))
            return QStringLiteral("break: the window did not say it could not read %1 (it showed: %2)")
                .arg(base, QString::fromUtf8(r.out.left(300)));
        if (mustBeLeft)
            return unchanged(path, *before, base);
        // A catalog.json whose contents cannot be read is moved aside: then it is kept whole. A
        // settings file that reads is the window's to write.
        if (base == QLatin1String("catalog.json") && identity(path) != *before) {
            const QStringList aside =
                QDir(QFileInfo(path).absolutePath()).entryList({base + QStringLiteral(".unreadable-*")}, QDir::Files);
            if (aside.isEmpty() && !before->startsWith(QLatin1String("missing")))
                return QStringLiteral("loss: %1 changed and was not kept aside").arg(base);
        }
        return {};
    };
    return c;
}

} // namespace

QList<Case> windowCases(const Context &ctx)
{
    QList<Case> cases;
    const QString catalog = QStringLiteral("data/Headroom/headroom/catalog.json");
    const QString calibration = QStringLiteral("data/Headroom/headroom/calibration.json");
    const QString settings = QStringLiteral("config/Headroom/headroom.conf");
    for (const Kind &k : kinds()) {
        const auto make = [k](const QString &file) {
            return [k, file](const QString &dir) { k.make(dir + QLatin1Char('/') + file); };
        };
        cases << probe(ctx, QStringLiteral("window start, catalog.json is %1").arg(k.name), catalog, make(catalog),
                       k.notAFile, true);
        cases << probe(ctx, QStringLiteral("window start, calibration.json is %1").arg(k.name), calibration,
                       make(calibration), true, true);
        // Settings are INI, not JSON: "not JSON" and an empty file may be perfectly good settings.
        const bool settingsBad = k.name != QLatin1String("not JSON") && k.name != QLatin1String("an empty file");
        // An empty settings file is a good one: the window saves its state into it on closing.
        cases << probe(ctx, QStringLiteral("window start, headroom.conf is %1").arg(k.name), settings, make(settings),
                       k.name != QLatin1String("an empty file"), settingsBad);
    }
    // Settings text: what Qt cannot parse is kept; 0.1's usable values that cannot be read stay.
    const QList<std::tuple<const char *, const char *, bool>> texts = {
        {"[usable]\nrtx-4090=abc\n", "abc", true},
        {"[usable]\nrtx-4090=1e-300\nrtx-5090=12884901888\n", "1e-300", true},
        {"[usable]\nnope=1000000000\n", "nope", true},
        {"[usable]\nrtx-4090=999999999999999999\n", "999999999999999999", true},
        {"[usable]\nrtx-4090=\n", "rtx-4090", true},
        {"[General\nlanguage=de\n", "[General", true},
        {"just a line\n", "just a line", true},
        {"[General]\nlanguage=zz\n", "zz", true},
        {"\xef\xbb\xbf[General]\nlanguage=de\n", "language=de", false},
    };
    for (const auto &[text, kept, says] : texts) {
        Case c = probe(
            ctx, QStringLiteral("window start, settings '%1'").arg(QString::fromUtf8(text).simplified()), settings,
            [settings, text](const QString &dir) { writeFile(dir + QLatin1Char('/') + settings, text); }, false, says);
        const QByteArray mustStay = kept;
        const auto said = c.check;
        c.check = [said, settings, mustStay](const Run &r) -> QString {
            if (const QString problem = said(r); !problem.isEmpty() && !problem.startsWith(QLatin1String("loss")))
                return problem;
            const QByteArray now = readAll(r.dir + QLatin1Char('/') + settings);
            return now.contains(mustStay) ? QString()
                                          : QStringLiteral("loss: headroom.conf lost '%1' (now %2 bytes)")
                                                .arg(QString::fromUtf8(mustStay))
                                                .arg(now.size());
        };
        cases << c;
    }
    // Damaged JSON inside: the window says so; calibration.json is left as it is.
    for (const char *text :
         {R"({"format":1,"boxes":[1,2]})", R"({"format":1,"boxes":{"x":{"scale":1,"runs":"x"}}})", R"({"format":7})"}) {
        cases << probe(
            ctx, QStringLiteral("window start, calibration.json %1").arg(QLatin1String(text)), calibration,
            [calibration, text](const QString &dir) { writeFile(dir + QLatin1Char('/') + calibration, text); }, true,
            true);
        cases << probe(
            ctx, QStringLiteral("window start, catalog.json %1").arg(QLatin1String(text)), catalog,
            [catalog, text](const QString &dir) { writeFile(dir + QLatin1Char('/') + catalog, text); }, false, true);
    }
    // Good files: nothing to say, nothing lost.
    Case good = probe(
        ctx, QStringLiteral("window start with good files"), catalog,
        [catalog, calibration](const QString &dir) {
            writeFile(dir + QLatin1Char('/') + catalog, ownCatalog());
            writeFile(dir + QLatin1Char('/') + calibration, threeBoxCalibration());
        },
        false, false);
    good.check = [catalog](const Run &r) {
        return r.out.contains("could not") ? QStringLiteral("break: a problem shown with good files: %1")
                                                 .arg(QString::fromUtf8(r.out.left(300)))
                                           : QString();
    };
    cases << good;
    // A screenshot uses none of the user's files: whatever they are, it is drawn.
    for (const Kind &k : kinds()) {
        for (const QString &file : {catalog, calibration, settings}) {
            Case c;
            c.name = QStringLiteral("--screenshot with %1 as %2").arg(k.name, QFileInfo(file).fileName());
            c.args = {QStringLiteral("--screenshot"), QStringLiteral("s.png"), QStringLiteral("--size"),
                      QStringLiteral("640x480")};
            c.setup = [k, file](const QString &dir) { k.make(dir + QLatin1Char('/') + file); };
            c.expect = succeeds();
            c.watchMs = 30000;
            cases << c;
        }
    }
    // The settings a screenshot would read (QStandardPaths' test mode): not a file there either.
    for (const Kind &k : kinds().mid(0, 3)) {
        Case c;
        c.name = QStringLiteral("--screenshot with %1 as its own settings").arg(k.name);
        c.args = {QStringLiteral("--screenshot"), QStringLiteral("s.png"), QStringLiteral("--size"),
                  QStringLiteral("640x480")};
        c.setup = [k](const QString &dir) {
            k.make(dir + QStringLiteral("/home/.qttest/config/Headroom/headroom.conf"));
        };
        c.expect = succeeds();
        c.watchMs = 30000;
        cases << c;
    }
    return cases;
}

} // namespace Hostile
