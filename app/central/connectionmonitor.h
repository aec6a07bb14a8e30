#pragma once

#include "models/database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace cooc::central {

// Notices a lost connection to the central database and brings it back.
//
// Callers report what their database calls saw (report(error)): an Unavailable error — the
// server went away, the network dropped, the backend was terminated — switches the state to
// Reconnecting. A heartbeat (check()) notices a drop while the user is idle. Reconnecting
// first probes the server with a fresh connection on a worker thread (a dead network can
// take connect_timeout seconds, and the GUI thread must not wait), then reopens every watched
// connection in place on their own thread (Database::reconnect: repositories holding them
// stay valid), with exponential backoff and jitter between attempts. After `offlineAfter`
// failed attempts the state says Offline; it keeps trying at the longest interval. A server
// that answers but refuses the login (password changed, role disabled) stops the loop:
// refused() says why. reconnected() tells the UI to find out what happened to a decision
// that was in flight (decisionOutcome); nothing typed in a form is touched.
class ConnectionMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMonitor)

public:
    enum class State { Connected, Reconnecting, Offline };
    Q_ENUM(State)

    struct Policy
    {
        std::chrono::milliseconds firstDelay{500};
        std::chrono::milliseconds maxDelay{30'000};
        int offlineAfter = 3;                        // failed attempts before "offline"
        std::chrono::milliseconds heartbeat{30'000}; // 0 = no heartbeat
    };

    explicit ConnectionMonitor(QObject *parent = nullptr);
    explicit ConnectionMonitor(Policy policy, QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    // Connections to watch and reopen; they belong to this object's thread and must be
    // unwatched before they are destroyed. The first one is the one probed.
    void watch(Database &db);
    void unwatch(Database &db);

    State state() const { return m_state; }
    QString problem() const { return m_problem; } // last reason, in words; empty while connected
    int failedAttempts() const { return m_failedAttempts; }
    // For the status bar: "Connected", "Reconnecting…", "Offline — retrying in 30 s".
    QString statusText() const;

    // What a database call saw. Only Unavailable changes anything.
    void report(const Error &error);
    // Checks every watched connection now (SELECT 1).
    void check();

signals:
    void stateChanged(cooc::central::ConnectionMonitor::State state);
    void reconnected();
    void refused(const cooc::Error &error);

private:
    void setState(State state, const QString &problem);
    void startReconnecting(const QString &problem);
    void attempt();
    void probeFinished();
    void scheduleNext(const QString &problem);

    Policy m_policy;
    QList<Database *> m_watched;
    State m_state = State::Connected;
    QString m_problem;
    int m_failedAttempts = 0;
    std::chrono::milliseconds m_nextDelay{0};
    QTimer m_retryTimer;
    QTimer m_heartbeat;
    QFutureWatcher<std::optional<Error>> m_probe;
};

} // namespace cooc::central
