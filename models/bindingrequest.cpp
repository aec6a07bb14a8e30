#include "models/bindingrequest.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace cooc::binding {

namespace {

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("cooc::binding", text, comment);
}

template<typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, text] : table) {
        if (e == value)
            return QString::fromLatin1(text);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromCodeOf(const std::array<std::pair<E, const char *>, N> &table, const QString &code)
{
    for (const auto &[e, text] : table) {
        if (code == QLatin1String(text))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Status, const char *>, 5> kStatus = {{
    {Status::Pending, "pending"},
    {Status::InfoRequested, "info_requested"},
    {Status::Approved, "approved"},
    {Status::Rejected, "rejected"},
    {Status::Withdrawn, "withdrawn"},
}};
constexpr std::array<std::pair<Verdict, const char *>, 5> kVerdict = {{
    {Verdict::TotalPassed, "TOTAL_PASSED"},
    {Verdict::TotalFailed, "TOTAL_FAILED"},
    {Verdict::Indeterminate, "INDETERMINATE"},
    {Verdict::NotVerified, "NOT_VERIFIED"},
    {Verdict::NoSignature, "NO_SIGNATURE"},
}};
constexpr std::array<std::pair<Household, const char *>, 5> kHousehold = {{
    {Household::Match, "MATCH"},
    {Household::NoMatch, "NO_MATCH"},
    {Household::NotRegisteredInTaipei, "NOT_REGISTERED_IN_TAIPEI"},
    {Household::Unavailable, "UNAVAILABLE"},
    {Household::NotChecked, "NOT_CHECKED"},
}};
constexpr std::array<std::pair<Relationship, const char *>, 5> kRelationship = {{
    {Relationship::Father, "father"},
    {Relationship::Mother, "mother"},
    {Relationship::Guardian, "guardian"},
    {Relationship::Grandparent, "grandparent"},
    {Relationship::Delegate, "delegate"},
}};
constexpr std::array<std::pair<RejectReason, const char *>, 6> kRejectReason = {{
    {RejectReason::WrongStudent, "wrong_student"},
    {RejectReason::RelationshipNotConfirmed, "relationship_not_confirmed"},
    {RejectReason::SignatureInvalid, "signature_invalid"},
    {RejectReason::DocumentsMissing, "documents_missing"},
    {RejectReason::Duplicate, "duplicate"},
    {RejectReason::Other, "other"},
}};

} // namespace

QString code(Status s) { return codeOf(kStatus, s); }
QString code(Verdict v) { return codeOf(kVerdict, v); }
QString code(Household h) { return codeOf(kHousehold, h); }
QString code(Relationship r) { return codeOf(kRelationship, r); }
QString code(RejectReason r) { return codeOf(kRejectReason, r); }
std::optional<Status> statusFromCode(const QString &c) { return fromCodeOf(kStatus, c); }
std::optional<Verdict> verdictFromCode(const QString &c) { return fromCodeOf(kVerdict, c); }
std::optional<Household> householdFromCode(const QString &c) { return fromCodeOf(kHousehold, c); }
std::optional<Relationship> relationshipFromCode(const QString &c) { return fromCodeOf(kRelationship, c); }
std::optional<RejectReason> rejectReasonFromCode(const QString &c) { return fromCodeOf(kRejectReason, c); }

QList<RejectReason> rejectReasons()
{
    QList<RejectReason> all;
    for (const auto &entry : kRejectReason)
        all << entry.first;
    return all;
}

QString label(Status s)
{
    switch (s) {
    case Status::Pending: return tr("Pending");
    case Status::InfoRequested: return tr("Information requested");
    case Status::Approved: return tr("Approved");
    case Status::Rejected: return tr("Rejected");
    case Status::Withdrawn: return tr("Withdrawn");
    }
    return {};
}

QString label(Verdict v)
{
    switch (v) {
    case Verdict::TotalPassed: return tr("Valid", "signature verdict TOTAL_PASSED");
    case Verdict::TotalFailed: return tr("Invalid", "signature verdict TOTAL_FAILED");
    case Verdict::Indeterminate: return tr("Cannot confirm", "signature verdict INDETERMINATE");
    case Verdict::NotVerified: return tr("Not verified");
    case Verdict::NoSignature: return tr("No signature");
    }
    return {};
}

QString label(Household h)
{
    switch (h) {
    case Household::Match: return tr("Match", "household check");
    case Household::NoMatch: return tr("No match", "household check");
    case Household::NotRegisteredInTaipei: return tr("Not in Taipei", "household check");
    case Household::Unavailable: return tr("Unavailable", "household check");
    case Household::NotChecked: return tr("Not checked", "household check");
    }
    return {};
}

QString label(Relationship r)
{
    switch (r) {
    case Relationship::Father: return tr("Father");
    case Relationship::Mother: return tr("Mother");
    case Relationship::Guardian: return tr("Guardian");
    case Relationship::Grandparent: return tr("Grandparent (caregiver)");
    case Relationship::Delegate: return tr("Delegated caregiver");
    }
    return {};
}

QString label(Enrollment e)
{
    switch (e) {
    case Enrollment::Enrolled: return tr("Enrolled");
    case Enrollment::NotPlaced: return tr("Not yet placed in a class");
    case Enrollment::TransferredOut: return tr("Transferred out");
    case Enrollment::Graduated: return tr("Graduated");
    case Enrollment::NotCurrentYear: return tr("Not enrolled this school year");
    case Enrollment::NotEnrolled: return tr("Not enrolled at this school");
    }
    return {};
}

QString label(RejectReason r)
{
    switch (r) {
    case RejectReason::WrongStudent: return tr("Not this student's parent or guardian");
    case RejectReason::RelationshipNotConfirmed: return tr("Relationship could not be confirmed");
    case RejectReason::SignatureInvalid: return tr("The e-signature is invalid");
    case RejectReason::DocumentsMissing: return tr("Required documents are missing");
    case RejectReason::Duplicate: return tr("Duplicate request");
    case RejectReason::Other: return tr("Other");
    }
    return {};
}

QString symbol(Verdict v)
{
    switch (v) {
    case Verdict::TotalPassed: return QStringLiteral("\u2714");   // ✔
    case Verdict::TotalFailed: return QStringLiteral("\u2716");   // ✖
    case Verdict::Indeterminate: return QStringLiteral("\u26a0"); // ⚠
    case Verdict::NotVerified: return QStringLiteral("\u25cb");   // ○
    case Verdict::NoSignature: return QStringLiteral("\u2014");   // —
    }
    return {};
}

QString symbol(Household h)
{
    switch (h) {
    case Household::Match: return QStringLiteral("\u2714");
    case Household::NoMatch: return QStringLiteral("\u2716");
    case Household::NotRegisteredInTaipei: return QStringLiteral("\u25d0"); // ◐
    case Household::Unavailable: return QStringLiteral("\u26a0");
    case Household::NotChecked: return QStringLiteral("\u25cb");
    }
    return {};
}

QString colorName(Verdict v)
{
    switch (v) {
    case Verdict::TotalPassed: return QStringLiteral("#1b7f3b");
    case Verdict::TotalFailed: return QStringLiteral("#c62828");
    case Verdict::Indeterminate: return QStringLiteral("#b26a00");
    case Verdict::NotVerified:
    case Verdict::NoSignature: return QStringLiteral("#6b6b6b");
    }
    return {};
}

QString colorName(Household h)
{
    switch (h) {
    case Household::Match: return QStringLiteral("#1b7f3b");
    case Household::NoMatch: return QStringLiteral("#c62828");
    case Household::NotRegisteredInTaipei:
    case Household::Unavailable: return QStringLiteral("#b26a00");
    case Household::NotChecked: return QStringLiteral("#6b6b6b");
    }
    return {};
}

Enrollment enrollmentFrom(const QString &status, bool hasRow, bool hasClass, int rowSchoolYear, int currentSchoolYear)
{
    if (!hasRow)
        return Enrollment::NotEnrolled;
    if (status == QLatin1String("transferred_out"))
        return Enrollment::TransferredOut;
    if (status == QLatin1String("graduated"))
        return Enrollment::Graduated;
    if (rowSchoolYear < currentSchoolYear)
        return Enrollment::NotCurrentYear;
    if (!hasClass)
        return Enrollment::NotPlaced;
    return Enrollment::Enrolled;
}

} // namespace cooc::binding
