#include "models/accountrepository.h"

#include <QCoreApplication>

namespace cooc {

namespace {

// The central database does not let staff read password hashes (0023), and signs in with
// login roles, not with them: there the column is not asked for.
QString selectFor(Dialect dialect)
{
    return QStringLiteral("SELECT a.id, a.login, a.kind, a.staff_id, a.student_id, a.parent_id, %1, a.must_change_password, "
                          "a.failed_attempts, a.locked_until, a.disabled, a.created_at, a.last_login_at FROM accounts a ")
        .arg(dialect == Dialect::Postgres ? QStringLiteral("''") : QStringLiteral("a.password_hash"));
}

AccountRecord::Kind kindFrom(const QString &code)
{
    if (code == QLatin1String("student"))
        return AccountRecord::Kind::Student;
    if (code == QLatin1String("parent"))
        return AccountRecord::Kind::Parent;
    return AccountRecord::Kind::Staff;
}

AccountRecord fromRow(const QSqlQuery &q)
{
    AccountRecord a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.kind = kindFrom(q.value(2).toString());
    a.staffId = q.value(3).toLongLong();
    a.studentId = q.value(4).toLongLong();
    a.parentId = q.value(5).toLongLong();
    a.passwordHash = q.value(6).toString();
    a.mustChangePassword = q.value(7).toBool();
    a.failedAttempts = q.value(8).toInt();
    a.lockedUntil = Database::toDateTime(q.value(9));
    a.disabled = q.value(10).toBool();
    a.createdAt = Database::toDateTime(q.value(11));
    a.lastLoginAt = Database::toDateTime(q.value(12));
    return a;
}

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Status expectOneRow(const Result<QSqlQuery> &q)
{
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error::make(Error::Code::NotFound,
            QCoreApplication::translate("cooc::AccountRepository", "The account no longer exists."));
    return okStatus();
}

} // namespace

QString AccountRecord::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Staff:
        return QStringLiteral("staff");
    case Kind::Student:
        return QStringLiteral("student");
    case Kind::Parent:
        return QStringLiteral("parent");
    }
    return QStringLiteral("staff");
}

Result<std::optional<AccountRecord>> AccountRepository::findOne(const QString &where, const QVariantList &values) const
{
    auto q = m_db.exec(selectFor(m_db.dialect()) + where, values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<AccountRecord>();
    return std::optional<AccountRecord>(fromRow(q.value()));
}

Result<std::optional<AccountRecord>> AccountRepository::findByLogin(const QString &normalizedLogin) const
{
    return findOne(QStringLiteral("WHERE a.login = ?"), { normalizedLogin });
}

Result<std::optional<AccountRecord>> AccountRepository::find(qint64 accountId) const
{
    return findOne(QStringLiteral("WHERE a.id = ?"), { accountId });
}

Result<std::optional<AccountRecord>> AccountRepository::findByStaff(qint64 staffId) const
{
    return findOne(QStringLiteral("WHERE a.staff_id = ? AND a.kind = 'staff' ORDER BY a.id LIMIT 1"), { staffId });
}

Result<std::optional<AccountRecord>> AccountRepository::findForCurrentDbRole() const
{
    return findOne(
        QStringLiteral("JOIN staff s ON s.id = a.staff_id WHERE a.kind = 'staff' AND s.db_role = session_user::text COLLATE \"default\" "
                       "ORDER BY a.id LIMIT 1"),
        {});
}

Result<qint64> AccountRepository::create(const AccountRecord &a, const QDateTime &now) const
{
    const bool ownerMatches = (a.kind == AccountRecord::Kind::Staff && a.staffId && !a.studentId && !a.parentId)
        || (a.kind == AccountRecord::Kind::Student && a.studentId && !a.staffId && !a.parentId)
        || (a.kind == AccountRecord::Kind::Parent && a.parentId && !a.staffId && !a.studentId);
    if (!ownerMatches || a.login.isEmpty() || a.passwordHash.isEmpty())
        return Error::make(Error::Code::InvalidInput,
            QCoreApplication::translate("cooc::AccountRepository",
                "An account needs a login, a password and exactly one owner "
                "of its kind."));
    return m_db.insert(
        QStringLiteral("INSERT INTO accounts (login, kind, staff_id, student_id, parent_id, password_hash, "
                       "must_change_password, failed_attempts, locked_until, disabled, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?)"),
        { a.login, AccountRecord::kindCode(a.kind), nullableId(a.staffId), nullableId(a.studentId),
            nullableId(a.parentId), a.passwordHash, a.mustChangePassword, a.disabled, m_db.timestamp(now) });
}

Result<int> AccountRepository::recordFailure(qint64 accountId) const
{
    auto count = m_db.scalar(QStringLiteral("UPDATE accounts SET failed_attempts = failed_attempts + 1 WHERE id = ? "
                                            "RETURNING failed_attempts"),
        { accountId });
    if (!count)
        return count.error();
    if (count.value().isNull())
        return Error::make(Error::Code::NotFound,
            QCoreApplication::translate("cooc::AccountRepository", "The account no longer exists."));
    return count.value().toInt();
}

Status AccountRepository::lock(qint64 accountId, const QDateTime &until) const
{
    return expectOneRow(
        m_db.exec(QStringLiteral("UPDATE accounts SET locked_until = ?, failed_attempts = 0 WHERE id = ?"),
            { m_db.timestamp(until), accountId }));
}

Result<bool> AccountRepository::recordSuccess(qint64 accountId, const QDateTime &now) const
{
    const QVariant at = m_db.timestamp(now);
    auto q = m_db.exec(QStringLiteral("UPDATE accounts SET failed_attempts = 0, locked_until = NULL, last_login_at = ? "
                                      "WHERE id = ? AND (locked_until IS NULL OR locked_until <= ?)"),
        { at, accountId, at });
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Status AccountRepository::setPassword(qint64 accountId, const QString &passwordHash, bool mustChange) const
{
    return expectOneRow(m_db.exec(QStringLiteral("UPDATE accounts SET password_hash = ?, must_change_password = ? "
                                                 "WHERE id = ?"),
        { passwordHash, mustChange, accountId }));
}

Status AccountRepository::setMustChangePassword(qint64 accountId, bool mustChange) const
{
    return expectOneRow(m_db.exec(
        QStringLiteral("UPDATE accounts SET must_change_password = ? WHERE id = ?"), { mustChange, accountId }));
}

Status AccountRepository::setDisabled(qint64 accountId, bool disabled) const
{
    return expectOneRow(
        m_db.exec(QStringLiteral("UPDATE accounts SET disabled = ? WHERE id = ?"), { disabled, accountId }));
}

} // namespace cooc
