// The statements that record a decision on a binding request. Each is one prepared
// statement; the caller (BindingReviewService) runs them in one Transaction together with
// AuditLog::append. docs/binding-review.md lists them verbatim for the central database's
// row-level security and triggers.
#include "models/bindingrequestrepository.h"

#include "models/auditlog.h"

#include <QCoreApplication>
#include <QJsonDocument>
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

Result<std::optional<BindingRequestRepository::AccountRow>>
BindingRequestRepository::accountByLogin(const QString &login) const
{
    return oneAccount(m_db.exec(QStringLiteral("SELECT id, login, kind, parent_id FROM accounts"
                                               " WHERE login_key = ? ORDER BY id LIMIT 1"),
                                {login.trimmed().toLower()}));
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
                " (SELECT %1 FROM binding_requests br WHERE br.id = ?),"
                " (SELECT br.version FROM binding_requests br WHERE br.id = ?)"
                " FROM (SELECT 1 AS one) r"
                " LEFT JOIN (SELECT id, name, email, national_id_hash FROM parents WHERE national_id_hash = ?"
                " ORDER BY id LIMIT 1) p ON 1 = 1"
                " LEFT JOIN accounts a ON a.parent_id = p.id AND a.kind = 'parent'"
                " LEFT JOIN parent_bindings b ON b.parent_id = p.id AND b.student_id = ?"
                " ORDER BY a.id LIMIT 1")
                .arg(hasInitialPasswordSql()),
            {key, key, requestId, requestId, idHash, studentId}};
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
    record.hasInitialPassword = r.value(13).toBool();
    record.requestVersion = r.value(14).toInt();
    return record;
}

QString BindingRequestRepository::jsonWith(const QJsonObject &object, const QList<std::pair<QString, qint64>> &ids)
{
    QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (ids.isEmpty())
        return json;
    QString members;
    for (const auto &[key, id] : ids)
        members += QStringLiteral(",\"%1\":%2").arg(key).arg(id);
    json.chop(1); // the closing brace
    return json + (object.isEmpty() ? members.mid(1) : members) + QLatin1Char('}');
}

Result<std::optional<BindingRequestRepository::WrittenDecision>>
BindingRequestRepository::recordDecision(const DecisionWrites &w) const
{
    return m_db.dialect() == Dialect::Postgres ? recordDecisionInOneCall(w) : recordDecisionByStatements(w);
}

Result<std::optional<BindingRequestRepository::WrittenDecision>>
BindingRequestRepository::recordDecisionInOneCall(const DecisionWrites &w) const
{
    const QString compact = QString::fromUtf8(QJsonDocument(w.eventDetail).toJson(QJsonDocument::Compact));
    auto row = m_db.row(
        QStringLiteral("SELECT o_claimed, o_parent, o_account, o_binding, o_audit FROM cooc_record_binding_decision("
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {w.requestId, w.expectedVersion, binding::code(w.to), nullableId(m_actor.staffId), m_db.timestamp(w.at),
         nullableText(w.reason), nullableText(w.note), w.paperConsentChecked, nullableText(w.requiredHousehold),
         w.approve, nullableId(w.parentId), w.newParent.name, w.newParent.email, w.newParent.phone,
         w.newParent.idHash, w.newParent.idMasked, w.newParent.idLast4, nullableId(w.accountId), w.login,
         nullableId(w.bindingId), w.studentId, w.relationship, w.eventKind, compact,
         nullableId(m_actor.schoolId), m_actor.login, w.auditAction,
         QString::fromUtf8(QJsonDocument(w.auditDetail).toJson(QJsonDocument::Compact))});
    if (!row)
        return row.error();
    if (!row.value() || !row.value()->value(0).toBool())
        return std::optional<WrittenDecision>();
    const QSqlRecord &r = *row.value();
    return std::optional(WrittenDecision{r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3).toLongLong(),
                                         r.value(4).toLongLong()});
}

