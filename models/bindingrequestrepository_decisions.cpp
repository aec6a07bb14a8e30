// The statements that record a decision on a binding request. Each is one prepared
// statement; the caller (BindingReviewService) runs them in one Transaction together with
// AuditLog::append. docs/binding-review.md lists them verbatim for the central database's
// row-level security and triggers.
#include "models/bindingrequestrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cooc {

namespace {

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Result<bool> changedOneRow(Result<int> rows)
{
    if (!rows)
        return rows.error();
    return rows.value() == 1;
}

} // namespace

Result<bool> BindingRequestRepository::claimDecision(qint64 id, int expectedVersion, binding::Status to,
                                                     qint64 decidedByStaffId, const QDateTime &at,
                                                     const QString &reason, const QString &note,
                                                     bool paperConsentChecked) const
{
    return changedOneRow(m_db.change(
        QStringLiteral("UPDATE binding_requests SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?,"
                       " decision_note = ?, paper_consent_checked = ?, version = version + 1"
                       " WHERE id = ? AND version = ? AND status IN ('pending', 'info_requested')"),
        {binding::code(to), nullableId(decidedByStaffId), m_db.timestamp(at), nullableText(reason), nullableText(note),
         paperConsentChecked, id, expectedVersion}));
}

Result<bool> BindingRequestRepository::storeVerification(qint64 id, int expectedVersion, const QString &verdict,
                                                         const QString &subindication, const QString &reportJson,
                                                         const QDateTime &at) const
{
    return changedOneRow(m_db.change(
        QStringLiteral("UPDATE binding_requests SET verification_verdict = ?, verification_subindication = ?,"
                       " verification_report = ?, verified_at = ?, version = version + 1"
                       " WHERE id = ? AND version = ? AND status IN ('pending', 'info_requested')"),
        {verdict, nullableText(subindication), reportJson, m_db.timestamp(at), id, expectedVersion}));
}

