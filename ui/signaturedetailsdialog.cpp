#include "ui/signaturedetailsdialog.h"

#include "ui_signaturedetailsdialog.h"

#include "ui/catalogtranslator.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimeZone>

namespace cooc::ui {

using namespace esign;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::ui::SignatureDetailsDialog", text);
}

enum class Glyph { Check, Cross, Exclamation, Dash, Info };

// Rows as tall as their wrapped text (QTreeView alone elides long values).
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != 1)
            return size;
        const int width = m_view->columnWidth(1) - 8;
        if (width <= 0)
            return size;
        const QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                                             index.data(Qt::DisplayRole).toString());
        size.setHeight(qMax(size.height(), bounds.height() + 4));
        return size;
    }

private:
    QTreeView *m_view;
};

QIcon drawIcon(const QColor &color, Glyph glyph)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QPen pen(Qt::white, qMax(1.5, size / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const double s = size;
        QPainterPath path;
        switch (glyph) {
        case Glyph::Check:
            path.moveTo(0.28 * s, 0.52 * s);
            path.lineTo(0.44 * s, 0.68 * s);
            path.lineTo(0.73 * s, 0.35 * s);
            break;
        case Glyph::Cross:
            path.moveTo(0.33 * s, 0.33 * s);
            path.lineTo(0.67 * s, 0.67 * s);
            path.moveTo(0.67 * s, 0.33 * s);
            path.lineTo(0.33 * s, 0.67 * s);
            break;
        case Glyph::Exclamation:
            path.moveTo(0.5 * s, 0.24 * s);
            path.lineTo(0.5 * s, 0.58 * s);
            path.moveTo(0.5 * s, 0.75 * s);
            path.lineTo(0.5 * s, 0.76 * s);
            break;
        case Glyph::Dash:
            path.moveTo(0.3 * s, 0.5 * s);
            path.lineTo(0.7 * s, 0.5 * s);
            break;
        case Glyph::Info:
            path.moveTo(0.5 * s, 0.26 * s);
            path.lineTo(0.5 * s, 0.27 * s);
            path.moveTo(0.5 * s, 0.44 * s);
            path.lineTo(0.5 * s, 0.76 * s);
            break;
        }
        p.drawPath(path);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

const QColor green(0x1b, 0x7f, 0x3b);
const QColor red(0xc6, 0x28, 0x28);
const QColor amber(0xb2, 0x6a, 0x00);
const QColor grey(0x6b, 0x6b, 0x6b);

QString timeText(const QDateTime &t)
{
    if (!t.isValid())
        return tr("—");
    //: Times are shown in Taipei time.
    return t.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy/MM/dd HH:mm:ss")) + tr(" (UTC+8)");
}

// Whether an error concerns the signature itself rather than the certificate: as the verifier
// recorded it, or for a report stored before it did, by the code.
bool isIntegrityError(const ReportMessage &m)
{
    if (!m.line.isEmpty())
        return m.line == QLatin1String("integrity");
    static const QStringList codes = {
        QStringLiteral("empty"),           QStringLiteral("too_large"),         QStringLiteral("format"),
        QStringLiteral("signer_count"),    QStringLiteral("content_type"),      QStringLiteral("no_signed_data"),
        QStringLiteral("content_mismatch"), QStringLiteral("unknown_digest"),   QStringLiteral("signed_attributes"),
        QStringLiteral("hash_mismatch"),   QStringLiteral("signature_invalid"), QStringLiteral("weak_digest"),
        QStringLiteral("weak_signature_algorithm"), QStringLiteral("signature_algorithm_mismatch"),
        QStringLiteral("consent_for_another_request"), QStringLiteral("consent_unreadable"),
    };
    return codes.contains(m.code);
}

// A message in the reader's language. A report made in zh_TW is read in English too: its
// words are checked against the zh_TW catalogue (English is checked as written).
QString shownText(const ReportMessage &m)
{
    static const CatalogTranslator *const zhTw = [] {
        auto *catalogue = new CatalogTranslator; // never destroyed, like the application's own
        catalogue->loadLanguage(QStringLiteral("zh_TW"));
        return catalogue;
    }();
    return m.displayText([](const char *context, const char *source) { return zhTw->translate(context, source); });
}

QString firstError(const VerificationReport &r, bool integrity)
{
    for (const ReportMessage &m : r.errors) {
        if (isIntegrityError(m) == integrity)
            return shownText(m);
    }
    return {};
}

void setLine(QLabel *iconLabel, QLabel *textLabel, const StatusLook &look, const QString &text)
{
    iconLabel->setPixmap(look.icon.pixmap(24, 24));
    iconLabel->setAccessibleName(look.word);
    textLabel->setText(text);
    textLabel->setStyleSheet(QStringLiteral("color: %1;").arg(look.color.name()));
}

} // namespace

StatusLook statusLook(Verdict verdict)
{
    switch (verdict) {
    case Verdict::TotalPassed: return {verdictLabel(verdict), green, drawIcon(green, Glyph::Check)};
    case Verdict::TotalFailed: return {verdictLabel(verdict), red, drawIcon(red, Glyph::Cross)};
    case Verdict::Indeterminate: return {verdictLabel(verdict), amber, drawIcon(amber, Glyph::Exclamation)};
    case Verdict::NotVerified:
    case Verdict::NoSignature: break;
    }
    return {verdictLabel(verdict), grey, drawIcon(grey, Glyph::Dash)};
}

StatusLook statusLook(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Valid: return statusLook(Verdict::TotalPassed);
    case CheckStatus::Invalid: return statusLook(Verdict::TotalFailed);
    case CheckStatus::Unknown: return statusLook(Verdict::Indeterminate);
    case CheckStatus::NotChecked: break;
    }
    return statusLook(Verdict::NotVerified);
}