Result<std::optional<BindingRequestRepository::WrittenDecision>>
BindingRequestRepository::recordDecisionByStatements(const DecisionWrites &w) const
{
    const QVariant staff = nullableId(m_actor.staffId);
    const QVariant at = m_db.timestamp(w.at);
    auto claimed = m_db.change(
        QStringLiteral("UPDATE binding_requests SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?,"
                       " decision_note = ?, paper_consent_checked = ?, version = version + 1"
                       " WHERE id = ? AND version = ? AND status IN ('pending', 'info_requested')"
                       " AND (? IS NULL OR household_result = ?)"),
        {binding::code(w.to), staff, at, nullableText(w.reason), nullableText(w.note), w.paperConsentChecked,
         w.requestId, w.expectedVersion, nullableText(w.requiredHousehold), nullableText(w.requiredHousehold)});
    if (!claimed)
        return claimed.error();
    if (claimed.value() != 1)
        return std::optional<WrittenDecision>();

    WrittenDecision written{w.parentId, w.accountId, w.bindingId, 0};
    QList<std::pair<QString, qint64>> ids;
    if (w.approve) {
        if (!written.parentId) {
            const NewParent &p = w.newParent;
            auto inserted = m_db.insert(QStringLiteral("INSERT INTO parents (name, email, phone, national_id_hash,"
                                                       " national_id_masked, id_last4) VALUES (?, ?, ?, ?, ?, ?)"),
                                        {p.name, p.email, p.phone, p.idHash, p.idMasked, p.idLast4});
            if (!inserted)
                return inserted.error();
            written.parentId = inserted.value();
        }
        if (!written.accountId) {
            // The initial password's hash goes from the request to the account without passing
            // through the client (as cooc_open_parent_account does on PostgreSQL).
            auto inserted = m_db.insert(QStringLiteral("INSERT INTO accounts (login, kind, parent_id, password_hash,"
                                                       " must_change_password, created_at)"
                                                       " SELECT ?, 'parent', ?, br.initial_password_hash, ?, ?"
                                                       " FROM binding_requests br WHERE br.id = ?"
                                                       " AND coalesce(br.initial_password_hash, '') <> ''"),
                                        {w.login, written.parentId, true, at, w.requestId});
            if (!inserted)
                return inserted.error();
            written.accountId = inserted.value();
        }
        if (written.bindingId) {
            auto reactivated = m_db.change(
                QStringLiteral("UPDATE parent_bindings SET status = 'active', relationship = ?, request_id = ?,"
                               " approved_by = ?, approved_at = ?, ended_at = NULL WHERE id = ? AND status <> 'active'"),
                {w.relationship, w.requestId, staff, at, written.bindingId});
            if (!reactivated)
                return reactivated.error();
            if (reactivated.value() != 1) // as cooc_record_binding_decision refuses it
                return Error::make(Error::Code::Conflict,
                                   QCoreApplication::translate("Database", // Database's own message for 23505
                                                               "Someone else changed this record at the same time. "
                                                               "Nothing was saved; reload and try again."),
                                   QStringLiteral("parent binding %1 is already active").arg(written.bindingId));
        } else {
            auto inserted = m_db.insert(QStringLiteral("INSERT INTO parent_bindings (parent_id, student_id, relationship,"
                                                       " status, request_id, approved_by, approved_at)"
                                                       " VALUES (?, ?, ?, 'active', ?, ?, ?)"),
                                        {written.parentId, w.studentId, w.relationship, w.requestId, staff, at});
            if (!inserted)
                return inserted.error();
            written.bindingId = inserted.value();
        }
        ids = {{QStringLiteral("parent_id"), written.parentId}, {QStringLiteral("binding_id"), written.bindingId}};
    }
    auto event = addEvent(w.requestId, w.at, m_actor.staffId, w.eventKind, jsonWith(w.eventDetail, ids));
    if (!event)
        return event.error();
    if (w.approve)
        ids.append({QStringLiteral("account_id"), written.accountId});
    auto audit = AuditLog(m_db).appendText(m_actor, w.auditAction, QStringLiteral("binding_request"), w.requestId,
                                           jsonWith(w.auditDetail, ids), w.at);
    if (!audit)
        return audit.error();
    written.auditId = audit.value();
    return std::optional(written);
}

} // namespace cooc
