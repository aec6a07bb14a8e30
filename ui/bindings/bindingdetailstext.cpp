#include "ui/bindings/bindingdetailstext.h"

#include "app/bindingreview/namecompare.h"
#include "app/esign/consentdocument.h"
#include "app/esign/verificationreport.h"
#include "models/bindingrequestrepository.h"
#include "models/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace cooc::ui::BindingDetailsText {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("cooc::ui::BindingDetailsText", text, comment, n);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString coloured(const QString &color, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(color, html);
}

const QString kRed = QStringLiteral("#c62828");
const QString kGrey = QStringLiteral("#6b6b6b");
const QString kGreen = QStringLiteral("#1b7f3b");

QString row(const QString &field, const QString &left, const QString &right, bool differs)
{
    const QString mark = differs ? coloured(kRed, QStringLiteral(" \u2260")) : QString();
    return QStringLiteral("<tr><td style=\"color:#6b6b6b; padding-right:12px;\">%1</td>"
                          "<td style=\"padding-right:12px;\">%2</td><td>%3%4</td></tr>")
        .arg(esc(field), left, right, mark);
}

// Both sides with their differing characters highlighted.
std::pair<QString, QString> highlighted(const QString &applicant, const QString &record, bool *differs)
{
    const NameCompare::Comparison c = NameCompare::compare(applicant, record);
    *differs = !c.equal;
    return {NameCompare::toHtml(c.left), NameCompare::toHtml(c.right)};
}

// Why the database cleared a household result (migration 0024): the IDs it answered for changed.
QString householdClearedLabel(const QString &reason)
{
    if (reason == QLatin1String("student_id_changed"))
        return tr("household result cleared: the student's ID record changed; check again");
    if (reason == QLatin1String("student_changed"))
        return tr("household result cleared: the request now names another student; check again");
    return tr("household result cleared: the applicant's ID changed; check again");
}

QString eventLabel(const QString &kind)
{
    if (kind == QLatin1String("submitted"))
        return tr("submitted");
    if (kind == QLatin1String("verified"))
        return tr("e-signature verified");
    if (kind == QLatin1String("household_checked"))
        return tr("household checked");
    if (kind == QLatin1String("approved") || kind == QLatin1String("binding.approve"))
        return tr("approved");
    if (kind == QLatin1String("rejected") || kind == QLatin1String("binding.reject"))
        return tr("rejected");
    if (kind == QLatin1String("info_requested") || kind == QLatin1String("binding.request_info"))
        return tr("information requested");
    if (kind == QLatin1String("withdrawn"))
        return tr("withdrawn by the parent");
    if (kind == QLatin1String("binding.verify"))
        return tr("e-signature verified");
    if (kind == QLatin1String("binding.household_check"))
        return tr("household checked");
    if (kind == QLatin1String("parent_view_opened"))
        return tr("parent view opened");
    return kind;
}

} // namespace

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toTimeZone(Clock::schoolTimeZone()).toString(QStringLiteral("yyyy/MM/dd HH:mm"))
                        : QString();
}