Result<qint64> BindingRequestRepository::addEvent(qint64 requestId, const QDateTime &at, qint64 actorStaffId,
                                                  const QString &kind, const QString &detail) const
{
    return m_db.insert(QStringLiteral("INSERT INTO binding_request_events (request_id, at, actor_staff_id, kind, detail)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {requestId, m_db.timestamp(at), nullableId(actorStaffId), kind, detail});
}

namespace {

Result<std::optional<BindingRequestRepository::ParentRow>> oneParent(Result<std::optional<QSqlRecord>> row)
{
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<BindingRequestRepository::ParentRow>();
    const QSqlRecord &r = *row.value();
    return std::optional(BindingRequestRepository::ParentRow{r.value(0).toLongLong(), r.value(1).toString(),
                                                             r.value(2).toString(), r.value(3).toString()});
}

Result<std::optional<BindingRequestRepository::AccountRow>> oneAccount(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::optional<BindingRequestRepository::AccountRow> row;
    while (q.value().next()) {
        if (!row)
            row = BindingRequestRepository::AccountRow{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                                                       q.value().value(2).toString(), q.value().value(3).toLongLong()};
    }
    return row;
}

} // namespace

Result<std::optional<BindingRequestRepository::ParentRow>>
BindingRequestRepository::parentByIdHash(const QString &idHash) const
{
    return oneParent(m_db.row(QStringLiteral("SELECT id, name, email, national_id_hash FROM parents"
                                             " WHERE national_id_hash = ? ORDER BY id LIMIT 1"),
                              {idHash}));
}

Result<qint64> BindingRequestRepository::insertParent(const QString &name, const QString &email, const QString &phone,
                                                      const QString &idHash, const QString &idMasked,
                                                      const QString &idLast4) const
{
    return m_db.insert(QStringLiteral("INSERT INTO parents (name, email, phone, national_id_hash, national_id_masked,"
                                      " id_last4) VALUES (?, ?, ?, ?, ?, ?)"),
                       {name, email, phone, idHash, idMasked, idLast4});
}

Result<std::optional<BindingRequestRepository::AccountRow>>
BindingRequestRepository::accountByLogin(const QString &login) const
{
    return oneAccount(m_db.exec(QStringLiteral("SELECT id, login, kind, parent_id FROM accounts"
                                               " WHERE login_key = ? ORDER BY id LIMIT 1"),
                                {login.trimmed().toLower()}));
}

Result<qint64> BindingRequestRepository::insertParentAccount(const QString &login, qint64 parentId,
                                                             const QString &passwordHash, const QDateTime &at) const
{
    return m_db.insert(QStringLiteral("INSERT INTO accounts (login, kind, parent_id, password_hash,"
                                      " must_change_password, created_at) VALUES (?, 'parent', ?, ?, ?, ?)"),
                       {login, parentId, passwordHash, true, m_db.timestamp(at)});
}

BindingRequestRepository::Clause BindingRequestRepository::applicantQuery(qint64 requestId, const QString &idHash,
                                                                          const QString &email, qint64 studentId) const
{
    // One row whatever exists: the parent (by the ID hash's index), their first parent account
    // and their binding to the student (unique) joined to it by indexed keys, the e-mail and
    // login look-ups and the hash as scalar sub-queries (parents.email_key, accounts.login_key,
    // the request's primary key). No join condition may be a sub-query: PostgreSQL would
    // then test every account.
    const QString key = email.trimmed().toLower();
    return {QStringLiteral(
                "SELECT p.id, p.name, p.email, p.national_id_hash, a.id, a.login, a.kind, a.parent_id,"
                " b.id, b.status, b.approved_at,"
                " (SELECT pe.id FROM parents pe WHERE pe.email_key = ? ORDER BY pe.id LIMIT 1),"
                " (SELECT al.id FROM accounts al WHERE al.login_key = ? ORDER BY al.id LIMIT 1),"
                " (SELECT br.initial_password_hash FROM binding_requests br WHERE br.id = ?)"
                " FROM (SELECT 1 AS one) r"
                " LEFT JOIN (SELECT id, name, email, national_id_hash FROM parents WHERE national_id_hash = ?"
                " ORDER BY id LIMIT 1) p ON 1 = 1"
                " LEFT JOIN accounts a ON a.parent_id = p.id AND a.kind = 'parent'"
                " LEFT JOIN parent_bindings b ON b.parent_id = p.id AND b.student_id = ?"
                " ORDER BY a.id LIMIT 1"),
            {key, key, requestId, idHash, studentId}};
}

Result<BindingRequestRepository::ApplicantRecord>
BindingRequestRepository::applicantRecord(qint64 requestId, const QString &idHash, const QString &email,
                                          qint64 studentId) const
{
    const Clause query = applicantQuery(requestId, idHash, email, studentId);
    auto row = m_db.row(query.sql, query.values);
    if (!row)
        return row.error();
    if (!row.value()) // the statement always returns its one row
        return Error::make(Error::Code::Generic,
                           QCoreApplication::translate("cooc::BindingRequestRepository",
                                                       "The applicant's record could not be read. Nothing was saved."));
    ApplicantRecord record;
    const QSqlRecord &r = *row.value();
    if (!r.isNull(0))
        record.parent = ParentRow{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                                  r.value(3).toString()};
    if (!r.isNull(4))
        record.account = AccountRow{r.value(4).toLongLong(), r.value(5).toString(), r.value(6).toString(),
                                    r.value(7).toLongLong()};
    if (!r.isNull(8))
        record.binding = BindingRow{r.value(8).toLongLong(), r.value(9).toString(), Database::toDateTime(r.value(10))};
    record.parentWithEmail = r.value(11).toLongLong();
    record.accountWithLogin = r.value(12).toLongLong();
    record.initialPasswordHash = r.value(13).toString();
    return record;
}

Result<qint64> BindingRequestRepository::insertBinding(qint64 parentId, qint64 studentId, const QString &relationship,
                                                       qint64 requestId, qint64 approvedByStaffId,
                                                       const QDateTime &at) const
{
    return m_db.insert(QStringLiteral("INSERT INTO parent_bindings (parent_id, student_id, relationship, status,"
                                      " request_id, approved_by, approved_at) VALUES (?, ?, ?, 'active', ?, ?, ?)"),
                       {parentId, studentId, relationship, requestId, nullableId(approvedByStaffId),
                        m_db.timestamp(at)});
}

Result<bool> BindingRequestRepository::reactivateBinding(qint64 bindingId, const QString &relationship,
                                                         qint64 requestId, qint64 approvedByStaffId,
                                                         const QDateTime &at) const
{
    return changedOneRow(m_db.change(
        QStringLiteral("UPDATE parent_bindings SET status = 'active', relationship = ?, request_id = ?,"
                       " approved_by = ?, approved_at = ?, ended_at = NULL WHERE id = ? AND status <> 'active'"),
        {relationship, requestId, nullableId(approvedByStaffId), m_db.timestamp(at), bindingId}));
}

} // namespace cooc
