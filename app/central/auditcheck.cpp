#include "app/central/auditcheck.h"

#include <QCoreApplication>

namespace cooc::central {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::central::AuditCheck", text);
}
} // namespace

Result<AuditLog::ChainReport> verifyAuditTrail(const Database &db)
{
    if (db.dialect() == Dialect::Postgres) {
        auto staff = db.scalar(QStringLiteral("SELECT cooc_current_staff_id()"));
        if (!staff)
            return staff.error();
        if (!staff.value().isNull())
            return Error::make(Error::Code::PermissionDenied,
                               tr("The audit log can only be verified as the database owner: a staff account sees only "
                                  "part of the log. Connect as the owner role (docs/deploy.md)."));
    }
    auto report = AuditLog(db).verifyChain();
    if (!report || report.value().firstBrokenId != 0 || db.dialect() != Dialect::Postgres)
        return report;

    AuditLog::ChainReport result = report.value();
    auto head = db.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_chain_head"), {}, Database::Rows::Buffered);
    if (!head)
        return head.error();
    if (!head.value().next())
        return Error::make(Error::Code::Corrupt, tr("The audit chain's head record is missing: the log cannot be trusted."));
    const qint64 headId = head.value().value(0).toLongLong();
    const QString headHash = head.value().value(1).toString();
    auto last = db.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"), {}, Database::Rows::Buffered);
    if (!last)
        return last.error();
    const bool any = last.value().next();
    const qint64 lastId = any ? last.value().value(0).toLongLong() : 0;
    const QString lastHash = any ? last.value().value(1).toString() : QString();
    if (headHash != lastHash && !(headHash.isEmpty() && !any)) {
        result.firstBrokenId = headId ? headId : lastId;
        result.problem = tr("the newest entries were removed or replaced: the chain's head is entry %1, but the log "
                            "ends at entry %2")
                             .arg(headId)
                             .arg(lastId);
    }
    return result;
}

} // namespace cooc::central
