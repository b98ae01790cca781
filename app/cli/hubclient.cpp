#include "hubclient.h"

#include <QEventLoop>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>

namespace Headroom::Hub {

namespace {

constexpr int kMaxRedirects = 5;
constexpr int kMaxPages = 50;
constexpr qint64 kMaxBodyBytes = 32 * 1024 * 1024; // a file list of a very large repo; configs are kilobytes

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

struct Response
{
    int status = 0;
    QByteArray body;
    QByteArray link; // the Link header: the next page of a file list
    std::optional<Failure> failure;
};

// One GET, following at most kMaxRedirects redirects by hand so that the token never travels to
// another host. Network trouble becomes a Failure; HTTP statuses are left to the caller.
Response get(QNetworkAccessManager &network, QUrl url, int timeoutSeconds, const std::atomic_bool *cancel)
{
    const QUrl hub = hubAddress();
    const QByteArray token = qgetenv("HF_TOKEN");
    for (int hop = 0; hop <= kMaxRedirects; ++hop) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(timeoutSeconds * 1000);
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("headroom/" HEADROOM_VERSION));
        if (!token.isEmpty() && sameOrigin(url, hub))
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = network.get(request);
        bool tooBig = false;
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, &tooBig](qint64 received, qint64) {
            if (received > kMaxBodyBytes) {
                tooBig = true;
                reply->abort();
            }
        });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer poll; // the user's Cancel, seen within a tenth of a second
        bool cancelled = false;
        if (cancel) {
            QObject::connect(&poll, &QTimer::timeout, reply, [reply, cancel, &cancelled] {
                if (cancel->load()) {
                    cancelled = true;
                    reply->abort();
                }
            });
            poll.start(100);
        }
        loop.exec();
        poll.stop();
        if (cancelled) {
            reply->deleteLater();
            Response r;
            r.failure = Failure{Failure::Network, QStringLiteral("cancelled")};
            return r;
        }
        reply->deleteLater();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (tooBig) {
            r.failure = Failure{Failure::Network,
                                QStringLiteral("%1 sent more than %2 MB").arg(url.toString()).arg(kMaxBodyBytes >> 20)};
            return r;
        }
        if (r.status >= 300 && r.status < 400) {
            const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
            if (location.isEmpty()) {
                r.failure = Failure{Failure::Network, QStringLiteral("%1 redirected nowhere").arg(url.toString())};
                return r;
            }
            url = url.resolved(location);
            continue;
        }
        // A status the server sent is an answer, even with an error body; otherwise the transfer failed.
        if (r.status == 0 || (reply->error() != QNetworkReply::NoError && r.status < 400)) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
            r.failure = Failure{Failure::Network,
                                timedOut ? QStringLiteral("no answer from %1 within %2 s (--timeout to wait longer)")
                                               .arg(url.host())
                                               .arg(timeoutSeconds)
                                         : QStringLiteral("cannot reach %1: %2").arg(url.host(), reply->errorString())};
            return r;
        }
        r.body = reply->readAll();
        r.link = reply->rawHeader("Link");
        return r;
    }
    Response r;
    r.failure =
        Failure{Failure::Network, QStringLiteral("more than %1 redirects from %2").arg(kMaxRedirects).arg(url.host())};
    return r;
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

} // namespace

Result fetch(const QString &repo, int timeoutSeconds, const std::atomic_bool *cancel)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9_.-]+$"));
    if (!valid.match(repo).hasMatch() || repo.contains(QLatin1String("..")))
        return {std::nullopt, {Failure::Input, QStringLiteral("'%1' is not a repository id (org/name)").arg(repo)}};
    QNetworkProxyFactory::setUseSystemConfiguration(true); // http_proxy / https_proxy / no_proxy
    QNetworkAccessManager network;
    const QString hub = hubAddress().toString();

    // The file list first: it says whether the repository exists at all.
    Repository out;
    QUrl page(hub + QStringLiteral("/api/models/%1/tree/main").arg(repo));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("recursive"), QStringLiteral("true"));
    page.setQuery(query);
    for (int n = 0; n < kMaxPages && page.isValid(); ++n) {
        const Response r = get(network, page, timeoutSeconds, cancel);
        if (r.failure)
            return {std::nullopt, *r.failure};
        if (const auto f = statusFailure(r.status, repo, QStringLiteral("repository")))
            return {std::nullopt, *f};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            return {std::nullopt,
                    {Failure::Network,
                     QStringLiteral("the Hub's file list for %1 is not JSON (%2)").arg(repo, error.errorString())}};
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("type")).toString() != QLatin1String("file"))
                continue;
            const QJsonValue lfs = o.value(QLatin1String("lfs")).toObject().value(QLatin1String("size"));
            const double bytes = lfs.isDouble() ? lfs.toDouble() : o.value(QLatin1String("size")).toDouble();
            out.files.append({o.value(QLatin1String("path")).toString(), bytes});
        }
        // Large repositories come in pages: Link: <…>; rel="next".
        static const QRegularExpression next(QStringLiteral("<([^>]+)>;\\s*rel=\"next\""));
        const auto m = next.match(QString::fromLatin1(r.link));
        page = m.hasMatch() ? QUrl(hubAddress().resolved(QUrl(m.captured(1)))) : QUrl();
    }

    const bool hasConfig = std::any_of(out.files.cbegin(), out.files.cend(),
                                       [](const File &f) { return f.name == QLatin1String("config.json"); });
    if (hasConfig) {
        const Response r =
            get(network, QUrl(hub + QStringLiteral("/%1/resolve/main/config.json").arg(repo)), timeoutSeconds, cancel);
        if (r.failure)
            return {std::nullopt, *r.failure};
        if (const auto f = statusFailure(r.status, repo, QStringLiteral("config.json in")))
            return {std::nullopt, *f};
        out.config = r.body;
    }
    return {out, {}};
}

} // namespace Headroom::Hub
