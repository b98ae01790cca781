// import hf: against a hostile Hub on the loopback address. --timeout bounds the whole command
// (a server dripping one byte every half second is cut off in time); redirects go to http(s) only
// and relative ones resolve; paged lists stop on a repeated page, another origin or too many pages;
// sizes are whole numbers of bytes; bodies are capped as they arrive; HF_TOKEN never leaves the Hub.
#include "hostilehub.h"
#include "rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hostile {

namespace {

// Input: the user's repository is wrong (exit 2). Network: the Hub or the way to it failed (exit 1).
enum class Answer { Ok, Input, Network, OkWithToken };

Answer expected(const QString &name)
{
    static const QStringList ok = {QStringLiteral("ok"),
                                   QStringLiteral("no-config"),
                                   QStringLiteral("slow-ok"),
                                   QStringLiteral("redirect-relative"),
                                   QStringLiteral("redirect-dotdot"),
                                   QStringLiteral("redirect-other"),
                                   QStringLiteral("pages-3"),
                                   QStringLiteral("pages-relative")};
    static const QStringList input = {QStringLiteral("status-401"),     QStringLiteral("status-403"),
                                      QStringLiteral("status-404"),     QStringLiteral("config-not-json"),
                                      QStringLiteral("config-zero-kv"), QStringLiteral("config-404"),
                                      QStringLiteral("config-huge")};
    if (name == QLatin1String("token"))
        return Answer::OkWithToken;
    return ok.contains(name) ? Answer::Ok : input.contains(name) ? Answer::Input : Answer::Network;
}

} // namespace

QList<Case> hubCases(const Context &ctx)
{
    QList<Case> cases;
    for (const QString &name : HostileHub::behaviours()) {
        for (const int timeout : {2, 5}) {
            for (const bool json : {false, true}) {
                for (const bool token : {false, true}) {
                    Case c;
                    const QString repo = QStringLiteral("org/") + name;
                    c.name = QStringLiteral("hf:%1 --timeout %2%3%4")
                                 .arg(repo)
                                 .arg(timeout)
                                 .arg(json ? QStringLiteral(" --json") : QString(),
                                      token ? QStringLiteral(" with HF_TOKEN") : QString());
                    c.args = {QStringLiteral("import"), QStringLiteral("hf:") + repo, QStringLiteral("--timeout"),
                              QString::number(timeout)};
                    if (json)
                        c.args << QStringLiteral("--json");
                    c.env.insert(QStringLiteral("HF_ENDPOINT"), ctx.hub);
                    if (token)
                        c.env.insert(QStringLiteral("HF_TOKEN"), QStringLiteral("secret"));
                    const Answer a = expected(name);
                    const QStringList mention = {repo, QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")};
                    c.expect = a == Answer::Ok || (a == Answer::OkWithToken && token) ? succeeds()
                               : a == Answer::OkWithToken                             ? refused(mention, 2)
                               : a == Answer::Input                                   ? refused(mention, 2)
                                                                                      : refused(mention, 1);
                    c.check = [timeout, name, json](const Run &r) -> QString {
                        // The whole command within its --timeout (and time to start and exit on a busy machine).
                        if (r.elapsedMs > (timeout + 3) * 1000)
                            return QStringLiteral("break: took %1 ms with --timeout %2").arg(r.elapsedMs).arg(timeout);
                        if (json && r.exitCode == 0 && name.startsWith(QLatin1String("pages-"))) {
                            const int files = int(QJsonDocument::fromJson(r.out)
                                                      .object()
                                                      .value(QStringLiteral("files"))
                                                      .toArray()
                                                      .size());
                            const int pages = name == QLatin1String("pages-3") ? 3 : 2;
                            if (files != pages)
                                return QStringLiteral("break: %1 files listed from %2 pages").arg(files).arg(pages);
                        }
                        return {};
                    };
                    c.watchMs = 20000;
                    cases << c;
                }
            }
        }
    }
    return cases;
}

} // namespace Hostile
