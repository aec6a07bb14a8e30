#include "ui/connectionstate.h"

#include "app/central/connectionmonitor.h"

#include <QCoreApplication>

namespace cooc::ui {

ConnectionState::ConnectionState(QObject *parent) : QObject(parent) {}

ConnectionState::~ConnectionState() = default;

void ConnectionState::monitor(Database &db, int heartbeatMs)
{
    central::ConnectionMonitor::Policy policy;
    policy.heartbeat = std::chrono::milliseconds(heartbeatMs);
    m_monitor = std::make_unique<central::ConnectionMonitor>(policy);
    m_monitor->watch(db);
    connect(m_monitor.get(), &central::ConnectionMonitor::stateChanged, this,
            [this](central::ConnectionMonitor::State state) {
                emit changed(state == central::ConnectionMonitor::State::Connected);
            });
    connect(m_monitor.get(), &central::ConnectionMonitor::reconnected, this, &ConnectionState::reconnected);
    connect(m_monitor.get(), &central::ConnectionMonitor::refused, this, &ConnectionState::refused);
}

void ConnectionState::watch(Database &db)
{
    if (m_monitor)
        m_monitor->watch(db);
}

void ConnectionState::unwatch(Database &db)
{
    if (m_monitor)
        m_monitor->unwatch(db);
}

bool ConnectionState::isConnected() const
{
    return m_monitor ? m_monitor->state() == central::ConnectionMonitor::State::Connected : m_connected;
}

QString ConnectionState::problem() const
{
    return m_monitor ? m_monitor->problem() : m_problem;
}

QString ConnectionState::statusText() const
{
    if (m_monitor)
        return m_monitor->statusText();
    return m_connected ? QCoreApplication::translate("cooc::ui::ConnectionState", "Connected")
                       : QCoreApplication::translate("cooc::ui::ConnectionState", "Disconnected");
}

void ConnectionState::reportSuccess()
{
    if (m_monitor || m_connected)
        return;
    m_connected = true;
    m_problem.clear();
    emit changed(true);
}

void ConnectionState::reportError(const Error &error)
{
    if (error.code != Error::Code::Unavailable)
        return;
    if (m_monitor) {
        m_monitor->report(error);
        return;
    }
    const bool wasConnected = m_connected;
    m_connected = false;
    m_problem = error.message;
    if (wasConnected)
        emit changed(false);
}

} // namespace cooc::ui
