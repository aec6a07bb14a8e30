#include "app/bindingreview/fasttrackrunner.h"

#include "app/bindingreview/bindingreviewservice.h"
#include "app/central/decisionprobe.h"
#include "app/logging.h"

#include <QCoreApplication>
#include <QThread>

#include <optional>

namespace cooc {


FastTrackRunner::FastTrackRunner(const Database &source, Actor actor, const Clock &clock, QObject *parent)
    : QObject(parent), m_source(source), m_actor(std::move(actor)), m_clock(clock)
{
}

FastTrackRunner::~FastTrackRunner()
{
    cancel();
    wait();
    delete m_thread;
}

bool FastTrackRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void FastTrackRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void FastTrackRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

void FastTrackRunner::start(const QList<Item> &items)
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const DatabaseUrl url = m_source.url();
    const Actor actor = m_actor;
    const Clock *clock = &m_clock;
    auto cancelled = m_cancel;
    m_thread = QThread::create([this, url, actor, clock, items, cancelled] {
        const int total = int(items.size());
        int approved = 0;
        int skipped = 0;
        int failed = 0;
        // The worker's own connection: a QSqlDatabase belongs to the thread that opened it.
        auto db = Database::open(url);
        if (!db) {
            for (const Item &item : items)
                emit itemDecided(item.id, ItemResult::Failed, db.error().message);
            emit finished(0, 0, total, false);
            return;
        }
        std::unique_ptr<Database> connection = std::move(db.value());
        std::optional<BindingReviewService> service(std::in_place, *connection, actor, *clock);
        BindingReviewService::ApproveOptions options;
        options.fastTrack = true;
        int done = 0;
        for (const Item &item : items) {
            if (cancelled->load())
                break;
            if (!service) { // the connection was lost and could not be opened again
                emit itemDecided(item.id, ItemResult::NotAttempted,
                                 tr("not attempted: the connection to the database was lost"));
                ++done;
                continue;
            }
            emit progress(done, total, item.label);
            const QDateTime sentAt = clock->now();
            auto outcome = service->approve(item.id, item.version, options);
            if (!outcome && outcome.error().code == Error::Code::Unavailable) {
                // The connection went during this approval, which then either committed or did
                // not: a new connection asks the audit log (central::decisionOutcome), and the
                // run goes on there. Without one, the rest is not attempted.
                service.reset();
                auto again = Database::open(url);
                std::optional<central::DecisionOutcome> known;
                if (again) {
                    connection = std::move(again.value());
                    service.emplace(*connection, actor, *clock);
                    auto asked = central::decisionOutcome(
                        *connection, {BindingReviewService::auditAction(binding::Status::Approved),
                                      QStringLiteral("binding_request"), item.id, actor.staffId, sentAt});
                    if (asked)
                        known = asked.value();
                }
                if (known == central::DecisionOutcome::Committed) {
                    ++approved;
                    emit itemDecided(item.id, ItemResult::Approved, QString());
                } else if (known) {
                    ++failed;
                    emit itemDecided(item.id, ItemResult::Failed,
                                     tr("the connection to the database was lost; nothing was saved"));
                } else {
                    emit itemDecided(item.id, ItemResult::Unknown,
                                     tr("the connection to the database was lost; whether it was saved is not known "
                                        "— check this request when the connection is back"));
                }
            } else if (outcome) {
                ++approved;
                emit itemDecided(item.id, ItemResult::Approved, QString());
            } else if (outcome.error().code == Error::Code::Conflict) {
                ++skipped;
                emit itemDecided(item.id, ItemResult::Skipped, outcome.error().message);
            } else {
                ++failed;
                emit itemDecided(item.id, ItemResult::Failed, outcome.error().message);
            }
            ++done;
        }
        const bool wasCancelled = cancelled->load() && done < total;
        emit progress(done, total, QString());
        qCInfo(lcApp) << "fast-track run:" << approved << "approved," << skipped << "skipped," << failed
                      << "not approved of" << total << (wasCancelled ? "(cancelled)" : "");
        emit finished(approved, skipped, failed, wasCancelled);
    });
    m_thread->setObjectName(QStringLiteral("fast-track"));
    m_thread->start();
}

} // namespace cooc
