#pragma once

#include <QHash>
#include <QMap>
#include <QTcpServer>
#include <QTcpSocket>

// A stand-in for the Hugging Face Hub on the loopback address (tests never reach the internet):
// it answers GET requests by path from a table, records each request's headers, and can misbehave
// as a real server does (never answer, or close before the promised length).
class FakeHub final : public QObject
{
public:
    struct Answer
    {
        enum Behaviour { Normal, Silent, Truncated };
        Answer(int s = 200, QByteArray b = {}, QByteArray headers = {}, Behaviour how = Normal)
            : status(s)
            , body(std::move(b))
            , extraHeaders(std::move(headers))
            , behaviour(how)
        {}
        int status;
        QByteArray body;
        QByteArray extraHeaders; // "Location: …\r\n"
        Behaviour behaviour;
    };
    struct Request
    {
        QByteArray path;
        QByteArray authorization;
        QByteArray host;
    };

    FakeHub()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString address() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    quint16 port() const { return m_server.serverPort(); }
    void answer(const QByteArray &path, const Answer &a) { m_answers.insert(path, a); }
    const QList<Request> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(socket);
        Request request;
        request.path = lines.value(0).split(' ').value(1);
        for (const QByteArray &line : lines) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("authorization:"))
                request.authorization = l.mid(14).trimmed();
            if (l.toLower().startsWith("host:"))
                request.host = l.mid(5).trimmed();
        }
        m_requests.append(request);
        const QByteArray path = request.path.split('?').value(0);
        const Answer a = m_answers.value(path, Answer(404, "{\"error\":\"Repository Not Found\"}"));
        if (a.behaviour == Answer::Silent)
            return; // never answers: the client's timeout must end it
        const qsizetype length = a.behaviour == Answer::Truncated ? a.body.size() + 1000 : a.body.size();
        socket->write("HTTP/1.1 " + QByteArray::number(a.status) +
                      " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(length) +
                      "\r\nConnection: close\r\n" + a.extraHeaders + "\r\n" + a.body);
        socket->flush();
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QMap<QByteArray, Answer> m_answers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
};
