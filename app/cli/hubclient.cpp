// A Hugging Face repository's config.json and file sizes over HTTPS, bounded in time and size.
#include "hubclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace Headroom::Hub {

namespace {

constexpr int kMaxRedirects = 5;
constexpr int kMaxPages = 100;
constexpr qint64 kMaxBodyBytes = 32 * 1024 * 1024; // a file list of a very large repo; configs are kilobytes
// No file on the Hub is a petabyte; a size beyond it (or a fraction, or below zero) is a broken list.
constexpr double kMaxFileBytes = 1e15;

QUrl hubAddress()
{
    QString address = qEnvironmentVariable("HF_ENDPOINT", QStringLiteral("https://huggingface.co"));
    while (address.endsWith(QLatin1Char('/')))
        address.chop(1);
    return QUrl(address);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isWeb(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty();
}

struct Response
{
    int status = 0;
    QByteArray body;
    QByteArray link; // the Link header: the next page of a file list
    std::optional<Failure> failure;
};

Response failed(const QString &message)
{
    Response r;
    r.failure = Failure{Failure::Network, message};
    return r;
}

QString timeoutText(const QUrl &url, int timeoutSeconds)
{
    return QStringLiteral("no complete answer from %1 within %2 s (--timeout to wait longer)")
        .arg(url.host())
        .arg(timeoutSeconds);
}

// One GET within what remains of the command's time, following at most kMaxRedirects redirects by
// hand (http and https only, relative ones resolved) so that the token never travels to another
// host. The body is capped while it arrives. Network trouble becomes a Failure; HTTP statuses are
// left to the caller.
Response get(QNetworkAccessManager &network, QUrl url, const QDeadlineTimer &deadline, int timeoutSeconds,
             const std::atomic_bool *cancel)
{
    const QUrl hub = hubAddress();
    const QByteArray token = qgetenv("HF_TOKEN");
    for (int hop = 0; hop <= kMaxRedirects; ++hop) {
        const qint64 remaining = deadline.remainingTime();
        if (remaining <= 0)
            return failed(timeoutText(url, timeoutSeconds));
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(int(std::min<qint64>(remaining, std::numeric_limits<int>::max())));
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("headroom/" HEADROOM_VERSION));
        if (!token.isEmpty() && sameOrigin(url, hub))
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = network.get(request);
        QByteArray body;
        bool tooBig = false, timedOut = false, cancelled = false;
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, &body, &tooBig] {
            body += reply->readAll();
            if (body.size() > kMaxBodyBytes && !tooBig) {
                tooBig = true;
                reply->abort();
            }
        });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        // The whole command's deadline, not a silence timer: a server that drips one byte at a
        // time is cut off when the time is up.
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&limit, &QTimer::timeout, reply, [reply, &timedOut] {
            timedOut = true;
            reply->abort();
        });
        limit.start(std::chrono::milliseconds(remaining));
        QTimer poll; // the user's Cancel, seen within a tenth of a second
        if (cancel) {
            QObject::connect(&poll, &QTimer::timeout, reply, [reply, cancel, &cancelled] {
                if (cancel->load()) {
                    cancelled = true;
                    reply->abort();
                }
            });
            poll.start(100);
        }
        if (!reply->isFinished())
            loop.exec();
        limit.stop();
        poll.stop();
        reply->deleteLater();
        if (!tooBig && !timedOut && !cancelled)
            body += reply->readAll();
        if (cancelled)
            return failed(QStringLiteral("cancelled"));
        if (tooBig)
            return failed(
                QStringLiteral("%1 sent more than %2 MB").arg(url.toDisplayString()).arg(kMaxBodyBytes >> 20));
        const bool transferTimeout = reply->error() == QNetworkReply::OperationCanceledError;
        if (timedOut || (transferTimeout && deadline.hasExpired()))
            return failed(timeoutText(url, timeoutSeconds));
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (r.status >= 300 && r.status < 400) {
            const QByteArray raw = reply->rawHeader("Location").trimmed();
            const QUrl location = QUrl(QString::fromUtf8(raw));
            if (raw.isEmpty() || !location.isValid())
                return failed(QStringLiteral("%1 redirected nowhere").arg(url.toDisplayString()));
            const QUrl next = url.resolved(location);
            if (!isWeb(next))
                return failed(QStringLiteral("%1 redirected to %2, which is not an http or https address")
                                  .arg(url.toDisplayString(), next.toDisplayString()));
            url = next;
            continue;
        }
        // A status the server sent is an answer, even with an error body; otherwise the transfer failed.
        if (r.status == 0 || (reply->error() != QNetworkReply::NoError && r.status < 400)) {
            if (transferTimeout)
                return failed(timeoutText(url, timeoutSeconds));
            return failed(QStringLiteral("cannot reach %1: %2").arg(url.host(), reply->errorString()));
        }
        r.body = body;
        r.link = reply->rawHeader("Link");
        return r;
    }
    return failed(QStringLiteral("more than %1 redirects from %2").arg(kMaxRedirects).arg(url.host()));
}

// What an HTTP status means for a user, or nullopt for success.
std::optional<Failure> statusFailure(int status, const QString &repo, const QString &what)
{
    if (status >= 200 && status < 300)
        return std::nullopt;
    if (status == 401 || status == 403)
        return Failure{Failure::Input,
                       QStringLiteral("%1 is gated or private: set HF_TOKEN to a token that may read it").arg(repo)};
    if (status == 404)
        return Failure{Failure::Input, QStringLiteral("the Hub has no %1 %2").arg(what, repo)};
    if (status >= 500)
        return Failure{Failure::Network,
                       QStringLiteral("the Hub answered %1 for %2; try again later").arg(status).arg(repo)};
    return Failure{Failure::Network, QStringLiteral("the Hub answered %1 for %2").arg(status).arg(repo)};
}

