#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>

// The reliability review as a suite: each case runs the real headroom binary (or a script around
// it, or the window's start-up probe) in a folder of its own with its own HOME and XDG folders,
// and is judged by what the README promises. Outcomes are the review's columns.
namespace Hostile {

enum class Outcome { Crash, Hang, Loss, Break, Refusal, Correct };
inline constexpr int kOutcomes = 6;
[[nodiscard]] const char *outcomeName(Outcome o);

// What one run did.
struct Run
{
    int exitCode = -1;
    bool signalled = false; // ended by a signal nobody sent it on purpose
    bool hung = false;      // still running when its watch ran out (then killed)
    qint64 elapsedMs = 0;
    QByteArray out;
    QByteArray err;
    QString dir; // the case's folder: home/, data/, config/, tmp/ and whatever setup made
};

struct Expect
{
    enum Kind {
        Success, // exit 0
        Refusal, // exit `status` (1 or 2; 0: either), one line naming one of `mention`
        Either,  // a valid input that may still be refused (a box too small): 0, or a clean refusal
        Killed,  // killed on purpose (strace injects SIGKILL): only the check judges
    };
    Kind kind = Either;
    int status = 0;
    QStringList mention;
};

struct Case
{
    QString name;
    QStringList args;
    // When set, the arguments are made after the setup (a path it chose): this replaces `args`.
    std::function<QStringList(const QString &dir)> argsFor;
    QString program; // empty: the headroom binary; else run with `args` (a shell, strace, the probe)
    Expect expect;
    // Makes the case's files in its folder (the folder and its home/data/config exist already).
    std::function<void(const QString &dir)> setup;
    // After the run: "loss: why" or "break: why" when the case finds one; empty when it holds.
    std::function<QString(const Run &)> check;
    QByteArray input; // standard input
    enum class Stdout { Capture, Closed, ReadOnly, Node };
    Stdout stdoutMode = Stdout::Capture;
    QString stdoutNode; // for Node: a path, relative to the case's folder (a full device made there)
    bool asNobody = false;
    bool stdoutIsJson = true; // with --json: stdout must be one object with "format"
    int watchMs = 20000;
    QMap<QString, QString> env;
    QStringList mounts; // tmpfs mounts the setup made (relative to the folder), undone after the run
};

struct Tally
{
    std::array<int, kOutcomes> counts{};
    QStringList problems; // "outcome: case: why", for crashes, hangs, losses and breaks
    int cases = 0;
    qint64 elapsedMs = 0;
    [[nodiscard]] int bad() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
};

// Runs cases `parallel` at a time with the QProcess event loop, each in scratch/ROW/N.
class Runner
{
public:
    Runner(QString headroom, QString scratch);
    [[nodiscard]] Tally run(const QString &row, const QList<Case> &cases, int parallel = 4);
    // Judges one run (public for the suite's own self-test).
    [[nodiscard]] static Outcome judge(const Case &c, const Run &r, QString *why);

private:
    QString m_headroom;
    QString m_scratch;
};

// The layout every case gets.
[[nodiscard]] QString dataDir(const QString &caseDir);    // XDG_DATA_HOME/Headroom/headroom
[[nodiscard]] QString configFile(const QString &caseDir); // XDG_CONFIG_HOME/Headroom/headroom.conf

// Files, nodes and links for setups (all inside the case's folder: never the machine's /dev).
void writeFile(const QString &path, const QByteArray &bytes);
void makeFifo(const QString &path);
void makeDevice(const QString &path, int major, int minor); // a character device node
void makeLoop(const QString &a, const QString &b);          // a → b → a
void makeLink(const QString &target, const QString &link);
// A small tmpfs at `path` (inside the suite's private mount namespace): "size=64k", "ro", …
void mountTmpfs(const QString &path, const QString &options);
// Fills the file system `path` is on until no more than `leaveBytes` are free.
void fillDisk(const QString &path, qint64 leaveBytes = 0);
[[nodiscard]] QByteArray readAll(const QString &path);
// What a path is, for "left alone" checks: "file:<hash>", "fifo", "chardev", "link:<target>",
// "dir", "missing".
[[nodiscard]] QString identity(const QString &path);

// Paths of the source tree the cases read (llama-bench files, configs).
[[nodiscard]] QString testData(const QString &relative);

} // namespace Hostile
