#pragma once

#include "models/database.h"

#include <QDateTime>

#include <optional>

namespace cooc {

// A row of the local accounts table (embedded mode; in central mode the row only carries
// the must-change-password flag, the password itself is the PostgreSQL role's).
struct AccountRecord
{
    enum class Kind { Staff, Student, Parent };

    qint64 id = 0;
    QString login; // normalised: trimmed, lower case (AccountRules::normalizeLogin)
    Kind kind = Kind::Staff;
    qint64 staffId = 0;
    qint64 studentId = 0;
    qint64 parentId = 0;
    QString passwordHash; // PasswordHasher string; never a password
    bool mustChangePassword = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid = not locked
    bool disabled = false;
    QDateTime createdAt;
    QDateTime lastLoginAt;

    bool isLockedAt(const QDateTime &now) const { return lockedUntil.isValid() && lockedUntil > now; }
    static QString kindCode(Kind kind); // "staff", "student", "parent"
};

// The accounts table. Every method is one prepared statement; callers that change state
// wrap the call and its AuditLog::append in one Transaction.
class AccountRepository final
{
public:
    explicit AccountRepository(const Database &db)
        : m_db(db)
    { }

    Result<std::optional<AccountRecord>> findByLogin(const QString &normalizedLogin) const;
    Result<std::optional<AccountRecord>> find(qint64 accountId) const;
    Result<std::optional<AccountRecord>> findByStaff(qint64 staffId) const;
    // The account of the staff member whose db_role is the connection's session_user
    // (central mode, PostgreSQL only; session_user survives SET ROLE).
    Result<std::optional<AccountRecord>> findForCurrentDbRole() const;

    // Creates an account (demo generator, accounts sync). Exactly one of the three owner ids
    // must match `kind`; `passwordHash` comes from PasswordHasher.
    Result<qint64> create(const AccountRecord &account, const QDateTime &now) const;

    // One more failed attempt; returns the new count (atomic: failed_attempts + 1).
    Result<int> recordFailure(qint64 accountId) const;
    // Locks the account until `until` and starts a fresh count for after the lock.
    Status lock(qint64 accountId, const QDateTime &until) const;
    // A successful login: resets the counter and the lock, records last_login_at. Returns
    // false (and changes nothing) when the account was locked at `now` in the meantime.
    Result<bool> recordSuccess(qint64 accountId, const QDateTime &now) const;
    Status setPassword(qint64 accountId, const QString &passwordHash, bool mustChange) const;
    Status setMustChangePassword(qint64 accountId, bool mustChange) const;
    Status setDisabled(qint64 accountId, bool disabled) const;

private:
    Result<std::optional<AccountRecord>> findOne(const QString &where, const QVariantList &values) const;
    const Database &m_db;
};

} // namespace cooc
