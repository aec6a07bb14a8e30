#include "ui/bindings/bindingdetailswidget.h"

#include "ui/bindings/bindingdetailstext.h"
#include "ui/widgets/emptystatewidget.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cooc::ui {

namespace {

QLabel *richLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *heading(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("QLabel { color: #44546a; }"));
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

BindingDetailsWidget::BindingDetailsWidget(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_empty(new EmptyStateWidget(this))
{
    setObjectName(QStringLiteral("bindingDetailsWidget"));
    auto *content = new QWidget(this);
    m_student = richLabel(content, QStringLiteral("studentLabel"));
    m_applicant = richLabel(content, QStringLiteral("applicantLabel"));
    m_contact = richLabel(content, QStringLiteral("contactLabel"));
    m_compareHeading = heading(content, QStringLiteral("comparisonHeadingLabel"));
    m_compare = richLabel(content, QStringLiteral("nameComparisonLabel"));
    m_signatureHeading = heading(content, QStringLiteral("signatureHeadingLabel"));
    m_signature = richLabel(content, QStringLiteral("signatureLabel"));
    m_signatureDetails = new QPushButton(content);
    m_signatureDetails->setObjectName(QStringLiteral("signatureDetailsButton"));
    m_reverify = new QPushButton(content);
    m_reverify->setObjectName(QStringLiteral("reverifyButton"));
    m_householdHeading = heading(content, QStringLiteral("householdHeadingLabel"));
    m_household = richLabel(content, QStringLiteral("householdLabel"));
    m_householdRecheck = new QPushButton(content);
    m_householdRecheck->setObjectName(QStringLiteral("householdRecheckButton"));
    m_householdProgress = new QLabel(content);
    m_householdProgress->setObjectName(QStringLiteral("householdProgressLabel"));
    m_householdProgress->hide();
    m_householdBusy = new QProgressBar(content);
    m_householdBusy->setObjectName(QStringLiteral("householdProgressBar"));
    m_householdBusy->setRange(0, 0); // how long the service takes is unknown: busy, not a share
    m_householdBusy->setTextVisible(false);
    m_householdBusy->setMaximumSize(120, 12);
    m_householdBusy->hide();
    m_consentHeading = heading(content, QStringLiteral("consentHeadingLabel"));
    m_consent = new QPlainTextEdit(content);
    m_consent->setObjectName(QStringLiteral("consentTextEdit"));
    m_consent->setReadOnly(true);
    m_consent->setMaximumHeight(150);
    m_consent->setTabChangesFocus(true);
    m_historyHeading = heading(content, QStringLiteral("historyHeadingLabel"));
    m_history = richLabel(content, QStringLiteral("historyLabel"));
    m_decision = richLabel(content, QStringLiteral("decisionLabel"));
    m_decision->setStyleSheet(QStringLiteral("QLabel { background-color: #eef3f8; padding: 4px; }"));

    auto *signatureRow = new QHBoxLayout;
    signatureRow->addWidget(m_signature, 1);
    signatureRow->addWidget(m_signatureDetails);
    signatureRow->addWidget(m_reverify);
    auto *householdRow = new QHBoxLayout;
    householdRow->addWidget(m_household, 1);
    householdRow->addWidget(m_householdRecheck);
    auto *householdProgressRow = new QHBoxLayout;
    householdProgressRow->addWidget(m_householdBusy);
    householdProgressRow->addWidget(m_householdProgress, 1);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_student);
    contentLayout->addWidget(m_applicant);
    contentLayout->addWidget(m_contact);
    contentLayout->addWidget(m_decision);
    contentLayout->addWidget(separator(content));
    contentLayout->addWidget(m_compareHeading);
    contentLayout->addWidget(m_compare);
    contentLayout->addWidget(m_signatureHeading);
    contentLayout->addLayout(signatureRow);
    contentLayout->addWidget(m_householdHeading);
    contentLayout->addLayout(householdRow);
    contentLayout->addLayout(householdProgressRow);
    contentLayout->addWidget(m_consentHeading);
    contentLayout->addWidget(m_consent);
    contentLayout->addWidget(m_historyHeading);
    contentLayout->addWidget(m_history);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailsScrollArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The action bar: what approving needs, the paper route, and the decisions with their keys.
    auto *actions = new QWidget(this);
    m_hint = richLabel(actions, QStringLiteral("approvalHintLabel"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: #b26a00; }"));
    m_message = richLabel(actions, QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_paperCheck = new QCheckBox(actions);
    m_paperCheck->setObjectName(QStringLiteral("paperConsentCheckBox"));
    m_paperReason = new QLineEdit(actions);
    m_paperReason->setObjectName(QStringLiteral("paperReasonLineEdit"));
    m_paperReason->setEnabled(false);
    m_approve = new QPushButton(actions);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_info = new QPushButton(actions);
    m_info->setObjectName(QStringLiteral("infoButton"));
    m_reject = new QPushButton(actions);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    auto *paperRow = new QHBoxLayout;
    paperRow->addWidget(m_paperCheck);
    paperRow->addWidget(m_paperReason, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_info);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    auto *actionLayout = new QVBoxLayout(actions);
    actionLayout->setContentsMargins(0, 0, 0, 0);
    actionLayout->addWidget(separator(actions));
    actionLayout->addWidget(m_message);
    actionLayout->addWidget(m_hint);
    actionLayout->addLayout(paperRow);
    actionLayout->addLayout(buttons);

    auto *detailsPage = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPage);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(scroll, 1);
    detailsLayout->addWidget(actions);

    m_empty->setObjectName(QStringLiteral("detailsEmptyState"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(detailsPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // The tab order follows the eye: the paper route, then the decisions, then the evidence.
    setTabOrder(m_paperCheck, m_paperReason);
    setTabOrder(m_paperReason, m_approve);
    setTabOrder(m_approve, m_info);
    setTabOrder(m_info, m_reject);
    setTabOrder(m_reject, m_signatureDetails);
    setTabOrder(m_signatureDetails, m_reverify);
    setTabOrder(m_reverify, m_householdRecheck);

    connect(m_paperCheck, &QCheckBox::toggled, m_paperReason, &QWidget::setEnabled);
    connect(m_approve, &QPushButton::clicked, this, &BindingDetailsWidget::approveClicked);
    connect(m_info, &QPushButton::clicked, this, &BindingDetailsWidget::infoClicked);
    connect(m_reject, &QPushButton::clicked, this, &BindingDetailsWidget::rejectClicked);
    connect(m_signatureDetails, &QPushButton::clicked, this, &BindingDetailsWidget::signatureDetailsClicked);
    connect(m_reverify, &QPushButton::clicked, this, &BindingDetailsWidget::reverifyClicked);
    connect(m_householdRecheck, &QPushButton::clicked, this, &BindingDetailsWidget::householdRecheckClicked);
    retranslate();
}

BindingDetailsWidget::~BindingDetailsWidget() = default;

void BindingDetailsWidget::showDetails(const BindingRequestDetails &details)
{
    const bool sameRequest = m_details && m_details->summary.id == details.summary.id;
    m_details = details;
    if (!sameRequest) {
        m_paperCheck->setChecked(false);
        m_paperReason->clear();
    }
    render();
    m_stack->setCurrentIndex(1);
}

void BindingDetailsWidget::showEmpty(const QString &title, const QString &text)
{
    m_details.reset();
    m_empty->setTitle(title);
    m_empty->setText(text);
    m_stack->setCurrentIndex(0);
}

void BindingDetailsWidget::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #a61b1b; background-color: #fdecea; padding: 4px; }")
                                   : QStringLiteral("QLabel { color: #1b5e20; background-color: #e8f5e9; padding: 4px; }"));
    m_message->setVisible(!text.isEmpty());
}

void BindingDetailsWidget::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

QString BindingDetailsWidget::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool BindingDetailsWidget::paperConsentChecked() const
{
    return !m_paperCheck->isHidden() && m_paperCheck->isChecked();
}

QString BindingDetailsWidget::paperConsentReason() const
{
    return !m_paperReason->isHidden() ? m_paperReason->text().trimmed() : QString();
}

void BindingDetailsWidget::restorePaperConsent(const QString &reason)
{
    // Only into an empty form: what the reviewer has typed since is never overwritten.
    if (m_paperCheck->isHidden() || reason.isEmpty() || m_paperCheck->isChecked() || !m_paperReason->text().isEmpty())
        return;
    m_paperCheck->setChecked(true);
    m_paperReason->setText(reason);
}

void BindingDetailsWidget::focusPaperConsent()
{
    if (m_paperCheck->isHidden())
        return;
    if (m_paperCheck->isChecked())
        m_paperReason->setFocus(Qt::OtherFocusReason);
    else
        m_paperCheck->setFocus(Qt::OtherFocusReason);
}

void BindingDetailsWidget::setReverifyRunning(bool running)
{
    m_reverifyRunning = running;
    showRechecks();
}

void BindingDetailsWidget::setHouseholdRecheckRunning(bool running, int attempt, int maxAttempts)
{
    m_householdRunning = running;
    m_householdAttempt = attempt;
    m_householdMaxAttempts = maxAttempts;
    showRechecks(); // only these: the rest of the pane (the consent text's scroll) stays as it is
}

void BindingDetailsWidget::showRechecks()
{
    const bool open = m_details && binding::isOpen(m_details->summary.status);
    m_reverify->setText(m_reverifyRunning ? tr("Verifying…") : tr("Verify again"));
    m_reverify->setToolTip(tr("Run the e-signature verification again and record the result"));
    m_reverify->setVisible(open && m_details->hasSignature);
    m_reverify->setEnabled(!m_reverifyRunning);
    // A decision while "Verify again" runs would race its own re-verification (which records a
    // new version of the request): decisions wait for it.
    m_approve->setEnabled(open && !m_reverifyRunning);
    m_reject->setEnabled(open && !m_reverifyRunning);
    m_info->setEnabled(m_details && m_details->summary.status == binding::Status::Pending && !m_reverifyRunning);
    m_householdRecheck->setText(m_householdRunning ? tr("Cancel check") : tr("Check again"));
    m_householdRecheck->setToolTip(m_householdRunning
                                       ? tr("Stop asking the household-registration service; nothing is recorded")
                                       : tr("Ask the household-registration service again and record the answer"));
    m_householdRecheck->setVisible(open || m_householdRunning);
    m_householdProgress->setText(
        m_householdAttempt > 0
            ? tr("Asking the household-registration service (attempt %1 of %2)…")
                  .arg(m_householdAttempt)
                  .arg(m_householdMaxAttempts)
            : tr("Asking the household-registration service…"));
    m_householdProgress->setVisible(m_householdRunning);
    m_householdBusy->setVisible(m_householdRunning);
}

void BindingDetailsWidget::render()
{
    if (!m_details)
        return;
    namespace T = BindingDetailsText;
    const BindingRequestDetails &d = *m_details;
    const bool open = binding::isOpen(d.summary.status);
    m_student->setText(T::studentLine(d));
    m_applicant->setText(T::applicantLine(d));
    m_contact->setText(T::contactLine(d));
    m_compare->setText(T::comparisonTable(d));
    m_signature->setText(T::signatureLine(d));
    m_household->setText(T::householdLine(d));
    m_consent->setPlainText(T::consentText(d));
    const QString history = T::historyHtml(d);
    m_history->setText(history);
    const QString decision = T::decisionLine(d);
    m_decision->setText(decision);
    m_decision->setVisible(!decision.isEmpty());
    const QString hint = T::approvalHint(d);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    const bool paperRoute = open && d.summary.verdict != binding::Verdict::TotalPassed;
    m_paperCheck->setVisible(paperRoute);
    m_paperReason->setVisible(paperRoute);
    showRechecks(); // also the decision buttons: none while the signature is being verified again
    m_signatureDetails->setEnabled(true);
}

void BindingDetailsWidget::retranslate()
{
    m_compareHeading->setText(tr("Compared with the school's guardian record"));
    m_signatureHeading->setText(tr("E-signature"));
    m_householdHeading->setText(tr("Household registration"));
    m_consentHeading->setText(tr("Consent form"));
    m_historyHeading->setText(tr("History"));
    //: Button; S is its key
    m_signatureDetails->setText(tr("Details… (S)"));
    m_signatureDetails->setToolTip(tr("Show the full verification report (S)"));
    showRechecks();
    m_paperCheck->setText(tr("Paper consent form checked"));
    m_paperCheck->setToolTip(tr("Approve on the signed paper consent form instead of the e-signature (audited)"));
    m_paperReason->setPlaceholderText(tr("Reason (required, recorded in the audit log)"));
    m_approve->setText(tr("Approve (A)"));
    m_approve->setToolTip(tr("Approve the binding: the parent's account opens (A)"));
    m_info->setText(tr("Ask for information (I)"));
    m_info->setToolTip(tr("Return the request to the parent, saying what is missing (I)"));
    m_reject->setText(tr("Reject (R)"));
    m_reject->setToolTip(tr("Reject the request with a reason (R)"));
    render();
}

void BindingDetailsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cooc::ui
