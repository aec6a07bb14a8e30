#include "app/central/decisionprobe.h"

#include <QCoreApplication>

namespace cooc::central {

Result<DecisionOutcome> decisionOutcome(const Database &db, const DecisionKey &key)
{
    if (key.action.isEmpty() || key.entity.isEmpty() || !key.sentAt.isValid())
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("cooc::central::DecisionProbe",
                                                       "The decision to look for is incomplete."));
    // AuditLog::append stores milliseconds (PostgreSQL's trigger truncates to them too).
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(key.sentAt.toMSecsSinceEpoch(), Qt::UTC);
    auto found = db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = ? AND entity_id = ? AND action = ?"
                                          " AND at >= ? AND (actor_staff_id = ? OR (? = 0 AND actor_staff_id IS NULL))"),
                           {key.entity, key.entityId, key.action, db.timestamp(at), key.actorStaffId, key.actorStaffId});
    if (!found)
        return found.error();
    return found.value().toLongLong() > 0 ? DecisionOutcome::Committed : DecisionOutcome::NotCommitted;
}

QString describe(DecisionOutcome outcome)
{
    switch (outcome) {
    case DecisionOutcome::Committed:
        return QCoreApplication::translate("cooc::central::DecisionProbe",
                                           "The connection was lost while saving, but your decision was saved.");
    case DecisionOutcome::NotCommitted:
        return QCoreApplication::translate("cooc::central::DecisionProbe",
                                           "The connection was lost while saving: your decision was NOT saved. "
                                           "Nothing you entered was lost; submit it again.");
    }
    return {};
}

} // namespace cooc::central
