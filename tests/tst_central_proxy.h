#pragma once
// A TCP proxy between a client and the test PostgreSQL, on its own thread, that can cut the
// line: at once (a dropped network), or right after the server answered COMMIT but before the
// client hears it (the one case where a client cannot tell whether its decision was saved).
// It can also delay what it forwards, both ways, like a city network between a school and the
// data centre (bench_central: what a round trip costs the client).
#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace cooc::test::central {

// (No Q_OBJECT: a header-only test helper without moc; it uses functor connections only.)
class CutProxy final : public QObject
{
public:
    CutProxy(QString targetHost, quint16 targetPort) : m_host(std::move(targetHost)), m_targetPort(targetPort)
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(this, &CutProxy::listen, Qt::BlockingQueuedConnection);
    }
    ~CutProxy() override
    {
        QMetaObject::invokeMethod(this, &CutProxy::shutdown, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    // The next server→client packet that answers a commit is swallowed and both sides are cut:
    // the server has committed, the client never hears it. A commit's answer is a COMMIT's
    // CommandComplete, or the result of a binding decision's one call (its first column is
    // o_claimed; the call commits on its own before the server answers).
    void armCutAfterCommit() { m_cutAfterCommit = true; }
    bool cutHappened() const { return m_cut; }
    // Cuts every connection and refuses new ones until reopen() (a server out of reach).
    void goDark() { QMetaObject::invokeMethod(this, &CutProxy::dark, Qt::BlockingQueuedConnection); }
    void reopen() { QMetaObject::invokeMethod(this, &CutProxy::listen, Qt::BlockingQueuedConnection); }
    // Every chunk is delivered this long after it arrived, in order (0: at once).
    void setOneWayDelay(int milliseconds) { m_delayMs = milliseconds; }

private:
    void listen()
    {
        if (!m_server) {
            m_server = new QTcpServer(this);
            connect(m_server, &QTcpServer::newConnection, this, &CutProxy::accept);
        }
        m_server->listen(QHostAddress::LocalHost, m_port);
        m_port = m_server->serverPort();
    }
    void dark()
    {
        if (m_server)
            m_server->close();
        cutAll();
    }
    void shutdown()
    {
        dark();
        delete m_server;
        m_server = nullptr;
    }
    void cutAll()
    {
        for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets)) {
            if (s)
                s->abort();
        }
        m_sockets.clear();
    }
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto *server = new QTcpSocket(this);
            client->setParent(this);
            m_sockets << client << server;
            server->connectToHost(m_host, m_targetPort);
            connect(client, &QTcpSocket::readyRead, server, [this, client, server] {
                if (server->state() == QAbstractSocket::ConnectedState)
                    forward(server, client->readAll());
            });
            connect(server, &QTcpSocket::connected, client, [client, server] { server->write(client->readAll()); });
            connect(server, &QTcpSocket::readyRead, client, [this, client, server] {
                const QByteArray data = server->readAll();
                if (m_cutAfterCommit
                    && (data.contains(QByteArrayLiteral("COMMIT\0")) || data.contains(QByteArrayLiteral("o_claimed\0")))) {
                    m_cutAfterCommit = false;
                    m_cut = true;
                    client->abort();
                    server->abort();
                    return;
                }
                forward(client, data);
            });
            connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
            connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        }
    }

    void forward(QTcpSocket *to, const QByteArray &data)
    {
        const int delay = m_delayMs;
        if (delay <= 0) {
            to->write(data);
            return;
        }
        // Precise timers of one interval fire in the order they were started.
        QTimer::singleShot(delay, Qt::PreciseTimer, to, [to, data] { to->write(data); });
    }

    QThread m_thread;
    QString m_host;
    quint16 m_targetPort = 0;
    quint16 m_port = 0;
    QTcpServer *m_server = nullptr;
    QList<QPointer<QTcpSocket>> m_sockets;
    std::atomic_bool m_cutAfterCommit{false};
    std::atomic_bool m_cut{false};
    std::atomic_int m_delayMs{0};
};

} // namespace cooc::test::central
