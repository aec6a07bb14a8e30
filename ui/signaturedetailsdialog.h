#pragma once

#include "app/esign/verificationreport.h"

#include <QColor>
#include <QDialog>
#include <QIcon>

#include <memory>

namespace Ui {
class SignatureDetailsDialog;
}

class QTreeWidgetItem;

namespace cooc::ui {

// How a verdict or check status looks everywhere in the UI: an icon, a word and a colour,
// never the colour alone (有效 green, 無效 red, 無法確認 amber, 未驗證/無簽章 grey).
struct StatusLook
{
    QString word;
    QColor color;
    QIcon icon; // a filled circle with ✓ ✕ ! or – drawn in `color`
};
StatusLook statusLook(esign::Verdict verdict);
StatusLook statusLook(esign::CheckStatus status);

// The details of one e-signature verification, like a PDF reader's signature panel: the
// overall verdict, then two lines (signature integrity; certificate status) with icon, word
// and colour, then the details (signer, chain with key identifiers, times and their sources,
// revocation, algorithms, errors/warnings/information, what an audit needs to re-run it).
// Shows a stored report; it verifies nothing itself. "Copy report" puts the report's JSON on
// the clipboard; Esc closes.
class SignatureDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignatureDetailsDialog)

public:
    explicit SignatureDetailsDialog(esign::VerificationReport report, QWidget *parent = nullptr);
    ~SignatureDetailsDialog() override;

    const esign::VerificationReport &report() const { return m_report; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillDetails();
    void copyReport();
    QString integrityText() const;
    QString certificateText() const;
    QString notCheckedText() const;
    QTreeWidgetItem *section(const QString &title);

    std::unique_ptr<Ui::SignatureDetailsDialog> m_ui;
    esign::VerificationReport m_report;
};

} // namespace cooc::ui
