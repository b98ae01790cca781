#include "hostilehub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace Hostile {

namespace {

const QByteArray kConfig = R"({"model_type": "llama", "num_hidden_layers": 4, "hidden_size": 512,
  "num_attention_heads": 8, "num_key_value_heads": 2, "intermediate_size": 1024, "vocab_size": 1000,
  "max_position_embeddings": 4096, "torch_dtype": "bfloat16"})";

QByteArray list(const QJsonArray &files)
{
    return QJsonDocument(files).toJson(QJsonDocument::Compact);
}

QJsonObject file(const QString &path, const QJsonValue &size)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("file")}, {QStringLiteral("path"), path}};
    if (!size.isUndefined())
        o.insert(QStringLiteral("size"), size);
    return o;
}

QByteArray okList()
{
    QJsonObject lfs = file(QStringLiteral("model.safetensors"), 1000);
    lfs.insert(QStringLiteral("lfs"), QJsonObject{{QStringLiteral("size"), 4e9}});
    return list(
        {file(QStringLiteral("config.json"), kConfig.size()), lfs, file(QStringLiteral("model-Q4_K_M.gguf"), 2.5e9)});
}

QByteArray sizeList(const QJsonValue &size, bool lfs = false)
{
    QJsonObject f = file(QStringLiteral("model.gguf"), lfs ? QJsonValue(5) : size);
    if (lfs)
        f.insert(QStringLiteral("lfs"), QJsonObject{{QStringLiteral("size"), size}});
    return list({f});
}

} // namespace

QStringList HostileHub::behaviours()
{
    return {QStringLiteral("ok"),
            QStringLiteral("no-config"),
            QStringLiteral("slow-ok"),
            QStringLiteral("drip"),
            QStringLiteral("drip-config"),
            QStringLiteral("silent"),
            QStringLiteral("truncated"),
            QStringLiteral("redirect-file"),
            QStringLiteral("redirect-relative"),
            QStringLiteral("redirect-dotdot"),
            QStringLiteral("redirect-loop"),
            QStringLiteral("redirect-ftp"),
            QStringLiteral("redirect-javascript"),
            QStringLiteral("redirect-empty"),
            QStringLiteral("redirect-garbage"),
            QStringLiteral("redirect-other"),
            QStringLiteral("pages-loop"),
            QStringLiteral("pages-foreign"),
            QStringLiteral("pages-150"),
            QStringLiteral("pages-3"),
            QStringLiteral("pages-relative"),
            QStringLiteral("size-negative"),
            QStringLiteral("size-huge"),
            QStringLiteral("size-string"),
            QStringLiteral("size-fraction"),
            QStringLiteral("size-missing"),
            QStringLiteral("size-null"),
            QStringLiteral("size-exa"),
            QStringLiteral("lfs-negative"),
            QStringLiteral("not-json"),
            QStringLiteral("list-object"),
            QStringLiteral("huge-body"),
            QStringLiteral("deflate-bomb"),
            QStringLiteral("status-401"),
            QStringLiteral("status-403"),
            QStringLiteral("status-404"),
            QStringLiteral("status-429"),
            QStringLiteral("status-500"),
            QStringLiteral("status-503"),
            QStringLiteral("config-not-json"),
            QStringLiteral("config-zero-kv"),
            QStringLiteral("config-404"),
            QStringLiteral("config-huge"),
            QStringLiteral("path-not-string"),
            QStringLiteral("token")};
}

HostileHub::HostileHub()
{
    if (!m_server.listen(QHostAddress(QStringLiteral("127.0.0.1"))) ||
        !m_other.listen(QHostAddress(QStringLiteral("127.0.0.2"))))
        qFatal("the hostile Hub cannot listen on the loopback address");
    for (QTcpServer *server : {&m_server, &m_other}) {
        const bool other = server == &m_other;
        connect(server, &QTcpServer::newConnection, this, [this, server, other] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, other] { serve(socket, other); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
            }
        });
    }
}

QString HostileHub::address() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

QString HostileHub::otherAddress() const
{
    return QStringLiteral("http://127.0.0.2:%1").arg(m_other.serverPort());
}

void HostileHub::serve(QTcpSocket *socket, bool other)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    buffer.clear();
    bool token = false;
    for (const QByteArray &l : lines)
        token = token || l.trimmed().toLower().startsWith("authorization:");
    const QByteArray target = lines.value(0).split(' ').value(1);
    const QByteArray path = target.split('?').value(0);
    const QByteArray query = target.contains('?') ? target.mid(target.indexOf('?') + 1) : QByteArray();
    if (other) {
        m_tokenLeaked = m_tokenLeaked || token;
        send(socket, 200, path.endsWith("config.json") ? kConfig : okList());
        return;
    }
    // "token" answers only a request that carries one.
    if (path.contains("/token/") && !token) {
        send(socket, 401, "{}");
        return;
    }
    answer(socket, path, query);
}

