#include "app/household/householdservice.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

namespace cooc {

HouseholdCheck::HouseholdCheck(QString requestId, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_requestId(std::move(requestId))
    , m_clock(clock)
{
    m_result.requestId = m_requestId;
}

HouseholdCheck::~HouseholdCheck() = default;

void HouseholdCheck::cancel()
{
    if (m_finished)
        return;
    stopWork();
    HouseholdResult r = m_result; // keeps attempts/httpStatus seen so far
    r.outcome = HouseholdResult::Outcome::Unavailable;
    r.failure = HouseholdResult::Failure::Cancelled;
    r.reason = tr("The check was cancelled.");
    r.detail.clear();
    r.checkedAt = m_clock.now();
    // Asynchronously, like every other ending: the caller of cancel() may hold references.
    m_finished = true;
    m_result = r;
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished(m_result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

void HouseholdCheck::finish(HouseholdResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    result.requestId = m_requestId;
    m_result = std::move(result);
    emit finished(m_result);
    deleteLater();
}

HouseholdResult checkAndWait(HouseholdService &service, HouseholdQuery query, const std::function<bool()> &cancelled)
{
    HouseholdResult result;
    bool done = false;
    QEventLoop loop;
    QPointer<HouseholdCheck> job = service.start(std::move(query));
    QObject::connect(job, &HouseholdCheck::finished, &loop, [&](const HouseholdResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    QTimer poll;
    if (cancelled) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (job && cancelled())
                job->cancel();
        });
        poll.start(50);
    }
    if (!done)
        loop.exec();
    return result;
}

} // namespace cooc
