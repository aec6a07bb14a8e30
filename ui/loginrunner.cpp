#include "ui/loginrunner.h"

#include "app/auth/authservice.h"
#include "ui/logging.h"

#include <QMetaObject>

namespace cooc::ui {

LoginRunner::LoginRunner(const AuthService &auth, QObject *parent)
    : QObject(parent), m_auth(auth), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("login"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LoginRunner::~LoginRunner()
{
    // A login in progress finishes first; its result (and its connection) is destroyed on the
    // worker thread, which opened it.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            const std::lock_guard lock(m_mutex);
            m_pending.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool LoginRunner::start(const DatabaseUrl &url, const QString &login, const QString &password, Done done)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_done = std::move(done);
    QMetaObject::invokeMethod(m_worker, [this, url, login, password] {
        auto outcome = std::make_unique<Outcome>(m_auth.login(url, login, password));
        {
            const std::lock_guard lock(m_mutex);
            m_pending = std::move(outcome);
        }
        QMetaObject::invokeMethod(this, &LoginRunner::finish, Qt::QueuedConnection);
    });
    return true;
}

void LoginRunner::finish()
{
    std::unique_ptr<Outcome> outcome;
    {
        const std::lock_guard lock(m_mutex);
        outcome = std::move(m_pending);
    }
    if (!outcome)
        return;
    m_busy = false;
    Done done = std::move(m_done);
    m_done = nullptr;
    if (!outcome->ok()) {
        done(outcome->error());
        return;
    }
    std::unique_ptr<Session> session = std::move(*outcome).value();
    outcome.reset();
    // The worker's connection cannot be used here: open this thread's own.
    auto sibling = session->database->openSibling(session->database->access());
    if (!sibling) {
        qCWarning(lcUi) << "could not reopen the database on the GUI thread:" << sibling.error().detail;
        destroyOnWorker(std::move(session->database));
        done(sibling.error());
        return;
    }
    destroyOnWorker(std::exchange(session->database, std::move(sibling.value())));
    done(std::move(session));
}

void LoginRunner::destroyOnWorker(std::unique_ptr<Database> database)
{
    Database *raw = database.release();
    // Blocking: closing a connection is quick, and the caller may tear everything down next.
    QMetaObject::invokeMethod(m_worker, [raw] { delete raw; }, Qt::BlockingQueuedConnection);
}

} // namespace cooc::ui
