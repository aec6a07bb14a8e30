#include "ui/bindings/decisionnotedialog.h"

#include "ui_decisionnotedialog.h"

#include <QEvent>
#include <QPushButton>

namespace cooc::ui {

DecisionNoteDialog::DecisionNoteDialog(Mode mode, const QString &subject, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DecisionNoteDialog>()), m_mode(mode), m_subject(subject)
{
    m_ui->setupUi(this);
    setObjectName(mode == Mode::Reject ? QStringLiteral("rejectDialog") : QStringLiteral("infoRequestDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_ui->hintLabel->setStyleSheet(QStringLiteral("QLabel { color: #6b6b6b; }"));
    const bool reject = mode == Mode::Reject;
    m_ui->reasonLabel->setVisible(reject);
    m_ui->reasonComboBox->setVisible(reject);
    fillReasons();
    retranslate();
    connect(m_ui->reasonComboBox, &QComboBox::currentIndexChanged, this, &DecisionNoteDialog::validate);
    connect(m_ui->noteTextEdit, &QPlainTextEdit::textChanged, this, &DecisionNoteDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (reject ? static_cast<QWidget *>(m_ui->reasonComboBox) : m_ui->noteTextEdit)->setFocus();
    validate();
}

DecisionNoteDialog::~DecisionNoteDialog() = default;

void DecisionNoteDialog::setSignatureReasonAllowed(bool allowed)
{
    m_signatureReasonAllowed = allowed;
    fillReasons();
    validate();
}

void DecisionNoteDialog::fillReasons()
{
    const QVariant current = m_ui->reasonComboBox->currentData();
    m_ui->reasonComboBox->clear();
    //: The empty first choice of the rejection reasons
    m_ui->reasonComboBox->addItem(tr("Choose a reason…"));
    for (binding::RejectReason r : binding::rejectReasons()) {
        if (r == binding::RejectReason::SignatureInvalid && !m_signatureReasonAllowed)
            continue;
        m_ui->reasonComboBox->addItem(binding::label(r), binding::code(r));
    }
    const int index = current.isValid() ? m_ui->reasonComboBox->findData(current) : -1;
    m_ui->reasonComboBox->setCurrentIndex(qMax(0, index));
}

std::optional<binding::RejectReason> DecisionNoteDialog::reason() const
{
    return binding::rejectReasonFromCode(m_ui->reasonComboBox->currentData().toString());
}

void DecisionNoteDialog::restore(std::optional<binding::RejectReason> reason, const QString &note)
{
    if (reason) {
        const int index = m_ui->reasonComboBox->findData(binding::code(*reason));
        if (index >= 0)
            m_ui->reasonComboBox->setCurrentIndex(index);
    }
    m_ui->noteTextEdit->setPlainText(note);
    validate();
}

QString DecisionNoteDialog::note() const
{
    return m_ui->noteTextEdit->toPlainText().trimmed();
}

void DecisionNoteDialog::validate()
{
    QString missing;
    if (m_mode == Mode::Reject && !reason())
        missing = tr("Choose a reason from the list.");
    else if (note().isEmpty())
        missing = m_mode == Mode::Reject ? tr("Explain the reason to the parent: they read this text.")
                                         : tr("Say what the parent must add or correct: they read this text.");
    m_ui->hintLabel->setText(missing);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

void DecisionNoteDialog::retranslate()
{
    const bool reject = m_mode == Mode::Reject;
    setWindowTitle(reject ? tr("Reject binding request") : tr("Ask for more information"));
    m_ui->introLabel->setText(reject ? tr("Reject the binding request of %1. The parent is told the reason and "
                                          "your explanation.")
                                           .arg(m_subject)
                                     : tr("Return the binding request of %1 to the parent, saying what is missing. "
                                          "The request waits for their answer.")
                                           .arg(m_subject));
    m_ui->reasonLabel->setText(tr("&Reason:"));
    m_ui->noteLabel->setText(reject ? tr("&Explanation for the parent:") : tr("&What is needed:"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(reject ? tr("Reject") : tr("Send request"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    if (reject)
        fillReasons();
    validate();
}

void DecisionNoteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cooc::ui