QString guardianRelationshipLabel(const QString &code)
{
    if (auto r = binding::relationshipFromCode(code))
        return binding::label(*r);
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QString studentLine(const BindingRequestDetails &d)
{
    const BindingRequestSummary &s = d.summary;
    QStringList parts{QStringLiteral("<b style=\"font-size:large;\">%1</b>").arg(esc(s.studentName))};
    if (!s.className.isEmpty())
        parts << (s.seat > 0 ? esc(tr("Class %1, seat %2").arg(s.className).arg(s.seat))
                             : esc(tr("Class %1").arg(s.className)));
    if (!s.studentNumber.isEmpty())
        parts << esc(tr("No. %1", "student number").arg(s.studentNumber));
    const QString enrollment = esc(binding::label(s.enrollment));
    parts << (s.enrollment == binding::Enrollment::Enrolled ? coloured(kGreen, enrollment)
                                                            : coloured(kRed, QStringLiteral("\u26a0 ") + enrollment));
    return parts.join(QStringLiteral(" · "));
}

QString applicantLine(const BindingRequestDetails &d)
{
    const BindingRequestSummary &s = d.summary;
    QString line = esc(tr("Applicant %1 (%2) %3").arg(s.applicantName, binding::label(s.relationship),
                                                      d.applicantMaskedId));
    if (binding::isCaregiver(s.relationship)) {
        QString what;
        // A caregiver who is neither a parent nor the legal guardian binds with the parent's
        // delegation letter: whether it is there is the first thing the reviewer needs.
        if (s.relationship == binding::Relationship::Delegate)
            what = d.delegationDocument.isEmpty()
                ? coloured(kRed, esc(tr("Delegated caregiver — the delegation letter is missing")))
                : esc(tr("Delegated caregiver — delegation letter signed by the parent attached (%n byte(s))", nullptr,
                         int(d.delegationDocument.size())));
        else if (s.relationship == binding::Relationship::Grandparent)
            what = d.delegationDocument.isEmpty()
                ? coloured(kRed, esc(tr("Caregiver (grandparent), not a parent — the delegation letter is missing")))
                : esc(tr("Caregiver (grandparent), not a parent — delegation letter signed by the parent attached "
                         "(%n byte(s))",
                         nullptr, int(d.delegationDocument.size())));
        else
            what = esc(tr("Legal guardian, not a parent"));
        line += QStringLiteral("<br><span style=\"background-color:#fff3cd;\">&nbsp;%1&nbsp;</span>").arg(what);
    }
    return line;
}

QString contactLine(const BindingRequestDetails &d)
{
    QStringList parts{esc(d.summary.applicantEmail)};
    if (!d.applicantPhone.isEmpty())
        parts << esc(d.applicantPhone);
    QStringList children;
    for (const BoundChild &c : d.boundChildren) {
        if (c.studentId == d.summary.studentId)
            continue;
        QString text = c.className.isEmpty() ? c.name : tr("%1 (%2)", "child (class)").arg(c.name, c.className);
        if (c.bindingStatus != QLatin1String("active"))
            text += QLatin1Char(' ') + tr("[suspended]");
        children << esc(text);
    }
    parts << (children.isEmpty() ? esc(tr("No children bound yet")) : esc(tr("Children already bound: ")) + children.join(QStringLiteral("、")));
    return parts.join(QStringLiteral(" · "));
}

const GuardianRecord *matchingGuardian(const BindingRequestDetails &d)
{
    if (d.guardians.isEmpty())
        return nullptr;
    for (const GuardianRecord &g : d.guardians) {
        if (g.idHashMatches)
            return &g;
    }
    const QString relationship = binding::code(d.summary.relationship);
    for (const GuardianRecord &g : d.guardians) {
        if (g.relationship == relationship)
            return &g;
    }
    return &d.guardians.first();
}

QString comparisonTable(const BindingRequestDetails &d)
{
    const GuardianRecord *g = matchingGuardian(d);
    if (!g)
        return coloured(kGrey, esc(tr("The school has no guardian record for this student: compare with the paper "
                                      "records.")));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    html += QStringLiteral("<tr><td></td><td style=\"color:#6b6b6b;\"><i>%1</i></td><td style=\"color:#6b6b6b;\"><i>%2</i></td></tr>")
                .arg(esc(tr("Applicant typed")), esc(tr("School record")));
    bool differs = false;
    auto [leftName, rightName] = highlighted(d.summary.applicantName, g->name, &differs);
    html += row(tr("Name"), leftName, rightName, differs);
    const bool relDiffers = binding::code(d.summary.relationship) != g->relationship;
    html += row(tr("Relationship"), esc(binding::label(d.summary.relationship)),
                esc(guardianRelationshipLabel(g->relationship)), relDiffers);
    html += row(tr("National ID"), esc(d.applicantMaskedId),
                g->idHashMatches ? coloured(kGreen, esc(QStringLiteral("\u2714 ") + tr("same person")))
                                 : coloured(kRed, esc(QStringLiteral("\u2716 ") + tr("another ID, or none on file"))),
                false);
    if (!g->email.isEmpty()) {
        auto [l, r] = highlighted(d.summary.applicantEmail.toLower(), g->email.toLower(), &differs);
        html += row(tr("E-mail"), l, r, differs);
    }
    if (!g->phone.isEmpty() && !d.applicantPhone.isEmpty()) {
        auto [l, r] = highlighted(d.applicantPhone, g->phone, &differs);
        html += row(tr("Phone"), l, r, differs);
    }
    html += QStringLiteral("</table>");
    const NameCompare::Comparison names = NameCompare::compare(d.summary.applicantName, g->name);
    if (names.privateUse)
        html += coloured(kRed, esc(tr("A name holds a private-use character (造字): it may look the same and still "
                                      "differ. Check it against the household register.")));
    else if (names.storedDifferently)
        html += coloured(kRed, esc(tr("A character of the names looks the same on both sides but is stored with a "
                                      "different character code (for example a compatibility form). Check which form "
                                      "the household register uses.")));
    else if (names.beyondBmp)
        html += coloured(kGrey, esc(tr("A name holds a rare character (beyond the basic plane); it was compared "
                                       "character by character.")));
    if (d.guardians.size() > 1)
        html += QStringLiteral("<br>") + coloured(kGrey, esc(tr("%n guardian record(s) on file.", nullptr,
                                                                int(d.guardians.size()))));
    return html;
}

QString signatureLine(const BindingRequestDetails &d)
{
    const binding::Verdict v = d.summary.verdict;
    QString html = coloured(binding::colorName(v), QStringLiteral("<b>%1 %2</b>").arg(binding::symbol(v),
                                                                                       esc(binding::label(v))));
    if (!d.verificationSubindication.isEmpty()) // in words (the code is in the signature details)
        html += QStringLiteral(" — %1").arg(esc(esign::subIndicationTextForCode(d.verificationSubindication)));
    const QJsonObject report = QJsonDocument::fromJson(d.verificationReportJson.toUtf8()).object();
    const QString signer = report.value(QStringLiteral("signer")).toObject().value(QStringLiteral("name")).toString();
    if (!signer.isEmpty())
        html += QStringLiteral(" · ") + esc(tr("signed by %1").arg(signer));
    if (d.verifiedAt.isValid())
        html += QStringLiteral(" · ") + coloured(kGrey, esc(tr("checked %1").arg(when(d.verifiedAt))));
    if (v == binding::Verdict::Indeterminate && binding::isOpen(d.summary.status))
        html += QStringLiteral("<br>") + coloured(binding::colorName(v), esc(tr("Could not be confirmed: verify it "
                                                                                 "again later, or review it by hand. "
                                                                                 "This is not a reason to reject.")));
    return html;
}

QString householdLine(const BindingRequestDetails &d)
{
    const binding::Household h = d.summary.household;
    QString html = coloured(binding::colorName(h), QStringLiteral("<b>%1 %2</b>").arg(binding::symbol(h),
                                                                                       esc(binding::label(h))));
    if (h == binding::Household::Match)
        html += QStringLiteral(" · ") + esc(tr("same household, both registered in Taipei"));
    if (d.householdCheckedAt.isValid())
        html += QStringLiteral(" · ") + coloured(kGrey, esc(tr("checked %1").arg(when(d.householdCheckedAt))));
    return html;
}

QString approvalHint(const BindingRequestDetails &d)
{
    if (!binding::isOpen(d.summary.status))
        return {};
    if (d.summary.enrollment != binding::Enrollment::Enrolled)
        return tr("Cannot be approved: %1.").arg(binding::label(d.summary.enrollment));
    if (BindingRequestRepository::needsDelegationLetter(d.summary.relationship) && d.delegationDocument.isEmpty())
        return tr("Cannot be approved without the delegation letter: ask for it (I).");
    switch (d.summary.verdict) {
    case binding::Verdict::TotalPassed:
        return {};
    case binding::Verdict::TotalFailed:
        return tr("The e-signature is not valid: approving needs the paper consent form checked and a reason.");
    case binding::Verdict::Indeterminate:
        return tr("The e-signature could not be confirmed: verify it again later, or approve on the paper consent "
                  "form with a reason.");
    case binding::Verdict::NotVerified:
        return tr("The e-signature has not been verified yet: verify it, or approve on the paper consent form with a "
                  "reason.");
    case binding::Verdict::NoSignature:
        return tr("There is no e-signature: approving needs the paper consent form checked and a reason.");
    }
    return {};
}

QString decisionLine(const BindingRequestDetails &d)
{
    if (d.summary.status == binding::Status::Pending)
        return {};
    QString html = QStringLiteral("<b>%1</b>").arg(esc(binding::label(d.summary.status)));
    if (!d.decidedByName.isEmpty())
        html += QStringLiteral(" · ") + esc(d.decidedByName);
    if (d.summary.decidedAt.isValid())
        html += QStringLiteral(" · ") + esc(when(d.summary.decidedAt));
    if (auto reason = binding::rejectReasonFromCode(d.decisionReason))
        html += QStringLiteral("<br>") + esc(binding::label(*reason));
    else if (d.decisionReason == QLatin1String("paper_consent"))
        html += QStringLiteral("<br>") + esc(tr("Approved on the paper consent form"));
    if (!d.decisionNote.isEmpty())
        html += QStringLiteral("<br>\u201c") + esc(d.decisionNote) + QStringLiteral("\u201d");
    return html;
}

QString historyHtml(const BindingRequestDetails &d)
{
    QStringList lines;
    if (d.summary.submittedAt.isValid()
        && std::none_of(d.history.cbegin(), d.history.cend(),
                        [](const BindingHistoryEntry &h) { return h.kind == QLatin1String("submitted"); }))
        lines << esc(when(d.summary.submittedAt) + QStringLiteral(" · ") + tr("submitted"));
    for (const BindingHistoryEntry &h : d.history) {
        const QJsonObject detail = QJsonDocument::fromJson(h.detail.toUtf8()).object();
        const QString label = h.kind == QLatin1String("household_cleared")
            ? householdClearedLabel(detail.value(QStringLiteral("reason")).toString())
            : eventLabel(h.kind);
        QString line = esc(when(h.at) + QStringLiteral(" · ") + label);
        if (!h.actorName.isEmpty())
            line += esc(QStringLiteral(" · ") + h.actorName);
        // A decision's words only: a note in another kind of event was not a reviewer's.
        const bool decision = h.kind == QLatin1String("approved") || h.kind == QLatin1String("rejected")
            || h.kind == QLatin1String("info_requested");
        const QString note = decision ? detail.value(QStringLiteral("note")).toString(
                                            detail.value(QStringLiteral("override_reason")).toString())
                                      : QString();
        if (!note.isEmpty())
            line += esc(QStringLiteral(" · \u201c") + note + QStringLiteral("\u201d"));
        if (h.auditId)
            line += coloured(kGrey, esc(QStringLiteral(" · ") + tr("audit #%1").arg(h.auditId)));
        lines << line;
    }
    return lines.join(QStringLiteral("<br>"));
}

QString consentText(const BindingRequestDetails &d)
{
    if (d.consentDocument.isEmpty())
        return tr("The request carries no consent document.");
    auto parsed = esign::ConsentDocument::parse(d.consentDocument);
    if (parsed)
        return parsed->toDisplayText();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(d.consentDocument);
    if (!utf8.hasError())
        return tr("(Not in the canonical form: shown as stored.)") + QStringLiteral("\n\n") + text;
    return tr("The consent document is not text (%n byte(s)).", nullptr, int(d.consentDocument.size()));
}

} // namespace cooc::ui::BindingDetailsText
