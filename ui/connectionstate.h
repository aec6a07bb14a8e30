#pragma once

#include "models/result.h"

#include <QObject>

namespace cooc::ui {

// The connection state the status bar shows: what the last database call saw. Pages report
// the outcome of their loads (an Unavailable error means the server or file went away; the
// next successful load brings the state back). It never polls on its own.
class ConnectionState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionState)

public:
    explicit ConnectionState(QObject *parent = nullptr) : QObject(parent) {}

    bool isConnected() const { return m_connected; }
    // The reason of the last loss, in words for the user (empty while connected).
    const QString &problem() const { return m_problem; }

    void reportSuccess();
    // Only Unavailable changes the state; other errors are the page's own business.
    void reportError(const Error &error);

signals:
    void changed(bool connected);

private:
    bool m_connected = true;
    QString m_problem;
};

} // namespace cooc::ui
