// A memory checker over a sample of the readers of untrusted input (imports, user catalogs,
// calibrations, scenarios, llama-bench output). In a plain build each case runs under valgrind's
// memcheck (an error is exit 99, counted as a crash); in the AddressSanitizer build (CI's second
// pass) the binary checks itself, so the same cases run as they are.
#include "rows.h"

namespace Hostile {

namespace {

// Every `step`-th case of `from` that runs the binary itself and does not wait on a pipe.
QList<Case> sample(const QList<Case> &from, int wanted)
{
    QList<Case> usable;
    for (const Case &c : from) {
        if (c.program.isEmpty() && c.watchMs <= 20000 && !c.name.contains(QLatin1String("FIFO")))
            usable << c;
    }
    QList<Case> picked;
    const qsizetype step = std::max<qsizetype>(1, usable.size() / wanted);
    for (qsizetype i = 0; i < usable.size() && picked.size() < wanted; i += step)
        picked << usable.at(i);
    return picked;
}

} // namespace

QList<Case> memcheckCases(const Context &ctx)
{
    QList<Case> cases = sample(configCases(ctx), 100) + sample(ggufCases(ctx), 100) + sample(userFileCases(ctx), 100) +
                        sample(calibrateCases(ctx), 90);
    if (ctx.sanitized || !ctx.valgrind)
        return cases;
    for (Case &c : cases) {
        c.name = QStringLiteral("memcheck: ") + c.name;
        c.args = QStringList{QStringLiteral("-q"), QStringLiteral("--error-exitcode=99"),
                             QStringLiteral("--leak-check=no"), ctx.headroom} +
                 c.args;
        c.program = QStringLiteral("valgrind");
        c.env.insert(QStringLiteral("HOSTILE_NO_RLIMIT"), QStringLiteral("1"));
        c.watchMs = 60000;
    }
    return cases;
}

} // namespace Hostile
