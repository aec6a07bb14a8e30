#pragma once

#include "models/bindingrequest.h"
#include "models/result.h"
#include "ui/pagecontext.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

namespace cooc {
class HouseholdCheck;
class HouseholdService;
struct HouseholdServiceSetup;
} // namespace cooc

namespace cooc::ui {

// "Verify again" and "Check household again" for the binding page: the signature is verified
// on a pool thread with a connection of its own (BindingRechecks), the household check is the
// household service's job object; each result is recorded by the app layer (event + audit).
// Several requests may be re-checked at once, one check of each kind per request. Every
// result comes back with the request it is about — by then the reviewer may be looking at
// another one, so the page decides where to show it.
class BindingRechecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindingRechecker)

public:
    enum class Kind { Signature, Household };

    struct Finished
    {
        Kind kind = Kind::Signature;
        BindingRequestSummary request; // as it was when the check started
        std::optional<Error> error;    // the check could not be recorded; nothing changed
        QString message;               // what was found, for the reviewer (when no error)
        bool problem = false;          // the household service could not answer (UNAVAILABLE)
        bool cancelled = false;        // the reviewer cancelled it: nothing was recorded
    };
    // Where a running household check is: attempt `attempt` of at most `maxAttempts`.
    struct Progress
    {
        int attempt = 0;
        int maxAttempts = 0;
    };

    explicit BindingRechecker(const PageContext &context, QObject *parent = nullptr);
    ~BindingRechecker() override;

    // Reads which household service the school uses (the keychain answers asynchronously);
    // once, when the page is first shown.
    void loadHouseholdSetup();

    // Starts a check of `request`. An error (the household service not set up yet, the request
    // out of reach) means nothing was started. Starting a check that runs already does nothing.
    Status start(Kind kind, const BindingRequestSummary &request);
    bool isRunning(Kind kind, qint64 requestId) const;
    // Stops the household check of `requestId` (a slow service retries for up to minutes):
    // finished() follows with `cancelled` and nothing is recorded. No effect when none runs.
    void cancelHousehold(qint64 requestId);
    Progress householdProgress(qint64 requestId) const { return m_householdProgress.value(requestId); }

signals:
    // A check of `requestId` started or ended, or a household check began another attempt
    // (for the buttons, actions and the progress line).
    void runningChanged(qint64 requestId);
    void finished(const cooc::ui::BindingRechecker::Finished &result);

private:
    Status startSignature(const BindingRequestSummary &request);
    Status startHousehold(const BindingRequestSummary &request);
    void end(Kind kind, Finished result);

    PageContext m_context;
    std::unique_ptr<HouseholdService> m_household;
    std::unique_ptr<HouseholdServiceSetup> m_householdSetup;
    bool m_setupRequested = false;
    QSet<qint64> m_signatureRunning;
    QHash<qint64, QPointer<HouseholdCheck>> m_householdRunning;
    QHash<qint64, Progress> m_householdProgress;
};

} // namespace cooc::ui
