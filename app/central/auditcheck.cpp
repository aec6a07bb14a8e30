#include "app/central/auditcheck.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlQuery>

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
        // One snapshot for every page of the log and for the heads: read page by page in
        // autocommit, an entry still being written when its page was read (other schools'
        // later entries already committed) was skipped for good, and the next entry of its
        // chain then looked like a removal — a false tamper alarm on a busy log.
        if (Status begun = db.execDdl(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !begun)
            return begun.error();
    }
    const auto end = qScopeGuard([&db] {
        if (db.dialect() == Dialect::Postgres)
            (void)db.execDdl(QStringLiteral("ROLLBACK")); // read only: nothing to keep
    });
    auto report = AuditLog(db).verifyChain();
    if (!report || report.value().firstBrokenId != 0 || db.dialect() != Dialect::Postgres)
        return report;

    AuditLog::ChainReport result = report.value();
    // The heads the insert trigger moves: the single chain of the entries written before
    // per-school chains (audit_chain_head), and each school's (audit_chain_heads). A head that
    // is not its chain's last entry means the newest entries were removed or replaced.
    auto heads = db.exec(
        QStringLiteral("SELECT NULL, h.last_id, h.last_hash, (SELECT max(id) FROM audit_log WHERE chain IS NULL),"
                       " (SELECT hash FROM audit_log WHERE chain IS NULL ORDER BY id DESC LIMIT 1)"
                       " FROM audit_chain_head h"
                       " UNION ALL SELECT h.chain, h.last_id, h.last_hash,"
                       " (SELECT max(id) FROM audit_log WHERE chain = h.chain),"
                       " (SELECT hash FROM audit_log WHERE chain = h.chain ORDER BY id DESC LIMIT 1)"
                       " FROM audit_chain_heads h"
                       " UNION ALL SELECT a.chain, -1, '', min(a.id), '' FROM audit_log a"
                       " WHERE a.chain IS NOT NULL AND NOT EXISTS (SELECT 1 FROM audit_chain_heads h WHERE h.chain = a.chain)"
                       " GROUP BY a.chain"),
        {}, Database::Rows::Buffered);
    if (!heads)
        return heads.error();
    bool single = false;
    while (heads.value().next()) {
        const QSqlQuery &q = heads.value();
        const bool isSingle = q.value(0).isNull();
        single = single || isSingle;
        const qint64 headId = q.value(1).toLongLong();
        const QString headHash = q.value(2).toString();
        const qint64 lastId = q.value(3).toLongLong();
        const QString lastHash = q.value(4).toString();
        if (headId == -1) {
            result.firstBrokenId = lastId; // the chain's first entry: no head was ever written for it
            result.problem = tr("the entries of chain %1 were not written through the database's chain trigger")
                                 .arg(q.value(0).toLongLong());
            return result;
        }
        // A school chain's head starts at the single chain's tail (last_id 0) before its first entry.
        const bool empty = q.value(3).isNull();
        if (empty ? (isSingle ? !headHash.isEmpty() : headId != 0) : headHash != lastHash) {
            result.firstBrokenId = headId ? headId : lastId;
            result.problem = tr("the newest entries were removed or replaced: the chain's head is entry %1, but the log "
                                "ends at entry %2")
                                 .arg(headId)
                                 .arg(lastId);
            return result;
        }
    }
    if (!single)
        return Error::make(Error::Code::Corrupt, tr("The audit chain's head record is missing: the log cannot be trusted."));
    return result;
}

} // namespace cooc::central
