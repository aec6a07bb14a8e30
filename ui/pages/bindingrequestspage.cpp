#include "ui/pages/bindingrequestspage.h"

#include "app/bindingreview/bindingreviewservice.h"
#include "app/central/decisionprobe.h"
#include "app/esign/verificationreport.h"
#include "app/session.h"
#include "app/settings.h"
#include "models/bindingqueuemodel.h"
#include "ui/bindings/bindingdetailswidget.h"
#include "ui/bindings/bindingqueuewidget.h"
#include "ui/bindings/bindingreviewactions.h"
#include "ui/bindings/decisionnotedialog.h"
#include "ui/bindings/fasttrackdialog.h"
#include "ui/connectionstate.h"
#include "ui/logging.h"
#include "ui/signaturedetailsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace cooc::ui {

namespace {
const QString kSplitterKey = QStringLiteral("bindingRequestsPage");
} // namespace

BindingRequestsPage::BindingRequestsPage(const PageContext &context, QWidget *parent)
    : Page(parent), m_context(context),
      m_service(std::make_unique<BindingReviewService>(context.session.db(), context.session.actor, context.clock)),
      m_model(std::make_unique<BindingQueueModel>(context.clock)), m_queue(new BindingQueueWidget(*m_model, this)),
      m_details(new BindingDetailsWidget(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_heading(new QLabel(this)), m_error(new QLabel(this)), m_notice(new QLabel(this)),
      m_actions(new BindingReviewActions(this)), m_rechecker(new BindingRechecker(context, this))
{
    setObjectName(QStringLiteral("bindingRequestsPage"));
    setFocusProxy(m_queue->view()); // arriving on the page (Ctrl+1), the keys work on the list
    m_heading->setObjectName(QStringLiteral("bindingHeadingLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_error->setObjectName(QStringLiteral("bindingErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    m_error->hide();
    m_notice->setObjectName(QStringLiteral("bindingNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_splitter->setObjectName(QStringLiteral("bindingSplitter"));
    m_splitter->addWidget(m_queue);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    const QByteArray state = context.settings.splitterState(kSplitterKey);
    if (state.isEmpty() || !m_splitter->restoreState(state))
        m_splitter->setSizes({620, 520});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    connect(m_queue, &BindingQueueWidget::filterChanged, this, &BindingRequestsPage::applyFilter);
    connect(m_queue, &BindingQueueWidget::statusChoiceChanged, this,
            [this] { emit currentSidebarEntryChanged(currentSidebarEntry()); });
    connect(m_queue, &BindingQueueWidget::fastTrackClicked, this, &BindingRequestsPage::openFastTrack);
    connect(m_queue->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BindingRequestsPage::showCurrent);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            select(0);
        else
            showCurrent();
    });
    connect(m_model.get(), &BindingQueueModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(tr("The requests could not be loaded: %1 What is shown was kept. Press F5 to try again.")
                             .arg(message));
        m_error->show();
    });
    connect(m_details, &BindingDetailsWidget::approveClicked, this, &BindingRequestsPage::approveCurrent);
    connect(m_details, &BindingDetailsWidget::rejectClicked, this, &BindingRequestsPage::rejectCurrent);
    connect(m_details, &BindingDetailsWidget::infoClicked, this, &BindingRequestsPage::requestInformationCurrent);
    connect(m_details, &BindingDetailsWidget::signatureDetailsClicked, this, &BindingRequestsPage::showSignatureDetails);
    connect(m_details, &BindingDetailsWidget::reverifyClicked, this, &BindingRequestsPage::reverifyCurrent);
    connect(m_details, &BindingDetailsWidget::householdRecheckClicked, this,
            &BindingRequestsPage::recheckHouseholdCurrent);

    const struct
    {
        QAction *action;
        void (BindingRequestsPage::*slot)();
    } triggers[] = {
        {m_actions->approve, &BindingRequestsPage::approveCurrent},
        {m_actions->reject, &BindingRequestsPage::rejectCurrent},
        {m_actions->requestInfo, &BindingRequestsPage::requestInformationCurrent},
        {m_actions->signatureDetails, &BindingRequestsPage::showSignatureDetails},
        {m_actions->reverify, &BindingRequestsPage::reverifyCurrent},
        {m_actions->householdRecheck, &BindingRequestsPage::recheckHouseholdCurrent},
        {m_actions->parentView, &BindingRequestsPage::showParentView},
        {m_actions->next, &BindingRequestsPage::selectNext},
        {m_actions->previous, &BindingRequestsPage::selectPrevious},
        {m_actions->fastTrack, &BindingRequestsPage::openFastTrack},
    };
    for (const auto &t : triggers)
        connect(t.action, &QAction::triggered, this, t.slot);

    connect(m_rechecker, &BindingRechecker::runningChanged, this, [this](qint64 id) {
        if (id == currentRequestId())
            showRechecks(id);
        updateActions();
    });
    connect(m_rechecker, &BindingRechecker::finished, this, &BindingRequestsPage::recheckFinished);
    connect(&context.connection, &ConnectionState::reconnected, this, &BindingRequestsPage::resolveInterrupted);
    retranslate();

    // The sidebar's counts are wanted before the page is first shown.
    if (auto counts = m_service->repository().statusCounts()) {
        m_statusCounts = counts.value();
        m_pending = BindingRequestRepository::waitingTotal(m_statusCounts);
        m_queue->setCounts(m_statusCounts); // the drop-down's counts too, before the first load
    }
}

QList<Page::SidebarEntry> BindingRequestsPage::sidebarEntries() const
{
    QList<SidebarEntry> entries;
    for (binding::Status s : {binding::Status::Pending, binding::Status::InfoRequested, binding::Status::Approved,
                              binding::Status::Rejected, binding::Status::Withdrawn}) {
        const int count = m_statusCounts.value(s, 0);
        const bool waits = s == binding::Status::Pending || s == binding::Status::InfoRequested;
        entries.append({binding::code(s), binding::label(s), count, BindingRequestRepository::countText(count), waits});
    }
    // "All statuses", as the drop-down's last entry: the sum, "1,000+" once any count is capped.
    int all = 0;
    bool capped = false;
    for (const SidebarEntry &e : std::as_const(entries)) {
        all += e.count;
        capped = capped || e.count > BindingRequestRepository::kCountCap;
    }
    if (capped)
        all = BindingRequestRepository::kCountCap + 1;
    entries.append({QStringLiteral("all"), tr("All statuses"), all, BindingRequestRepository::countText(all), false});
    return entries;
}

QString BindingRequestsPage::currentSidebarEntry() const
{
    return m_queue->statusChoice();
}

void BindingRequestsPage::showSidebarEntry(const QString &id)
{
    m_queue->setStatusChoice(id);
}

BindingRequestsPage::~BindingRequestsPage()
{
    m_context.settings.setSplitterState(kSplitterKey, m_splitter->saveState());
}

QString BindingRequestsPage::title() const
{
    return QCoreApplication::translate("cooc::ui::Areas", "Binding requests");
}

QIcon BindingRequestsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/bindings.svg"));
}

QList<QAction *> BindingRequestsPage::pageActions() const
{
    return m_actions->all();
}

QString BindingRequestsPage::pendingCountText() const
{
    return BindingRequestRepository::countText(m_pending); // "1,000+" past the cap, as the drop-down
}

void BindingRequestsPage::activated()
{
    if (!m_loaded)
        refresh();
    else
        reloadCounts(); // back on the page: what colleagues decided meanwhile (capped, cheap)
    m_rechecker->loadHouseholdSetup();
}

void BindingRequestsPage::refresh()
{
    m_loaded = true;
    m_error->hide();
    setNotice(QString(), false);
    auto classes = m_service->repository().classes();
    if (classes)
        m_queue->setClasses(classes.value());
    // One reload of the first page, with the repository and the filter together.
    m_model->setRepository(&m_service->repository(), m_queue->filter());
    reloadCounts();
    if (m_model->lastError().isEmpty())
        m_context.connection.reportSuccess();
}

void BindingRequestsPage::applyFilter()
{
    // A filter, the order or the search changed: the list only. The counts follow the data.
    const qint64 current = currentRequestId();
    m_model->setFilter(m_queue->filter());
    const int row = m_model->rowOf(current);
    if (row >= 0)
        select(row);
}

void BindingRequestsPage::reloadCounts()
{
    // Cheap counts only: an index range count per status, each stopping past kCountCap, and one
    // COUNT over at most a batch of fast-track candidates — one statement, as it runs after
    // every decision.
    if (auto counts = m_service->repository().queueCounts()) {
        m_queue->setCounts(counts->byStatus);
        m_queue->setFastTrackCount(counts->fastTrack);
        const int waiting = BindingRequestRepository::waitingTotal(counts->byStatus);
        if (waiting != m_pending) {
            m_pending = waiting;
            emit pendingCountChanged(m_pending);
        }
        if (counts->byStatus != m_statusCounts) {
            m_statusCounts = counts->byStatus;
            emit sidebarEntriesChanged();
        }
    }
    updateActions();
}

void BindingRequestsPage::focusSearch()
{
    m_queue->focusSearch();
}

qint64 BindingRequestsPage::currentRequestId() const
{
    const QModelIndex current = m_queue->view()->currentIndex();
    return current.isValid() ? current.data(BindingQueueModel::IdRole).toLongLong() : 0;
}

std::optional<BindingRequestSummary> BindingRequestsPage::currentSummary() const
{
    if (!m_details->hasDetails() || m_details->details()->summary.id != currentRequestId())
        return std::nullopt;
    return m_details->details()->summary;
}

QString BindingRequestsPage::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void BindingRequestsPage::select(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        showCurrent();
        return;
    }
    const QModelIndex index = m_model->index(row, BindingQueueModel::StudentColumn);
    QTableView *view = m_queue->view();
    // The row is scrolled into view vertically only: the list keeps its sideways position.
    // (Before the window is first laid out — the main window opens on this page — a scroll to
    // a column moves the list by a column and it stays there, hiding the Status column.)
    QScrollBar *sideways = view->horizontalScrollBar();
    const int x = sideways->value();
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
    sideways->setValue(x);
    showCurrent();
}

void BindingRequestsPage::selectNext()
{
    const int row = m_queue->view()->currentIndex().row();
    if (row + 1 >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    select(qMin(row + 1, m_model->rowCount() - 1));
}

void BindingRequestsPage::selectPrevious()
{
    const int row = m_queue->view()->currentIndex().row();
    select(qMax(0, row - 1));
}

void BindingRequestsPage::showCurrent()
{
    const qint64 id = currentRequestId();
    if (id == 0) {
        m_details->showEmpty(tr("No request selected"),
                             m_model->rowCount() == 0 ? tr("When a request arrives, its evidence appears here.")
                                                      : tr("Select a request to see its evidence here."));
        updateActions();
        return;
    }
    if (m_details->hasDetails() && m_details->details()->summary.id != id)
        m_details->clearMessage();
    auto details = m_service->repository().details(id);
    if (!details) {
        m_details->showEmpty(tr("This request cannot be shown"), details.error().message);
        if (details.error().code == Error::Code::Unavailable)
            m_context.connection.reportError(details.error());
        updateActions();
        return;
    }
    m_details->showDetails(details.value());
    if (m_unsaved && m_unsaved->request.id == id && m_unsaved->target == binding::Status::Approved)
        m_details->restorePaperConsent(m_unsaved->note); // the approval that was not saved, as typed
    // The re-check buttons say "Verifying…" only for the request being checked.
    showRechecks(id);
    updateActions();
}

void BindingRequestsPage::showRechecks(qint64 id)
{
    m_details->setReverifyRunning(m_rechecker->isRunning(BindingRechecker::Kind::Signature, id));
    const BindingRechecker::Progress progress = m_rechecker->householdProgress(id);
    m_details->setHouseholdRecheckRunning(m_rechecker->isRunning(BindingRechecker::Kind::Household, id),
                                          progress.attempt, progress.maxAttempts);
}

void BindingRequestsPage::updateActions()
{
    const std::optional<BindingRequestSummary> s = currentSummary();
    const bool open = s && binding::isOpen(s->status);
    const bool verifying = s && m_rechecker->isRunning(BindingRechecker::Kind::Signature, s->id);
    m_actions->approve->setEnabled(open && !verifying);
    m_actions->reject->setEnabled(open && !verifying);
    m_actions->requestInfo->setEnabled(s && s->status == binding::Status::Pending && !verifying);
    m_actions->signatureDetails->setEnabled(s.has_value());
    m_actions->reverify->setEnabled(open && m_details->details()->hasSignature
                                    && !m_rechecker->isRunning(BindingRechecker::Kind::Signature, s->id));
    m_actions->householdRecheck->setEnabled(open
                                            && !m_rechecker->isRunning(BindingRechecker::Kind::Household, s->id));
    m_actions->parentView->setEnabled(s.has_value());
    m_actions->next->setEnabled(m_model->rowCount() > 0);
    m_actions->previous->setEnabled(m_model->rowCount() > 0);
    m_actions->fastTrack->setEnabled(m_queue->fastTrackCount() > 0);
}

QString BindingRequestsPage::subjectOf() const
{
    if (!m_details->hasDetails())
        return {};
    const BindingRequestSummary &s = m_details->details()->summary;
    return tr("%1 (%2) · %3", "student (class) · applicant").arg(s.studentName, s.className, s.applicantName);
}

void BindingRequestsPage::setNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(error ? QStringLiteral("QLabel { color: #a61b1b; background-color: #fdecea; padding: 4px; }")
                                  : QStringLiteral("QLabel { color: #1f3b57; background-color: #eef3f8; padding: 4px; }"));
    m_notice->setVisible(!text.isEmpty());
}

void BindingRequestsPage::tell(const BindingRequestSummary &request, const QString &text, bool error)
{
    if (const auto shown = currentSummary(); shown && shown->id == request.id) {
        m_details->showMessage(text, error);
        return;
    }
    // The reviewer has moved on: say which request it is about, above the list.
    //: About a request no longer on screen: student (class) · applicant: what happened
    setNotice(tr("Request of %1 (%2) · %3: %4").arg(request.studentName, request.className, request.applicantName, text),
              error);
}

void BindingRequestsPage::showError(const Error &error, const BindingRequestSummary &request)
{
    const bool wasSaving = m_attempt && m_attempt->request.id == request.id;
    if (error.code == Error::Code::Unavailable && wasSaving && m_context.session.isCentral()) {
        // Committed or not: nobody can tell until the server answers again.
        m_interrupted = std::exchange(m_attempt, std::nullopt);
        m_context.connection.reportError(error);
        tell(request,
             tr("The connection was lost while your decision on %1 was being saved. CooC Desk is reconnecting and "
                "will then tell you whether it was saved; what you typed is kept.")
                 .arg(request.studentName),
             true);
        return;
    }
    if (wasSaving && error.code == Error::Code::Unavailable)
        m_unsaved = std::exchange(m_attempt, std::nullopt); // embedded: nothing was written
    m_attempt.reset();
    if (error.code == Error::Code::Unavailable)
        m_context.connection.reportError(error);
    if (error.code == Error::Code::Conflict) {
        // Someone else decided or changed it first. The reviewer stays on it and sees it as it
        // is now (who decided, when) with the message; it leaves the list at the next reload,
        // and J moves on.
        m_model->refreshRequest(request.id, true);
        if (currentRequestId() == request.id)
            showCurrent();
        reloadCounts();
    } else if (error.code == Error::Code::PermissionDenied || error.code == Error::Code::NotFound) {
        // Out of the reviewer's reach since it was shown (the student transferred out of the
        // teacher's class, say): it leaves the list, the reviewer lands on the next one, and the
        // message — naming the request — goes to the notice line.
        m_model->refreshRequest(request.id, true);
        if (currentRequestId() == request.id || !currentSummary())
            showCurrent();
        reloadCounts();
    }
    tell(request, error.message, true);
}

void BindingRequestsPage::attempting(const BindingRequestSummary &request, binding::Status target,
                                     std::optional<binding::RejectReason> reason, const QString &note)
{
    m_attempt = Attempt{request, target, reason, note, m_context.clock.now()};
}

void BindingRequestsPage::resolveInterrupted()
{
    if (!m_interrupted)
        return;
    const Attempt a = *m_interrupted;
    const Database &db = m_context.session.db();
    auto outcome = central::decisionOutcome(db, {BindingReviewService::auditAction(a.target),
                                                 QStringLiteral("binding_request"), a.request.id,
                                                 m_context.session.actor.staffId, a.sentAt});
    auto now = m_service->repository().summary(a.request.id);
    if (!outcome || !now)
        return; // still unreachable: the next reconnect asks again
    m_interrupted.reset();
    const QString student = a.request.studentName;
    const QString decision = binding::label(a.target);
    QString message;
    const bool saved = outcome.value() == central::DecisionOutcome::Committed;
    if (saved) {
        message = tr("Your decision on %1 (%2) was saved before the connection was lost.").arg(student, decision);
    } else if (*now && (*now)->version == a.request.version) {
        m_unsaved = a;
        message = tr("Your decision on %1 (%2) was not saved: the request is unchanged. Decide again; what you "
                     "typed comes back in the dialog.")
                      .arg(student, decision);
    } else if (*now) {
        message = tr("Your decision on %1 (%2) was not saved: meanwhile the request became %3.")
                      .arg(student, decision, binding::label((*now)->status));
    } else {
        message = tr("Your decision on %1 was not saved, and the request is no longer visible to you.").arg(student);
    }
    m_model->refreshRequest(a.request.id, true);
    if (currentRequestId() == a.request.id)
        showCurrent();
    reloadCounts();
    tell(*now ? **now : a.request, message, !saved);
}

void BindingRequestsPage::afterDecision(qint64 id, const QString &message)
{
    m_attempt.reset();
    if (m_unsaved && m_unsaved->request.id == id)
        m_unsaved.reset();
    // The decided request leaves the list (or stays, updated); either way the reviewer lands
    // on the next one. The message names the request it is about.
    const int row = m_model->rowOf(id);
    m_model->refreshRequest(id);
    const bool stayed = m_model->rowOf(id) >= 0;
    select(stayed ? qMin(row + 1, m_model->rowCount() - 1) : qMin(row, m_model->rowCount() - 1));
    if (m_model->rowCount() == 0)
        showCurrent();
    // With nothing left in the list the details pane is empty: the notice line says it then.
    if (m_details->hasDetails())
        m_details->showMessage(message, false);
    else
        setNotice(message, false);
    reloadCounts();
    m_context.connection.reportSuccess();
}

void BindingRequestsPage::approveCurrent()
{
    if (!m_details->hasDetails())
        return;
    const BindingRequestDetails d = *m_details->details();
    if (!binding::isOpen(d.summary.status))
        return;
    const BindingReviewService::ApproveOptions options{m_details->paperConsentChecked(), m_details->paperConsentReason()};
    if (Status allowed = m_service->approvalAllowed(d, options); !allowed) {
        m_details->showMessage(allowed.error().message, true);
        // The reviewer lands on the paper consent form only when ticking it (with a reason) is
        // what stands in the way — not for a student who is not enrolled, say.
        const BindingReviewService::ApproveOptions onPaper{true, QStringLiteral("-")};
        if (m_service->approvalAllowed(d, onPaper))
            m_details->focusPaperConsent();
        return;
    }
    attempting(d.summary, binding::Status::Approved, std::nullopt, options.reason);
    auto outcome = m_service->approve(d.summary.id, d.summary.version, options);
    if (!outcome) {
        showError(outcome.error(), d.summary);
        return;
    }
    const QString subject = tr("%1 · %2").arg(d.summary.studentName, d.summary.applicantName);
    afterDecision(d.summary.id, outcome->accountCreated
                                    ? tr("Approved: %1. The parent's account %2 was opened; they must change the "
                                         "initial password at first login.")
                                          .arg(subject, outcome->accountLogin)
                                    : tr("Approved: %1. Bound to the parent's existing account.").arg(subject));
}

void BindingRequestsPage::rejectCurrent()
{
    if (!m_details->hasDetails() || !binding::isOpen(m_details->details()->summary.status))
        return;
    const BindingRequestSummary s = m_details->details()->summary;
    auto *dialog = new DecisionNoteDialog(DecisionNoteDialog::Mode::Reject, subjectOf(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSignatureReasonAllowed(s.verdict == binding::Verdict::TotalFailed);
    if (m_unsaved && m_unsaved->request.id == s.id && m_unsaved->target == binding::Status::Rejected)
        dialog->restore(m_unsaved->reason, m_unsaved->note);
    connect(dialog, &QDialog::accepted, this, [this, dialog, s] {
        const auto reason = dialog->reason();
        if (!reason)
            return;
        attempting(s, binding::Status::Rejected, reason, dialog->note());
        auto outcome = m_service->reject(s.id, s.version, *reason, dialog->note());
        if (!outcome) {
            showError(outcome.error(), s);
            return;
        }
        afterDecision(s.id, tr("Rejected: %1 · %2. The parent is told why.").arg(s.studentName, s.applicantName));
    });
    dialog->open();
}

void BindingRequestsPage::requestInformationCurrent()
{
    if (!m_details->hasDetails() || m_details->details()->summary.status != binding::Status::Pending)
        return;
    const BindingRequestSummary s = m_details->details()->summary;
    auto *dialog = new DecisionNoteDialog(DecisionNoteDialog::Mode::RequestInfo, subjectOf(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_unsaved && m_unsaved->request.id == s.id && m_unsaved->target == binding::Status::InfoRequested)
        dialog->restore(std::nullopt, m_unsaved->note);
    connect(dialog, &QDialog::accepted, this, [this, dialog, s] {
        attempting(s, binding::Status::InfoRequested, std::nullopt, dialog->note());
        auto outcome = m_service->requestInformation(s.id, s.version, dialog->note());
        if (!outcome) {
            showError(outcome.error(), s);
            return;
        }
        afterDecision(s.id, tr("Returned to the parent: %1 · %2. The request waits for their answer.")
                                .arg(s.studentName, s.applicantName));
    });
    dialog->open();
}

void BindingRequestsPage::showSignatureDetails()
{
    if (!m_details->hasDetails())
        return;
    const BindingRequestDetails &d = *m_details->details();
    esign::VerificationReport report;
    auto parsed = esign::VerificationReport::fromJsonBytes(d.verificationReportJson.toUtf8());
    if (parsed) {
        report = parsed.value();
    } else if (d.summary.verdict == binding::Verdict::NoSignature) {
        report = esign::VerificationReport::noSignature();
    } else {
        // No full report stored (not verified yet, or an older record): show what is known.
        report = esign::VerificationReport::notVerified();
        report.verdict = esign::verdictFromCode(binding::code(d.summary.verdict)).value_or(esign::Verdict::NotVerified);
        report.subIndication = esign::subIndicationFromCode(d.verificationSubindication).value_or(esign::SubIndication::None);
        if (!d.verificationReportJson.isEmpty())
            report.warnings << esign::ReportMessage{QStringLiteral("report_unreadable"),
                                                    tr("The stored verification report could not be read; verify "
                                                       "the signature again for the full details.")};
    }
    auto *dialog = new SignatureDetailsDialog(report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BindingRequestsPage::reverifyCurrent()
{
    const std::optional<BindingRequestSummary> s = currentSummary();
    if (!s || !binding::isOpen(s->status))
        return;
    if (Status started = m_rechecker->start(BindingRechecker::Kind::Signature, *s); !started)
        showError(started.error(), *s);
}

void BindingRequestsPage::recheckHouseholdCurrent()
{
    const std::optional<BindingRequestSummary> s = currentSummary();
    if (s && m_rechecker->isRunning(BindingRechecker::Kind::Household, s->id)) {
        m_rechecker->cancelHousehold(s->id); // the button says "Cancel check" while it runs
        return;
    }
    if (!s || !binding::isOpen(s->status))
        return;
    if (Status started = m_rechecker->start(BindingRechecker::Kind::Household, *s); !started) {
        if (started.error().code == Error::Code::Unavailable) // still being set up: not a lost connection
            m_details->showMessage(started.error().message, true);
        else
            showError(started.error(), *s);
    } else {
        m_details->clearMessage(); // "still being set up" is over; the progress line says the rest
    }
}

void BindingRequestsPage::showParentView()
{
    if (const std::optional<BindingRequestSummary> s = currentSummary())
        emit openItemRequested(QStringLiteral("parentView"), QStringLiteral("bindingRequest"), s->id);
}

void BindingRequestsPage::recheckFinished(const BindingRechecker::Finished &result)
{
    const BindingRequestSummary &s = result.request;
    if (result.error) {
        showError(*result.error, s);
        return;
    }
    // The row follows silently wherever the reviewer is; the details and the message only if
    // the request is still the one on screen, otherwise the notice names it.
    if (result.cancelled) { // nothing was recorded: nothing to refresh
        if (currentRequestId() == s.id)
            m_details->showMessage(result.message, false);
        return;
    }
    m_model->refreshRequest(s.id);
    if (currentRequestId() == s.id)
        showCurrent();
    if (result.kind == BindingRechecker::Kind::Signature && currentRequestId() != s.id)
        setNotice(tr("The e-signature on the request of %1 (%2) · %3 was verified again and the result recorded.")
                      .arg(s.studentName, s.className, s.applicantName),
                  false);
    else if (result.kind == BindingRechecker::Kind::Household && currentRequestId() != s.id)
        setNotice(tr("The household check of the request of %1 (%2) · %3 answered: %4")
                      .arg(s.studentName, s.className, s.applicantName, result.message),
                  result.problem);
    else
        m_details->showMessage(result.message, result.problem);
    reloadCounts();
}

void BindingRequestsPage::openFastTrack()
{
    // One batch, and one row more to know whether another run will be needed.
    auto candidates = m_service->repository().fastTrackCandidates(BindingRequestRepository::kFastTrackBatch + 1);
    if (!candidates) {
        m_error->setText(candidates.error().message);
        m_error->show();
        return;
    }
    QList<BindingRequestSummary> batch = candidates.value();
    const bool more = batch.size() > BindingRequestRepository::kFastTrackBatch;
    if (more)
        batch.resize(BindingRequestRepository::kFastTrackBatch);
    auto *dialog = new FastTrackDialog(m_context.session.db(), m_context.session.actor, m_context.clock, batch, more,
                                       this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Whatever the run did (approvals, or ones whose outcome a lost connection left open), the
    // list and the counts are read again.
    connect(dialog, &FastTrackDialog::runFinished, this, [this] {
        m_model->reload();
        reloadCounts();
    });
    dialog->open();
}

void BindingRequestsPage::retranslate()
{
    m_heading->setText(title());
    m_model->retranslate();
    m_actions->retranslate();
    if (m_details->hasDetails())
        showCurrent();
}

void BindingRequestsPage::hideEvent(QHideEvent *event)
{
    m_context.settings.setSplitterState(kSplitterKey, m_splitter->saveState());
    Page::hideEvent(event);
}

} // namespace cooc::ui
