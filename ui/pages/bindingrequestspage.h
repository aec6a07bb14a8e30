#pragma once

#include "ui/page.h"
#include "ui/pagecontext.h"

#include <memory>

class QSplitter;
class QLabel;

namespace cooc {
class BindingQueueModel;
class BindingReviewService;
class HouseholdService;
struct HouseholdServiceSetup;
struct Error;
} // namespace cooc

namespace cooc::ui {

class BindingDetailsWidget;
class BindingQueueWidget;

// 綁定申請: the review queue beside the evidence, one key per decision (UI.md):
//   A approve · R reject (asks the reason) · I ask for information · S signature details ·
//   J/K or ↓/↑ next/previous · Ctrl+F search · F5 refresh.
// A decided request moves on to the next one by itself. Nothing is modal except the dialog
// that asks for a rejection's reason (or what information is needed) and the fast-track
// confirmation. The decisions run through BindingReviewService; no SQL here.
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
    int pendingCount() const override { return m_pending; }
    bool canRefresh() const override { return true; }
    void refresh() override;
    bool canSearch() const override { return true; }
    void focusSearch() override;
    void activated() override;

    // The actions behind the keys (public for the menu and tests).
    void approveCurrent();
    void rejectCurrent();
    void requestInformationCurrent();
    void showSignatureDetails();
    void reverifyCurrent();
    void recheckHouseholdCurrent();
    void selectNext();
    void selectPrevious();
    void openFastTrack();

    BindingQueueModel *model() const { return m_model.get(); }
    qint64 currentRequestId() const;

protected:
    void retranslate() override;
    void hideEvent(QHideEvent *event) override;

private:
    void setupShortcuts();
    void applyFilter();
    void reloadCounts();
    void showCurrent();
    void select(int row);
    void afterDecision(qint64 id, const QString &message);
    void showError(const Error &error, qint64 id);
    QString subjectOf() const;

    PageContext m_context;
    std::unique_ptr<BindingReviewService> m_service;
    std::unique_ptr<BindingQueueModel> m_model;
    BindingQueueWidget *m_queue;
    BindingDetailsWidget *m_details;
    QSplitter *m_splitter;
    QLabel *m_heading;
    QLabel *m_error;
    bool m_reverifyRunning = false;
    bool m_householdRunning = false;
    std::unique_ptr<HouseholdService> m_household;
    std::unique_ptr<HouseholdServiceSetup> m_householdSetup;
    int m_pending = -1;
    bool m_loaded = false;
};

} // namespace cooc::ui
