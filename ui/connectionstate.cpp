#include "ui/connectionstate.h"

namespace cooc::ui {

void ConnectionState::reportSuccess()
{
    if (m_connected)
        return;
    m_connected = true;
    m_problem.clear();
    emit changed(true);
}

void ConnectionState::reportError(const Error &error)
{
    if (error.code != Error::Code::Unavailable)
        return;
    const bool wasConnected = m_connected;
    m_connected = false;
    m_problem = error.message;
    if (wasConnected)
        emit changed(false);
}

} // namespace cooc::ui
