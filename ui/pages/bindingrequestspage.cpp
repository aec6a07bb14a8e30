#include "ui/pages/bindingrequestspage.h"

#include "app/bindingreview/bindingrechecks.h"
#include "app/bindingreview/bindingreviewservice.h"
#include "app/esign/verificationreport.h"
#include "app/household/householdrecording.h"
#include "app/household/householdsettings.h"
#include "app/session.h"
#include "app/settings.h"
#include "models/bindingqueuemodel.h"
#include "models/householdresultstore.h"
#include "ui/bindings/bindingdetailswidget.h"
#include "ui/bindings/bindingqueuewidget.h"
#include "ui/bindings/decisionnotedialog.h"
#include "ui/bindings/fasttrackdialog.h"
#include "ui/connectionstate.h"
#include "ui/logging.h"
#include "ui/signaturedetailsdialog.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QItemSelectionModel>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cooc::ui {

namespace {
const QString kSplitterKey = QStringLiteral("bindingRequestsPage");
using Outcome = BindingReviewService::Outcome;
} // namespace

BindingRequestsPage::BindingRequestsPage(const PageContext &context, QWidget *parent)
    : Page(parent), m_context(context),
      m_service(std::make_unique<BindingReviewService>(context.session.db(), context.session.actor, context.clock)),
      m_model(std::make_unique<BindingQueueModel>(context.clock)), m_queue(new BindingQueueWidget(*m_model, this)),
      m_details(new BindingDetailsWidget(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_heading(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("bindingRequestsPage"));
    m_heading->setObjectName(QStringLiteral("bindingHeadingLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_error->setObjectName(QStringLiteral("bindingErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    m_error->hide();

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
    layout->addWidget(m_splitter, 1);

    connect(m_queue, &BindingQueueWidget::filterChanged, this, &BindingRequestsPage::applyFilter);
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
    setupShortcuts();
    retranslate();

    // The sidebar count is wanted before the page is first shown.
    auto pending = m_service->repository().pendingCount();
    m_pending = pending ? pending.value() : -1;
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

void BindingRequestsPage::setupShortcuts()
{
    const struct
    {
        QKeySequence keys;
        void (BindingRequestsPage::*slot)();
    } keys[] = {
        {QKeySequence(Qt::Key_A), &BindingRequestsPage::approveCurrent},
        {QKeySequence(Qt::Key_R), &BindingRequestsPage::rejectCurrent},
        {QKeySequence(Qt::Key_I), &BindingRequestsPage::requestInformationCurrent},
        {QKeySequence(Qt::Key_S), &BindingRequestsPage::showSignatureDetails},
        {QKeySequence(Qt::Key_J), &BindingRequestsPage::selectNext},
        {QKeySequence(Qt::Key_K), &BindingRequestsPage::selectPrevious},
    };
    // ↑/↓ are the list's own keys (drop-downs and text fields keep theirs); J/K work anywhere
    // on the page. Page-wide letters still leave text fields their letters: a QLineEdit
    // overrides printable keys.
    for (const auto &k : keys) {
        auto *shortcut = new QShortcut(k.keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, k.slot);
    }
}

void BindingRequestsPage::activated()
{
    if (!m_loaded)
        refresh();
    if (!m_householdSetup) {
        // The keychain answers asynchronously; `this` is the context, so the answer is dropped
        // if the page goes away first.
        loadHouseholdSetup(m_context.session.db(), m_context.session.actor.schoolId, m_context.credentials, this,
                           [this](const Result<HouseholdServiceSetup> &setup) {
                               if (setup)
                                   m_householdSetup = std::make_unique<HouseholdServiceSetup>(setup.value());
                           });
    }
}

void BindingRequestsPage::refresh()
{
    m_loaded = true;
    m_error->hide();
    auto classes = m_service->repository().classes();
    if (classes)
        m_queue->setClasses(classes.value());
    m_model->setRepository(&m_service->repository());
    m_model->setFilter(m_queue->filter());
    reloadCounts();
    if (m_model->lastError().isEmpty())
        m_context.connection.reportSuccess();
}

void BindingRequestsPage::applyFilter()
{
    const qint64 current = currentRequestId();
    m_model->setFilter(m_queue->filter());
    const int row = m_model->rowOf(current);
    if (row >= 0)
        select(row);
    reloadCounts();
}

void BindingRequestsPage::reloadCounts()
{
    // Cheap counts only (index ranges): what waits, the sidebar number, and the fast-track
    // candidates of one run.
    const BindingRequestRepository &repo = m_service->repository();
    if (auto counts = repo.waitingCounts())
        m_queue->setCounts(counts.value());
    if (auto candidates = repo.fastTrackCandidates())
        m_queue->setFastTrackCount(int(candidates->size()));
    if (auto pending = repo.pendingCount(); pending && pending.value() != m_pending) {
        m_pending = pending.value();
        emit pendingCountChanged(m_pending);
    }
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

void BindingRequestsPage::select(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        showCurrent();
        return;
    }
    const QModelIndex index = m_model->index(row, BindingQueueModel::StudentColumn);
    m_queue->view()->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_queue->view()->scrollTo(index);
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
        return;
    }
    if (m_details->hasDetails() && m_details->details()->summary.id != id)
        m_details->clearMessage();
    auto details = m_service->repository().details(id);
    if (!details) {
        m_details->showEmpty(tr("This request cannot be shown"), details.error().message);
        if (details.error().code == Error::Code::Unavailable)
            m_context.connection.reportError(details.error());
        return;
    }
    m_details->showDetails(details.value());
}

QString BindingRequestsPage::subjectOf() const
{
    if (!m_details->hasDetails())
        return {};
    const BindingRequestSummary &s = m_details->details()->summary;
    return tr("%1 (%2) · %3", "student (class) · applicant").arg(s.studentName, s.className, s.applicantName);
}

void BindingRequestsPage::showError(const Error &error, qint64 id)
{
    m_details->showMessage(error.message, true);
    if (error.code == Error::Code::Unavailable) {
        m_context.connection.reportError(error);
        return;
    }
    if (error.code == Error::Code::Conflict) {
        // Show the request as it is now; the list keeps the reviewer's place.
        m_model->refreshRequest(id);
        const QString message = error.message;
        const int row = m_model->rowOf(id);
        if (row >= 0)
            select(row);
        m_details->showMessage(message, true);
        reloadCounts();
    }
}

void BindingRequestsPage::afterDecision(qint64 id, const QString &message)
{
    // The decided request leaves the pending list (or stays, updated); either way the
    // reviewer lands on the next one.
    const int row = m_model->rowOf(id);
    m_model->refreshRequest(id);
    const bool stayed = m_model->rowOf(id) >= 0;
    select(stayed ? qMin(row + 1, m_model->rowCount() - 1) : qMin(row, m_model->rowCount() - 1));
    if (m_model->rowCount() == 0)
        showCurrent();
    m_details->showMessage(message, false);
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
        m_details->focusPaperConsent();
        return;
    }
    auto outcome = m_service->approve(d.summary.id, d.summary.version, options);
    if (!outcome) {
        showError(outcome.error(), d.summary.id);
        return;
    }
    const QString subject = tr("%1 · %2").arg(d.summary.studentName, d.summary.applicantName);
    afterDecision(d.summary.id, outcome->accountCreated
                                    ? tr("Approved: %1. The parent's account %2 was opened; they must change the "
                                         "initial password at first login.")
                                          .arg(subject, d.summary.applicantEmail.toLower())
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
    connect(dialog, &QDialog::accepted, this, [this, dialog, s] {
        const auto reason = dialog->reason();
        if (!reason)
            return;
        auto outcome = m_service->reject(s.id, s.version, *reason, dialog->note());
        if (!outcome) {
            showError(outcome.error(), s.id);
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
    connect(dialog, &QDialog::accepted, this, [this, dialog, s] {
        auto outcome = m_service->requestInformation(s.id, s.version, dialog->note());
        if (!outcome) {
            showError(outcome.error(), s.id);
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
    if (!m_details->hasDetails() || m_reverifyRunning)
        return;
    const BindingRequestSummary s = m_details->details()->summary;
    if (!binding::isOpen(s.status))
        return;
    m_reverifyRunning = true;
    m_details->setReverifyRunning(true);
    auto *watcher = new QFutureWatcher<Result<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, s] {
        watcher->deleteLater();
        m_reverifyRunning = false;
        m_details->setReverifyRunning(false);
        const Result<Outcome> outcome = watcher->result();
        if (!outcome) {
            showError(outcome.error(), s.id);
            return;
        }
        m_model->refreshRequest(s.id);
        if (currentRequestId() == s.id)
            showCurrent();
        m_details->showMessage(tr("The e-signature was verified again and the result recorded."), false);
        reloadCounts();
    });
    watcher->setFuture(BindingRechecks::reverifySignatureAsync(m_context.session.db().url(), m_context.session.actor,
                                                               m_context.clock, s.id, s.version));
}

void BindingRequestsPage::recheckHouseholdCurrent()
{
    if (!m_details->hasDetails() || m_householdRunning)
        return;
    const BindingRequestSummary s = m_details->details()->summary;
    if (!binding::isOpen(s.status))
        return;
    if (!m_householdSetup) {
        m_details->showMessage(tr("The household service is still being set up. Try again in a moment."), true);
        return;
    }
    if (!m_household)
        m_household = createHouseholdService(*m_householdSetup, m_context.session.db(), m_context.clock);
    auto subjects = HouseholdResultStore(m_context.session.db()).subjects(m_context.session.actor, s.id);
    if (!subjects) {
        showError(subjects.error(), s.id);
        return;
    }
    HouseholdCheck *check = m_household->start(householdQueryFor(subjects.value()));
    m_householdRunning = true;
    m_details->setHouseholdRecheckRunning(true);
    const QString source = m_household->sourceName();
    connect(check, &HouseholdCheck::finished, this, [this, s, source](const HouseholdResult &result) {
        m_householdRunning = false;
        m_details->setHouseholdRecheckRunning(false);
        auto recorded = recordHouseholdResult(m_context.session.db(), m_context.session.actor, s.id, result, source,
                                              m_context.clock);
        if (!recorded) {
            showError(recorded.error(), s.id);
            return;
        }
        m_model->refreshRequest(s.id);
        if (currentRequestId() == s.id)
            showCurrent();
        m_details->showMessage(result.displayText(), !result.isAnswer());
        reloadCounts();
    });
}

void BindingRequestsPage::openFastTrack()
{
    auto candidates = m_service->repository().fastTrackCandidates();
    if (!candidates) {
        m_error->setText(candidates.error().message);
        m_error->show();
        return;
    }
    auto *dialog = new FastTrackDialog(m_context.session.db(), m_context.session.actor, m_context.clock,
                                       candidates.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FastTrackDialog::runFinished, this, [this](int approved) {
        if (approved > 0) {
            m_model->reload();
            reloadCounts();
        }
    });
    dialog->open();
}

void BindingRequestsPage::retranslate()
{
    m_heading->setText(title());
    m_model->retranslate();
    if (m_details->hasDetails())
        showCurrent();
}

void BindingRequestsPage::hideEvent(QHideEvent *event)
{
    m_context.settings.setSplitterState(kSplitterKey, m_splitter->saveState());
    Page::hideEvent(event);
}

} // namespace cooc::ui
