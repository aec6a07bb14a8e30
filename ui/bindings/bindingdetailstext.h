#pragma once

#include "models/bindingrequest.h"

#include <QString>

namespace cooc::ui::BindingDetailsText {

// Rich text for the details pane, every word translated and every value HTML-escaped.

// "王小明 · 801 班 12 號 · 在籍" (the enrollment in red when it is not "enrolled").
QString studentLine(const BindingRequestDetails &d);
// "申請人 王大同（父） A12****789" and, for guardians and delegated caregivers, what they are.
QString applicantLine(const BindingRequestDetails &d);
// "wang@example.tw · 0912… · 已綁定子女：王小華（802）"
QString contactLine(const BindingRequestDetails &d);
// The applicant's fields beside the school's guardian record, differences highlighted
// character by character (code points: rare characters beyond the BMP included).
QString comparisonTable(const BindingRequestDetails &d);
// The guardian record the comparison uses: the same person (ID hash), else the same
// relationship, else the first; nullptr when the school has none.
const GuardianRecord *matchingGuardian(const BindingRequestDetails &d);
// "✔ 有效 (…)": symbol, word and colour, plus the sub-indication.
QString signatureLine(const BindingRequestDetails &d);
QString householdLine(const BindingRequestDetails &d);
// Why approval is not possible, or what it needs (empty when nothing stands in the way).
QString approvalHint(const BindingRequestDetails &d);
// The decision of a decided request ("已核准 · 林老師 · 2026/11/28 10:00"), empty while open.
QString decisionLine(const BindingRequestDetails &d);
// The history, one line per entry, oldest first.
QString historyHtml(const BindingRequestDetails &d);
// The consent document as the reviewer reads it (labelled fields and the consent text).
QString consentText(const BindingRequestDetails &d);
// A guardian record's relationship code (father, mother, guardian, grandparent, other) in words.
QString guardianRelationshipLabel(const QString &code);
QString when(const QDateTime &at);

} // namespace cooc::ui::BindingDetailsText
