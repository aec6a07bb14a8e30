#pragma once

#include "app/household/householdcontract.h"
#include "app/household/householdresult.h"
#include "models/clock.h"

#include <QObject>

#include <functional>

namespace cooc {

// One running household check, as a job object (STYLE.md practice 10). It emits finished()
// exactly once, always from the event loop (never inside HouseholdService::start()), and
// then deletes itself: copy the result in the slot, or keep a QPointer.
class HouseholdCheck : public QObject
{
    Q_OBJECT

public:
    ~HouseholdCheck() override;
    Q_DISABLE_COPY_MOVE(HouseholdCheck)

    const QString &requestId() const { return m_requestId; }
    bool isFinished() const { return m_finished; }
    const HouseholdResult &result() const { return m_result; } // valid once finished

    // Stops the check: finished() follows with UNAVAILABLE / Failure::Cancelled (a cancelled
    // check is not an answer; callers usually do not store it). No effect once finished.
    void cancel();

signals:
    void attemptStarted(int attempt, int maxAttempts); // "Asking the service (2/3)…"
    void finished(const cooc::HouseholdResult &result);

protected:
    HouseholdCheck(QString requestId, const Clock &clock, QObject *parent);
    const Clock &clock() const { return m_clock; }
    // Ends the check: stores the result, emits finished(), schedules deleteLater().
    void finish(HouseholdResult result);
    // Stops whatever is in flight; called by cancel() before the cancelled result is emitted.
    virtual void stopWork() = 0;

private:
    QString m_requestId;
    const Clock &m_clock;
    HouseholdResult m_result;
    bool m_finished = false;
};

// The household-registration service as the application sees it: the city's HTTPS service
// (HttpHouseholdClient) or the demo school's own registry (DemoHouseholdService).
// start() never blocks and may be called from the GUI thread; the service object and its
// jobs belong to the thread that created the service. A worker thread or the CLI creates
// its own service and uses checkAndWait().
class HouseholdService
{
public:
    virtual ~HouseholdService() = default;

    // Starts a check. An empty query.requestId gets a fresh UUID; retries reuse it. A query
    // that cannot be sent (HouseholdContract::queryProblem) finishes UNAVAILABLE /
    // InvalidQuery without any I/O. The job's parent is the service object.
    virtual HouseholdCheck *start(HouseholdQuery query) = 0;

    // "city" or "demo": which source answered, for the audit trail.
    virtual QString sourceName() const = 0;
};

// Runs one check to the end in a local event loop and returns its result. For the CLI and
// for worker threads that own `service`; never on the GUI thread. `cancelled` (optional) is
// polled every 50 ms; when it returns true the check is cancelled.
HouseholdResult checkAndWait(
    HouseholdService &service, HouseholdQuery query, const std::function<bool()> &cancelled = {});

} // namespace cooc
