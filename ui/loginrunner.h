#pragma once

#include "app/session.h"
#include "models/databaseurl.h"
#include "models/result.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <mutex>

namespace cooc {
class AuthService;
}

namespace cooc::ui {

// Runs AuthService::login off the GUI thread, so the window stays responsive while scrypt
// runs (~0.1 s) or a PostgreSQL server takes its time to answer (up to connect_timeout).
//
// A QSqlDatabase connection belongs to the thread that opened it, so once the login has
// succeeded on the worker thread, the GUI thread opens its own connection to the same
// database (Database::openSibling, with the credentials that just worked) and the worker's
// connection is closed on the worker thread. The Session handed to `done` is then entirely
// the GUI thread's.
class LoginRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginRunner)

public:
    using Done = std::function<void(Result<std::unique_ptr<Session>>)>;

    explicit LoginRunner(const AuthService &auth, QObject *parent = nullptr);
    // Waits for a login in progress (at most the server's connect timeout).
    ~LoginRunner() override;

    bool isBusy() const { return m_busy; }
    // `done` runs on this object's (the GUI) thread. One login at a time: returns false when busy.
    bool start(const DatabaseUrl &url, const QString &login, const QString &password, Done done);

private:
    using Outcome = Result<std::unique_ptr<Session>>;
    void finish();
    void destroyOnWorker(std::unique_ptr<Database> database);

    const AuthService &m_auth;
    QThread m_thread;
    QObject *m_worker; // lives on m_thread
    Done m_done;
    bool m_busy = false;
    std::mutex m_mutex;
    std::unique_ptr<Outcome> m_pending; // the worker's result until finish() takes it
};

} // namespace cooc::ui
