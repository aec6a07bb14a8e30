#pragma once

#include "models/result.h"

#include <QObject>

#include <memory>

namespace cooc {
class Database;
namespace central {
class ConnectionMonitor;
}
} // namespace cooc

namespace cooc::ui {

// The connection state the status bar shows.
//  - Embedded (SQLite): what the last database call saw. Pages report the outcome of their
//    loads (an Unavailable error means the file went away; the next successful load brings
//    the state back). Nothing polls.
//  - Central (PostgreSQL, after monitor()): a central::ConnectionMonitor owns the state. Its
//    heartbeat notices a drop while the user is idle; an Unavailable error a page reports
//    starts reconnecting at once, with backoff; the watched connections are reopened in
//    place. reconnected() tells pages to find out what happened to a decision in flight.
class ConnectionState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionState)

public:
    explicit ConnectionState(QObject *parent = nullptr);
    ~ConnectionState() override;

    // Central mode: watch `db` (the session's connection) with a heartbeat every `heartbeatMs`.
    void monitor(Database &db, int heartbeatMs = 30'000);
    // Further connections (a page's own read-only one) to reopen with the session's; a
    // connection must be unwatched before it is destroyed. No-ops in embedded mode.
    void watch(Database &db);
    void unwatch(Database &db);

    bool isConnected() const;
    // The reason of the last loss, in words for the user (empty while connected).
    QString problem() const;
    // For the status bar: "Connected", "Connection lost — reconnecting…", "Offline — …".
    QString statusText() const;

    void reportSuccess();
    // Only Unavailable changes the state; other errors are the page's own business.
    void reportError(const Error &error);

    central::ConnectionMonitor *monitor() const { return m_monitor.get(); }

signals:
    void changed(bool connected);
    // Central mode: the connection is back after a loss.
    void reconnected();
    // Central mode: the server answers but refuses this login now (password changed, role disabled).
    void refused(const cooc::Error &error);

private:
    bool m_connected = true;
    QString m_problem;
    std::unique_ptr<central::ConnectionMonitor> m_monitor;
};

} // namespace cooc::ui
