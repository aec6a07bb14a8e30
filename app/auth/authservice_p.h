#pragma once

// Helpers shared by authservice.cpp (embedded) and authservice_central.cpp. Not an API.

#include "app/session.h"
#include "models/actor.h"
#include "models/clock.h"
#include "models/database.h"

#include <QJsonObject>

#include <memory>

namespace cooc::auth_detail {

QString tr(const char *text);
Error wrongCredentials();
QString schoolTime(const QDateTime &utc); // "2026-11-28 14:35", Taipei time
// Refuses a database that is newer than this client or not set up at all.
Status checkSchema(const Database &db);
// AuditLog::append on entity "account" inside the caller's transaction.
Status audit(const Database &db, const Actor &actor, const QString &action, qint64 accountId, const QJsonObject &detail,
    const QDateTime &at);
// The same in a transaction of its own (refusals that change nothing else).
Status auditAlone(const Database &db, const Actor &actor, const QString &action, qint64 accountId,
    const QJsonObject &detail, const QDateTime &at);

// Who logged in, and how: what a successful login writes to the audit log and the Session.
struct LoginIdentity
{
    Session::Mode mode;
    Actor actor;
    QString login;
    qint64 accountId; // 0: central login without an accounts row
    bool isDemoSchool;
    bool mustChangePassword;
};

// The end of every successful login, embedded or central: the "auth.login" entry (mode, forced
// password change) in the caller's open `transaction` on `db`, the commit, and then the session
// (term and time by `clock`), which takes `db` over — only then, so that the transaction never
// outlives its connection.
Result<std::unique_ptr<Session>> completeLogin(std::unique_ptr<Database> &db, Transaction &transaction,
    LoginIdentity identity, const Clock &clock, const QDateTime &now);

} // namespace cooc::auth_detail
