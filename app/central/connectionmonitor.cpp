#include "app/central/connectionmonitor.h"

#include "app/central/logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cooc::central {

namespace {

bool isRefusal(const Error &error)
{
    return error.code == Error::Code::AuthFailed || error.code == Error::Code::PermissionDenied;
}

} // namespace

ConnectionMonitor::ConnectionMonitor(QObject *parent) : ConnectionMonitor(Policy{}, parent) {}

ConnectionMonitor::ConnectionMonitor(Policy policy, QObject *parent) : QObject(parent), m_policy(policy)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConnectionMonitor::attempt);
    connect(&m_probe, &QFutureWatcher<std::optional<Error>>::finished, this, &ConnectionMonitor::probeFinished);
    if (m_policy.heartbeat.count() > 0) {
        m_heartbeat.setInterval(m_policy.heartbeat);
        connect(&m_heartbeat, &QTimer::timeout, this, [this] {
            if (m_state == State::Connected)
                check();
        });
        m_heartbeat.start();
    }
}

ConnectionMonitor::~ConnectionMonitor()
{
    m_retryTimer.stop();
    m_heartbeat.stop();
    // A probe still connecting finishes on its worker thread; its result is not needed.
    m_probe.disconnect(this);
    m_probe.waitForFinished();
}

void ConnectionMonitor::watch(Database &db)
{
    if (!m_watched.contains(&db))
        m_watched.append(&db);
}

void ConnectionMonitor::unwatch(Database &db)
{
    m_watched.removeAll(&db);
}

QString ConnectionMonitor::statusText() const
{
    switch (m_state) {
    case State::Connected:
        return tr("Connected");
    case State::Reconnecting:
        return tr("Connection lost — reconnecting…");
    case State::Offline:
        return tr("Offline — retrying every %n second(s)", nullptr,
                  int(std::max<qint64>(1, qint64(m_nextDelay.count() / 1000))));
    }
    return {};
}

void ConnectionMonitor::setState(State state, const QString &problem)
{
    m_problem = problem;
    if (state == m_state)
        return;
    m_state = state;
    qCInfo(lcCentral) << "connection state" << int(state);
    emit stateChanged(state);
}

void ConnectionMonitor::report(const Error &error)
{
    if (error.code != Error::Code::Unavailable)
        return;
    if (m_state == State::Connected)
        startReconnecting(error.message);
}

void ConnectionMonitor::check()
{
    for (Database *db : std::as_const(m_watched)) {
        auto ping = db->exec(QStringLiteral("SELECT 1"));
        if (!ping) {
            report(ping.error());
            return;
        }
    }
}

void ConnectionMonitor::startReconnecting(const QString &problem)
{
    if (m_watched.isEmpty())
        return;
    m_failedAttempts = 0;
    m_nextDelay = m_policy.firstDelay;
    setState(State::Reconnecting, problem);
    m_retryTimer.start(0); // the first attempt at once: most drops are brief
}

void ConnectionMonitor::attempt()
{
    if (m_watched.isEmpty() || m_probe.isRunning())
        return;
    // Probe on a worker thread with a connection of its own: an unreachable server costs
    // connect_timeout seconds there, not on this (possibly GUI) thread.
    const DatabaseUrl url = m_watched.first()->url();
    m_probe.setFuture(QtConcurrent::run([url]() -> std::optional<Error> {
        auto probe = Database::open(url, Database::Access::ReadOnly);
        if (!probe)
            return probe.error();
        return std::nullopt;
    }));
}

void ConnectionMonitor::probeFinished()
{
    const std::optional<Error> probeError = m_probe.result();
    if (probeError) {
        if (isRefusal(*probeError)) {
            setState(State::Offline, probeError->message);
            emit refused(*probeError);
            return;
        }
        scheduleNext(probeError->message);
        return;
    }
    // The server is back: reopen every watched connection in place.
    for (Database *db : std::as_const(m_watched)) {
        if (Status reopened = db->reconnect(); !reopened) {
            if (isRefusal(reopened.error())) {
                setState(State::Offline, reopened.error().message);
                emit refused(reopened.error());
                return;
            }
            scheduleNext(reopened.error().message);
            return;
        }
    }
    m_failedAttempts = 0;
    setState(State::Connected, {});
    qCInfo(lcCentral) << "reconnected" << m_watched.size() << "connection(s)";
    emit reconnected();
}

void ConnectionMonitor::scheduleNext(const QString &problem)
{
    ++m_failedAttempts;
    const qint64 base = std::min<qint64>(m_policy.maxDelay.count(),
                                         m_policy.firstDelay.count() << std::min(m_failedAttempts - 1, 16));
    // ±20 % jitter, so that a whole school's clients do not come back in lockstep.
    const qint64 jitter = base / 5;
    const qint64 delay = std::max<qint64>(1, base - jitter + QRandomGenerator::global()->bounded(qint64(2 * jitter + 1)));
    m_nextDelay = std::chrono::milliseconds(delay);
    setState(m_failedAttempts >= m_policy.offlineAfter ? State::Offline : State::Reconnecting, problem);
    qCInfo(lcCentral) << "reconnect attempt" << m_failedAttempts << "failed; next in" << delay << "ms";
    m_retryTimer.start(m_nextDelay);
}

} // namespace cooc::central
