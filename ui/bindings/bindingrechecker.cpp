#include "ui/bindings/bindingrechecker.h"

#include "app/bindingreview/bindingrechecks.h"
#include "app/household/householdrecording.h"
#include "app/household/householdservice.h"
#include "app/household/householdsettings.h"
#include "app/session.h"
#include "models/householdresultstore.h"

#include <QFutureWatcher>

namespace cooc::ui {

BindingRechecker::BindingRechecker(const PageContext &context, QObject *parent) : QObject(parent), m_context(context)
{
}

BindingRechecker::~BindingRechecker() = default;

void BindingRechecker::loadHouseholdSetup()
{
    if (m_setupRequested)
        return;
    m_setupRequested = true;
    // `this` is the context: the answer is dropped if the page goes away first.
    cooc::loadHouseholdSetup(m_context.session.db(), m_context.session.actor.schoolId, m_context.credentials, this,
                             [this](const Result<HouseholdServiceSetup> &setup) {
                                 if (setup)
                                     m_householdSetup = std::make_unique<HouseholdServiceSetup>(setup.value());
                                 else
                                     m_setupRequested = false; // try again at the next check
                             });
}

bool BindingRechecker::isRunning(Kind kind, qint64 requestId) const
{
    return kind == Kind::Signature ? m_signatureRunning.contains(requestId) : m_householdRunning.contains(requestId);
}

Status BindingRechecker::start(Kind kind, const BindingRequestSummary &request)
{
    if (isRunning(kind, request.id))
        return okStatus();
    return kind == Kind::Signature ? startSignature(request) : startHousehold(request);
}

Status BindingRechecker::startSignature(const BindingRequestSummary &request)
{
    using Outcome = BindingReviewService::Outcome;
    m_signatureRunning.insert(request.id);
    emit runningChanged(request.id);
    auto *watcher = new QFutureWatcher<Result<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        const Result<Outcome> outcome = watcher->result();
        Finished result;
        result.kind = Kind::Signature;
        result.request = request;
        if (outcome)
            result.message = tr("The e-signature was verified again and the result recorded.");
        else
            result.error = outcome.error();
        end(Kind::Signature, result);
    });
    watcher->setFuture(BindingRechecks::reverifySignatureAsync(m_context.session.db().url(), m_context.session.actor,
                                                               m_context.clock, request.id, request.version));
    return okStatus();
}

Status BindingRechecker::startHousehold(const BindingRequestSummary &request)
{
    if (!m_householdSetup) {
        loadHouseholdSetup();
        return Error::make(Error::Code::Unavailable,
                           tr("The household service is still being set up. Try again in a moment."));
    }
    if (!m_household)
        m_household = createHouseholdService(*m_householdSetup, m_context.session.db(), m_context.clock);
    auto subjects = HouseholdResultStore(m_context.session.db()).subjects(m_context.session.actor, request.id);
    if (!subjects)
        return subjects.error();
    HouseholdCheck *check = m_household->start(householdQueryFor(subjects.value()));
    m_householdRunning.insert(request.id, check);
    emit runningChanged(request.id);
    const QString source = m_household->sourceName();
    connect(check, &HouseholdCheck::attemptStarted, this, [this, id = request.id](int attempt, int maxAttempts) {
        m_householdProgress.insert(id, {attempt, maxAttempts});
        emit runningChanged(id);
    });
    // The answer is recorded only while the request still carries the IDs asked about.
    const HouseholdSubjects asked = subjects.value();
    connect(check, &HouseholdCheck::finished, this, [this, request, source, asked](const HouseholdResult &answer) {
        Finished result;
        result.kind = Kind::Household;
        result.request = request;
        if (answer.failure == HouseholdResult::Failure::Cancelled) {
            result.cancelled = true;
            result.message = tr("The household check was cancelled; nothing was recorded.");
            end(Kind::Household, result);
            return;
        }
        // Recorded on a pool thread: the write may wait for rows another writer holds.
        auto *watcher = new QFutureWatcher<Result<bool>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, answer, result]() mutable {
            watcher->deleteLater();
            const Result<bool> recorded = watcher->result();
            if (recorded) {
                result.message = answer.displayText();
                // Not stored (an outage, or an answer older than the stored one): the request
                // keeps the result it had, and the reviewer must not read this one as the request's.
                if (!recorded.value())
                    result.message += QLatin1Char(' ')
                        + tr("The request keeps its earlier household result, which still counts (also for fast "
                             "track).");
                result.problem = !answer.isAnswer();
            } else {
                result.error = recorded.error();
            }
            end(Kind::Household, result);
        });
        watcher->setFuture(recordHouseholdResultAsync(m_context.session.db().url(), m_context.session.actor, asked,
                                                      answer, source, m_context.clock));
    });
    return okStatus();
}

void BindingRechecker::cancelHousehold(qint64 requestId)
{
    if (const QPointer<HouseholdCheck> check = m_householdRunning.value(requestId))
        check->cancel();
}

void BindingRechecker::end(Kind kind, Finished result)
{
    if (kind == Kind::Signature) {
        m_signatureRunning.remove(result.request.id);
    } else {
        m_householdRunning.remove(result.request.id);
        m_householdProgress.remove(result.request.id);
    }
    emit runningChanged(result.request.id);
    emit finished(result);
}

} // namespace cooc::ui
