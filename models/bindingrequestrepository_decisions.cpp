// The statements that record a decision on a binding request. Each is one prepared
// statement; the caller (BindingReviewService) runs them in one Transaction together with
// AuditLog::append. docs/binding-review.md lists them verbatim for the central database's
// row-level security and triggers.
#include "models/bindingrequestrepository.h"

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

Result<std::optional<BindingRequestRepository::ParentRow>> oneParent(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::optional<BindingRequestRepository::ParentRow> row;
    while (q.value().next()) {
        if (!row)
            row = BindingRequestRepository::ParentRow{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                                                      q.value().value(2).toString(), q.value().value(3).toString()};
    }
    return row;
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
    return oneParent(m_db.exec(QStringLiteral("SELECT id, name, email, national_id_hash FROM parents"
                                              " WHERE national_id_hash = ? ORDER BY id LIMIT 1"),
                               {idHash}));
}

Result<std::optional<BindingRequestRepository::ParentRow>>
BindingRequestRepository::parentByEmail(const QString &email) const
{
    return oneParent(m_db.exec(QStringLiteral("SELECT id, name, email, national_id_hash FROM parents"
                                              " WHERE email_key = ? ORDER BY id LIMIT 1"),
                               {email.trimmed().toLower()}));
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
BindingRequestRepository::accountForParent(qint64 parentId) const
{
    return oneAccount(m_db.exec(QStringLiteral("SELECT id, login, kind, parent_id FROM accounts"
                                               " WHERE parent_id = ? AND kind = 'parent' ORDER BY id LIMIT 1"),
                                {parentId}));
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

Result<QString> BindingRequestRepository::initialPasswordHash(qint64 requestId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT initial_password_hash FROM binding_requests WHERE id = ?"),
                         {requestId});
    if (!v)
        return v.error();
    return v.value().toString();
}

Result<std::optional<BindingRequestRepository::BindingRow>> BindingRequestRepository::bindingOf(qint64 parentId,
                                                                                               qint64 studentId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, status, approved_at FROM parent_bindings"
                                      " WHERE parent_id = ? AND student_id = ?"),
                       {parentId, studentId});
    if (!q)
        return q.error();
    std::optional<BindingRow> row;
    while (q.value().next())
        row = BindingRow{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                         Database::toDateTime(q.value().value(2))};
    return row;
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