SignatureDetailsDialog::SignatureDetailsDialog(VerificationReport report, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignatureDetailsDialog>()), m_report(std::move(report))
{
    m_ui->setupUi(this);
    m_ui->detailsTreeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->detailsTreeWidget->header()->setStretchLastSection(true);
    m_ui->summaryLayout->setAlignment(m_ui->verdictIconLabel, Qt::AlignTop);
    m_ui->detailsTreeWidget->setItemDelegate(new WrappingDelegate(m_ui->detailsTreeWidget));
    connect(m_ui->detailsTreeWidget->header(), &QHeaderView::sectionResized, m_ui->detailsTreeWidget,
            [tree = m_ui->detailsTreeWidget] { tree->doItemsLayout(); });
    QFont big = m_ui->verdictLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_ui->verdictLabel->setFont(big);
    connect(m_ui->copyReportButton, &QPushButton::clicked, this, &SignatureDetailsDialog::copyReport);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

SignatureDetailsDialog::~SignatureDetailsDialog() = default;

void SignatureDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

QString SignatureDetailsDialog::integrityText() const
{
    const StatusLook look = statusLook(m_report.integrity);
    QString detail;
    switch (m_report.integrity) {
    case CheckStatus::Valid:
        detail = tr("the document has not been changed since it was signed.");
        break;
    case CheckStatus::Invalid:
    case CheckStatus::Unknown:
        detail = firstError(m_report, true);
        if (detail.isEmpty())
            detail = subIndicationText(m_report.subIndication);
        break;
    case CheckStatus::NotChecked:
        detail = m_report.verdict == Verdict::NoSignature ? tr("there is no electronic signature.") : notCheckedText();
        break;
    }
    return tr("Signature integrity: %1 — %2").arg(look.word, detail);
}

QString SignatureDetailsDialog::certificateText() const
{
    const StatusLook look = statusLook(m_report.certificateStatus);
    QString detail;
    switch (m_report.certificateStatus) {
    case CheckStatus::Valid: {
        // Valid also when revoked after a trusted timestamp, or with a CA whose revocation was
        // not checked: then the line says so rather than "not revoked".
        const QString ca = m_report.chain.size() > 1 ? m_report.chain.at(1).commonName : QString();
        const auto warned = [&](const char *code) {
            return std::any_of(m_report.warnings.cbegin(), m_report.warnings.cend(),
                               [code](const ReportMessage &m) { return m.code == QLatin1String(code); });
        };
        if (m_report.revocationStatus == QLatin1String("revoked") || warned("revoked_after_signature"))
            detail = tr("issued by %1 to %2, trusted; revoked only after the signature was made.").arg(ca, m_report.signerName);
        else if (warned("ca_revocation_not_checked"))
            detail = tr("issued by %1 to %2, trusted, not revoked; the issuing CA's own revocation was not checked.")
                         .arg(ca, m_report.signerName);
        else
            detail = tr("issued by %1 to %2, trusted, not revoked.").arg(ca, m_report.signerName);
        break;
    }
    case CheckStatus::Invalid:
    case CheckStatus::Unknown:
        detail = firstError(m_report, false);
        if (detail.isEmpty())
            detail = subIndicationText(m_report.subIndication);
        break;
    case CheckStatus::NotChecked:
        detail = notCheckedText();
        break;
    }
    return tr("Certificate status: %1 — %2").arg(look.word, detail);
}

// A line not checked: really not (never verified), or a verdict whose details were not kept
// (a stored report that could not be read) — the headline then shows that verdict.
QString SignatureDetailsDialog::notCheckedText() const
{
    // A full report with errors left this line unchecked (e.g. a signature that cannot be
    // read); a verdict alone, with nothing behind it, is one whose stored report was lost.
    const bool verdictOnly = m_report.errors.isEmpty() && m_report.signatureSha256.isEmpty();
    if (m_report.verdict == Verdict::NotVerified || m_report.verdict == Verdict::NoSignature || !verdictOnly)
        return tr("not checked.");
    return tr("the details behind the verdict were not kept; verify the signature again.");
}

void SignatureDetailsDialog::retranslate()
{
    const StatusLook verdict = statusLook(m_report.verdict);
    QString headline = verdict.word;
    if (m_report.subIndication != SubIndication::None)
        //: The verdict, the sub-indication code (e.g. HASH_FAILURE) and its meaning.
        headline = tr("%1 (%2) — %3")
                       .arg(verdict.word, subIndicationCode(m_report.subIndication),
                            subIndicationText(m_report.subIndication));
    setLine(m_ui->verdictIconLabel, m_ui->verdictLabel, verdict, headline);
    m_ui->verdictIconLabel->setPixmap(verdict.icon.pixmap(32, 32));
    setLine(m_ui->integrityIconLabel, m_ui->integrityLabel, statusLook(m_report.integrity), integrityText());
    setLine(m_ui->certificateIconLabel, m_ui->certificateLabel, statusLook(m_report.certificateStatus),
            certificateText());
    fillDetails();
}

QTreeWidgetItem *SignatureDetailsDialog::section(const QString &title)
{
    auto *item = new QTreeWidgetItem(m_ui->detailsTreeWidget, QStringList{title});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void SignatureDetailsDialog::fillDetails()
{
    QTreeWidget *tree = m_ui->detailsTreeWidget;
    tree->clear();
    const VerificationReport &r = m_report;
    const auto row = [](QTreeWidgetItem *parent, const QString &field, const QString &value) {
        auto *item = new QTreeWidgetItem(parent, QStringList{field, value.isEmpty() ? tr("—") : value});
        item->setToolTip(1, value);
        return item;
    };

    QTreeWidgetItem *signer = section(tr("Signer"));
    row(signer, tr("Name (certificate CN)"), r.signerName);
    row(signer, tr("ID, last 4 characters"), r.signerIdLast4Masked);
    row(signer, tr("Card number"), r.cardNumber);
    QString match = tr("not compared");
    if (r.identityChecked)
        match = r.signerNameMatches && r.signerIdMatches ? tr("name and ID digits match the applicant")
            : !r.signerNameMatches                       ? tr("the name differs from the applicant's")
                                                         : tr("the ID digits differ from the applicant's");
    row(signer, tr("Applicant"), match);

    QTreeWidgetItem *chain = section(tr("Certificate chain"));
    for (qsizetype i = 0; i < r.chain.size(); ++i) {
        const CertificateInfo &c = r.chain.at(i);
        const QString role = i == 0 ? tr("Signer") : c.trustAnchor ? tr("Trust anchor") : tr("Issuing CA");
        // CAs by name and key identifier: MOICA G2 and G3 share a name.
        QTreeWidgetItem *cert = row(chain, role,
                                    i == 0 || c.subjectKeyId.isEmpty()
                                        ? c.commonName
                                        : tr("%1 (key ID %2…)").arg(c.commonName, c.subjectKeyId.left(8)));
        row(cert, tr("Subject"), c.subject);
        row(cert, tr("Issuer"), c.issuer);
        row(cert, tr("Serial number"), c.serialHex);
        row(cert, tr("Key identifier"), c.subjectKeyId);
        row(cert, tr("Authority key identifier"), c.authorityKeyId);
        row(cert, tr("Valid"), tr("%1 to %2").arg(timeText(c.notBefore), timeText(c.notAfter)));
        row(cert, tr("Key"), tr("%1, %2 bits").arg(c.keyAlgorithm).arg(c.keyBits));
        row(cert, tr("SHA-256"), c.sha256);
        cert->setExpanded(false);
    }
    if (r.chain.isEmpty())
        row(chain, tr("Certificates"), tr("none could be read"));

    QTreeWidgetItem *times = section(tr("Time"));
    QString source = tr("unknown");
    if (r.bestSignatureTimeSource == TimeSource::Timestamp)
        source = tr("a trusted timestamp by %1").arg(r.timestampAuthority);
    else if (r.bestSignatureTimeSource == TimeSource::VerificationTime)
        source = tr("the verification time (no timestamp)");
    row(times, tr("Best signature time"), tr("%1, from %2").arg(timeText(r.bestSignatureTime), source));
    row(times, tr("Signing time claimed by the signer's computer"),
        r.claimedSigningTime.isValid() ? tr("%1 (information only)").arg(timeText(r.claimedSigningTime)) : QString());
    row(times, tr("Verified at"), timeText(r.verificationTime));

    QTreeWidgetItem *revocation = section(tr("Revocation"));
    QString status = r.revocationStatus;
    if (status == QLatin1String("good"))
        status = tr("not revoked");
    else if (status == QLatin1String("revoked"))
        status = tr("revoked on %1").arg(timeText(r.revokedAt));
    else if (status == QLatin1String("on_hold"))
        status = tr("suspended (certificate hold) since %1").arg(timeText(r.revokedAt));
    else if (status == QLatin1String("unknown"))
        status = tr("unknown");
    else
        status = tr("not checked");
    row(revocation, tr("Status"), status);
    row(revocation, tr("Source"), r.revocationSource);
    row(revocation, tr("Checked at"), timeText(r.revocationCheckedAt));

    QTreeWidgetItem *algorithms = section(tr("Algorithms"));
    QString format = r.signatureFormat;
    if (format == QLatin1String("cms-attached"))
        format = tr("CMS, document attached (card reader)");
    else if (format == QLatin1String("cms-detached"))
        format = tr("CMS, detached (card reader)");
    else if (format == QLatin1String("pkcs1"))
        format = tr("PKCS#1 (mobile citizen certificate)");
    row(algorithms, tr("Format"), format);
    row(algorithms, tr("Digest"), r.digestAlgorithm);
    row(algorithms, tr("Signature"), r.signatureAlgorithm);
    row(algorithms, tr("Signing key"),
        r.keyBits > 0 ? tr("%1, %2 bits").arg(r.keyAlgorithm).arg(r.keyBits) : r.keyAlgorithm);

    const auto messages = [&](const QString &title, const QList<ReportMessage> &list, const StatusLook &look) {
        if (list.isEmpty())
            return;
        QTreeWidgetItem *s = section(title);
        for (const ReportMessage &m : list) {
            const QString text = shownText(m);
            auto *item = new QTreeWidgetItem(s, QStringList { look.word, text });
            item->setIcon(0, look.icon);
            item->setToolTip(1, text);
        }
    };
    messages(tr("Errors"), r.errors, StatusLook{tr("Error"), red, drawIcon(red, Glyph::Cross)});
    messages(tr("Warnings"), r.warnings, StatusLook{tr("Warning"), amber, drawIcon(amber, Glyph::Exclamation)});
    messages(tr("Information"), r.infos, StatusLook{tr("Info"), grey, drawIcon(grey, Glyph::Info)});

    QTreeWidgetItem *audit = section(tr("For an audit"));
    audit->setExpanded(false);
    row(audit, tr("Document SHA-256"), r.documentSha256);
    row(audit, tr("Signature SHA-256"), r.signatureSha256);
    if (!r.signerCertificateSha256.isEmpty())
        row(audit, tr("Signer certificate SHA-256"), r.signerCertificateSha256);
    row(audit, tr("Trust anchors (SHA-256)"), r.trustAnchorSha256.join(QLatin1String(", ")));
    row(audit, tr("Verifier"), r.verifierVersion);
}

void SignatureDetailsDialog::copyReport()
{
    QGuiApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Indented)));
    m_ui->copyStatusLabel->setText(tr("Report copied to the clipboard (JSON)."));
}

} // namespace cooc::ui