// One page of a file list: its files appended to `files`. A size must be a whole number of bytes.
std::optional<Failure> readPage(const QByteArray &body, const QString &repo, QList<File> *files)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Failure{Failure::Network,
                       QStringLiteral("the Hub's file list for %1 is not JSON (%2)")
                           .arg(repo, error.error != QJsonParseError::NoError ? error.errorString()
                                                                              : QStringLiteral("not a list"))};
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("type")).toString() != QLatin1String("file"))
            continue;
        const QJsonValue path = o.value(QLatin1String("path"));
        const QJsonValue lfs = o.value(QLatin1String("lfs")).toObject().value(QLatin1String("size"));
        const QJsonValue size = lfs.isUndefined() ? o.value(QLatin1String("size")) : lfs;
        const double bytes = size.toDouble(-1);
        if (!path.isString() || path.toString().isEmpty())
            return Failure{Failure::Network,
                           QStringLiteral("the Hub's file list for %1 has a file without a name").arg(repo)};
        if (!size.isDouble() || !std::isfinite(bytes) || bytes < 0 || bytes > kMaxFileBytes ||
            bytes != std::floor(bytes))
            return Failure{
                Failure::Network,
                QStringLiteral("the Hub's file list for %1 gives %2 a size of %3, not a whole number of "
                               "bytes")
                    .arg(repo, path.toString(),
                         QString::fromUtf8(
                             QJsonDocument(QJsonArray{size}).toJson(QJsonDocument::Compact).chopped(1).mid(1)))};
        files->append({path.toString(), bytes});
    }
    return std::nullopt;
}

} // namespace

Result fetch(const QString &repo, int timeoutSeconds, const std::atomic_bool *cancel)
{
    static const QRegularExpression valid(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9_.-]+")));
    if (!valid.match(repo).hasMatch() || repo.contains(QLatin1String("..")))
        return {std::nullopt, {Failure::Input, QStringLiteral("'%1' is not a repository id (org/name)").arg(repo)}};
    QNetworkProxyFactory::setUseSystemConfiguration(true); // http_proxy / https_proxy / no_proxy
    QNetworkAccessManager network;
    const QUrl hubUrl = hubAddress();
    if (!isWeb(hubUrl))
        return {std::nullopt,
                {Failure::Input, QStringLiteral("HF_ENDPOINT '%1' is not an http or https address")
                                     .arg(qEnvironmentVariable("HF_ENDPOINT"))}};
    const QString hub = hubUrl.toString();
    // --timeout bounds the whole command: every request gets what remains of it.
    const QDeadlineTimer deadline{std::chrono::seconds(timeoutSeconds)};

    // The file list first: it says whether the repository exists at all.
    Repository out;
    QUrl page(hub + QStringLiteral("/api/models/%1/tree/main").arg(repo));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("recursive"), QStringLiteral("true"));
    page.setQuery(query);
    QSet<QString> seen;
    for (int n = 0; page.isValid(); ++n) {
        // Large repositories come in pages; a list that never ends, repeats a page or leads to
        // another site is broken, not followed.
        if (n == kMaxPages)
            return {std::nullopt,
                    {Failure::Network, QStringLiteral("the Hub's file list for %1 has more than %2 "
                                                      "pages")
                                           .arg(repo)
                                           .arg(kMaxPages)}};
        const QString key = page.toString(QUrl::FullyEncoded);
        if (seen.contains(key))
            return {std::nullopt,
                    {Failure::Network, QStringLiteral("the Hub's file list for %1 pages in a loop (%2 again)")
                                           .arg(repo, page.toDisplayString())}};
        if (!sameOrigin(page, hubUrl))
            return {std::nullopt,
                    {Failure::Network, QStringLiteral("the Hub's file list for %1 continues on another site (%2)")
                                           .arg(repo, page.toDisplayString())}};
        seen.insert(key);
        const Response r = get(network, page, deadline, timeoutSeconds, cancel);
        if (r.failure)
            return {std::nullopt, *r.failure};
        if (const auto f = statusFailure(r.status, repo, QStringLiteral("repository")))
            return {std::nullopt, *f};
        if (const auto f = readPage(r.body, repo, &out.files))
            return {std::nullopt, *f};
        static const QRegularExpression next(QStringLiteral("<([^>]+)>;\\s*rel=\"next\""));
        const auto m = next.match(QString::fromLatin1(r.link));
        page = m.hasMatch() ? page.resolved(QUrl(m.captured(1))) : QUrl();
    }

    const bool hasConfig = std::any_of(out.files.cbegin(), out.files.cend(),
                                       [](const File &f) { return f.name == QLatin1String("config.json"); });
    if (hasConfig) {
        const Response r = get(network, QUrl(hub + QStringLiteral("/%1/resolve/main/config.json").arg(repo)), deadline,
                               timeoutSeconds, cancel);
        if (r.failure)
            return {std::nullopt, *r.failure};
        if (const auto f = statusFailure(r.status, repo, QStringLiteral("config.json in")))
            return {std::nullopt, *f};
        out.config = r.body;
    }
    return {out, {}};
}

} // namespace Headroom::Hub
