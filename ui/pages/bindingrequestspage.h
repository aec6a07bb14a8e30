#pragma once

#include "models/bindingrequest.h"
#include "ui/bindings/bindingrechecker.h"
#include "ui/page.h"
#include "ui/pagecontext.h"

#include <memory>
#include <optional>

class QSplitter;
class QLabel;

namespace cooc {
class BindingQueueModel;
class BindingReviewService;
struct Error;
} // namespace cooc

namespace cooc::ui {

class BindingDetailsWidget;
class BindingQueueWidget;
class BindingReviewActions;

// 綁定申請: the review queue beside the evidence, one key per decision (UI.md):
//   A approve · R reject (asks the reason) · I ask for information · S signature details ·
//   P the parent view of the applicant (what they see, and why) ·
//   J/K or ↓/↑ next/previous · Ctrl+F search · F5 refresh.
// The keys are QActions (BindingReviewActions) that the main window also lists in its Review
// menu. The list opens on "waiting for me" (pending and information requested), newest first.
// A decided request moves on to the next one by itself. Nothing is modal except the dialog
// that asks for a rejection's reason (or what information is needed) and the fast-track
// confirmation. A message about a request is shown on that request while it is on screen,
// otherwise in the notice line above the list, naming it. The decisions run through
// BindingReviewService; no SQL here.
class BindingRequestsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindingRequestsPage)

public:
    explicit BindingRequestsPage(const PageContext &context, QWidget *parent = nullptr);
    ~BindingRequestsPage() override;

    QString pageId() const override { return QStringLiteral("bindings"); }
    QString title() const override;
    QIcon icon() const override;
    // What waits for a decision: pending and information requested.
    int pendingCount() const override { return m_pending; }
    QString pendingCountText() const override;
    // Under the page's sidebar entry ("waiting for me"): each status with its count; choosing
    // one sets the status filter.
    QList<SidebarEntry> sidebarEntries() const override;
    QString currentSidebarEntry() const override;
    void showSidebarEntry(const QString &id) override;
    bool canRefresh() const override { return true; }
    void refresh() override;
    bool canSearch() const override { return true; }
    void focusSearch() override;
    void activated() override;
    QList<QAction *> pageActions() const override;

    // The actions behind the keys (public for tests).
    void approveCurrent();
    void rejectCurrent();
    void requestInformationCurrent();
    void showSignatureDetails();
    void reverifyCurrent();
    void recheckHouseholdCurrent();
    // The parent view of the current request's applicant (the parent view page, P).
    void showParentView();
    void selectNext();
    void selectPrevious();
    void openFastTrack();

    BindingQueueModel *model() const { return m_model.get(); }
    qint64 currentRequestId() const;
    // The notice line above the list (empty when hidden).
    QString notice() const;

protected:
    void retranslate() override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFilter();
    // The counts that follow the data, not the filter: what waits (drop-down and sidebar) and
    // the fast-track candidates. After a refresh, a decision, a re-check or a fast-track run.
    void reloadCounts();
    void showCurrent();
    void select(int row);
    void updateActions();
    void afterDecision(qint64 id, const QString &message);
    void showError(const Error &error, const BindingRequestSummary &request);
    // `text` on `request` while it is the one on screen, else in the notice line naming it.
    void tell(const BindingRequestSummary &request, const QString &text, bool error);
    // Central mode: a decision whose answer was lost with the connection. After reconnecting
    // the page asks the database whether the decision's own audit entry is there
    // (central::decisionOutcome) and says whether it was saved; when it was not, what the
    // reviewer typed comes back in the dialog the next time.
    struct Attempt
    {
        BindingRequestSummary request;
        binding::Status target = binding::Status::Approved;
        std::optional<binding::RejectReason> reason;
        QString note;
        QDateTime sentAt; // set by attempting()
    };
    void attempting(const BindingRequestSummary &request, binding::Status target,
                    std::optional<binding::RejectReason> reason, const QString &note);
    void resolveInterrupted();
    std::optional<Attempt> m_attempt;     // the decision being saved now
    std::optional<Attempt> m_interrupted; // lost with the connection, outcome not known yet
    std::optional<Attempt> m_unsaved;     // known not saved: its note is offered again
    void setNotice(const QString &text, bool error);
    void recheckFinished(const BindingRechecker::Finished &result);
    // The re-check buttons of request `id` (on screen) say whether its checks run, and where.
    void showRechecks(qint64 id);
    std::optional<BindingRequestSummary> currentSummary() const;
    QString subjectOf() const;

    PageContext m_context;
    std::unique_ptr<BindingReviewService> m_service;
    std::unique_ptr<BindingQueueModel> m_model;
    BindingQueueWidget *m_queue;
    BindingDetailsWidget *m_details;
    QSplitter *m_splitter;
    QLabel *m_heading;
    QLabel *m_error;
    QLabel *m_notice;
    BindingReviewActions *m_actions;
    BindingRechecker *m_rechecker;
    int m_pending = -1;
    QHash<binding::Status, int> m_statusCounts; // as the sidebar and the drop-down show them
    bool m_loaded = false;
};

} // namespace cooc::ui
