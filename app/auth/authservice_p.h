#pragma once

// Helpers shared by authservice.cpp (embedded) and authservice_central.cpp. Not an API.

#include "models/actor.h"
#include "models/database.h"

#include <QJsonObject>

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

} // namespace cooc::auth_detail
