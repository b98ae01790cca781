#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTcpServer>

class QTcpSocket;

// A hostile Hugging Face Hub on the loopback address: each repository name is one misbehaviour
// (a body dripped a byte at a time, redirects to file:// and in loops, paged lists that repeat or
// leave for another origin, sizes that are not sizes, bombs). A second server on 127.0.0.2 is
// "another origin": it records whether a token ever reached it.
namespace Hostile {

class HostileHub final : public QObject
{
public:
    HostileHub();
    [[nodiscard]] QString address() const;      // http://127.0.0.1:PORT
    [[nodiscard]] QString otherAddress() const; // http://127.0.0.2:PORT
    [[nodiscard]] bool tokenLeaked() const { return m_tokenLeaked; }
    [[nodiscard]] int requestsFor(const QString &repo) const { return m_requests.value(repo); }
    // The repository names it answers, each a behaviour.
    [[nodiscard]] static QStringList behaviours();

private:
    void serve(QTcpSocket *socket, bool other);
    void answer(QTcpSocket *socket, const QByteArray &path, const QByteArray &query);
    void send(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &headers = {});
    void drip(QTcpSocket *socket, const QByteArray &body);

    QTcpServer m_server;
    QTcpServer m_other;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, int> m_requests;
    bool m_tokenLeaked = false;
};

} // namespace Hostile