void HostileHub::answer(QTcpSocket *socket, const QByteArray &path, const QByteArray &query)
{
    // /api/models/org/NAME/tree/main (the list) or /org/NAME/resolve/main/config.json
    const QList<QByteArray> parts = path.split('/');
    const bool isList = path.startsWith("/api/models/");
    const QString name = QString::fromUtf8(parts.value(isList ? 4 : 2));
    ++m_requests[name];
    const int page = query.contains("page=") ? query.mid(query.indexOf("page=") + 5).toInt() : 1;
    const QByteArray here = path + "?recursive=true";
    if (!isList) {
        if (name == QLatin1String("drip-config"))
            return drip(socket, kConfig);
        if (name == QLatin1String("config-not-json"))
            return send(socket, 200, "nope");
        if (name == QLatin1String("config-zero-kv"))
            return send(socket, 200,
                        QByteArray(kConfig).replace("\"num_key_value_heads\": 2", "\"num_key_value_heads\": 0"));
        if (name == QLatin1String("config-404"))
            return send(socket, 404, "{}");
        if (name == QLatin1String("config-huge"))
            return send(socket, 200, kConfig + QByteArray(8 << 20, ' '));
        return send(socket, 200, kConfig);
    }
    const auto redirect = [&](const QByteArray &location) {
        send(socket, 302, {}, location.isNull() ? QByteArray() : "Location: " + location + "\r\n");
    };
    if (name == QLatin1String("ok") || name == QLatin1String("token") || name.startsWith(QLatin1String("config-")) ||
        name == QLatin1String("drip-config"))
        return send(socket, 200, okList());
    if (name == QLatin1String("no-config"))
        return send(socket, 200, list({file(QStringLiteral("model-Q4_K_M.gguf"), 2.5e9)}));
    if (name == QLatin1String("slow-ok")) {
        QTimer::singleShot(300, socket, [this, socket] { send(socket, 200, okList()); });
        return;
    }
    if (name == QLatin1String("drip"))
        return drip(socket, okList());
    if (name == QLatin1String("silent"))
        return;
    if (name == QLatin1String("truncated")) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n[{\"type\":");
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (name == QLatin1String("redirect-file"))
        return redirect("file:///etc/hostname");
    if (name == QLatin1String("redirect-relative"))
        return redirect("/api/models/org/ok/tree/main?recursive=true");
    if (name == QLatin1String("redirect-dotdot"))
        return redirect("../../ok/tree/main?recursive=true");
    if (name == QLatin1String("redirect-loop"))
        return redirect(here);
    if (name == QLatin1String("redirect-ftp"))
        return redirect("ftp://127.0.0.1/list");
    if (name == QLatin1String("redirect-javascript"))
        return redirect("javascript:alert(1)");
    if (name == QLatin1String("redirect-empty"))
        return redirect(QByteArray());
    if (name == QLatin1String("redirect-garbage"))
        return redirect("http://[::1");
    if (name == QLatin1String("redirect-other"))
        return redirect(otherAddress().toUtf8() + "/api/models/org/ok/tree/main?recursive=true");
    const auto paged = [&](const QByteArray &next, const QJsonArray &files) {
        send(socket, 200, list(files), next.isEmpty() ? QByteArray() : "Link: <" + next + ">; rel=\"next\"\r\n");
    };
    const QJsonArray one{file(QStringLiteral("f%1.gguf").arg(page), 100)};
    if (name == QLatin1String("pages-loop"))
        return paged(address().toUtf8() + here, one);
    if (name == QLatin1String("pages-foreign"))
        return paged(otherAddress().toUtf8() + path + "?page=2", one);
    if (name == QLatin1String("pages-150"))
        return paged(page < 150 ? path + "?page=" + QByteArray::number(page + 1) : QByteArray(), one);
    if (name == QLatin1String("pages-3"))
        return paged(page < 3 ? address().toUtf8() + path + "?page=" + QByteArray::number(page + 1) : QByteArray(),
                     one);
    if (name == QLatin1String("pages-relative"))
        return paged(page < 2 ? "tree/main?page=2" : QByteArray(), one);
    if (name == QLatin1String("size-negative"))
        return send(socket, 200, sizeList(-5));
    if (name == QLatin1String("size-huge"))
        return send(socket, 200, sizeList(1e308));
    if (name == QLatin1String("size-string"))
        return send(socket, 200, sizeList(QStringLiteral("5")));
    if (name == QLatin1String("size-fraction"))
        return send(socket, 200, sizeList(1.5));
    if (name == QLatin1String("size-missing"))
        return send(socket, 200, sizeList(QJsonValue::Undefined));
    if (name == QLatin1String("size-null"))
        return send(socket, 200, sizeList(QJsonValue()));
    if (name == QLatin1String("size-exa"))
        return send(socket, 200, sizeList(1.2e18));
    if (name == QLatin1String("lfs-negative"))
        return send(socket, 200, sizeList(-1, true));
    if (name == QLatin1String("not-json"))
        return send(socket, 200, "nope");
    if (name == QLatin1String("list-object"))
        return send(socket, 200, "{}");
    if (name == QLatin1String("huge-body"))
        return send(socket, 200, "[" + QByteArray(40 << 20, ' ') + "]");
    if (name == QLatin1String("deflate-bomb")) {
        static const QByteArray bomb = qCompress(QByteArray(100 << 20, '[')).mid(4); // a zlib stream
        return send(socket, 200, bomb, "Content-Encoding: deflate\r\n");
    }
    if (name == QLatin1String("path-not-string"))
        return send(socket, 200, R"([{"type":"file","path":5,"size":10}])");
    if (name.startsWith(QLatin1String("status-")))
        return send(socket, name.mid(7).toInt(), "{\"error\":\"x\"}");
    send(socket, 404, "{}");
}

void HostileHub::send(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &headers)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                  " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\n" + headers + "\r\n" + body);
    socket->flush();
    socket->disconnectFromHost();
}

void HostileHub::drip(QTcpSocket *socket, const QByteArray &body)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\n\r\n");
    auto *timer = new QTimer(socket);
    auto at = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, body, at, timer] {
        if (*at >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(body.mid((*at)++, 1));
    });
    timer->start(500);
}

} // namespace Hostile
