#pragma once

#include "models/actor.h"
#include "models/database.h"

#include <QJsonObject>

#include <optional>

namespace cooc {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 schoolId = 0;
    QString actorLogin;
    qint64 actorStaffId = 0;
    QString action;   // binding.approve, binding.reject, parent_view.open, auth.login_failed, ...
    QString entity;   // binding_request, parent, account, ...
    qint64 entityId = 0;
    QJsonObject detail; // evidence: e.g. the signature report; never a whole national ID
    // The detail exactly as stored (what the hash covers). Empty on an entry not yet written:
    // contentHash then uses the compact JSON of `detail`, which is what append() stores.
    QString detailText;
    QString prevHash;
    QString hash;
    // The hash chain the entry belongs to: its school's (0: entries of no school), or none for
    // entries written before per-school chains (schema version 13), which form one chain.
    std::optional<qint64> chain;
};

// The append-only audit trail. append() must run inside the transaction of the decision it
// records, so the decision and its entry commit or vanish together. Each entry carries
// sha256(prev_hash || canonical content), prev_hash being the hash of the previous entry of the
// same school's chain (one chain per school, so schools never wait for each other's commits):
// editing or deleting a row breaks the chain, and verifyChain() names the first broken entry. On PostgreSQL the database computes prev_hash
// and hash itself (trigger audit_log_chain, migration 0002, same formula), so a client cannot
// forge the chain and needs no view of other schools' entries to extend it.
class AuditLog final
{
public:
    explicit AuditLog(const Database &db) : m_db(db) {}

    Result<qint64> append(const Actor &actor, const QString &action, const QString &entity, qint64 entityId,
                          const QJsonObject &detail, const QDateTime &at) const;
    // The same with the detail as JSON text, stored (and hashed) exactly as given.
    Result<qint64> appendText(const Actor &actor, const QString &action, const QString &entity, qint64 entityId,
                          const QString &detailJson, const QDateTime &at) const;

    // Whose entries a reader may list — the rule of the central policy audit_log_read: a
    // school-wide actor (office staff, school admin) their school's, anybody else their own.
    struct Scope
    {
        qint64 schoolId = 0;
        qint64 actorStaffId = 0; // 0: every actor of the school
        static Scope readableBy(const Actor &actor)
        {
            return {actor.schoolId, actor.isSchoolWide() ? 0 : actor.staffId};
        }
    };

    // Newest first, keyset-paged: entries with id < beforeId (0 = from the newest).
    Result<QList<AuditEntry>> page(const Scope &scope, qint64 beforeId, int limit) const;
    Result<QList<AuditEntry>> forEntity(const QString &entity, qint64 entityId) const;

    struct ChainReport
    {
        qint64 checked = 0;
        qint64 firstBrokenId = 0; // 0 when the chain is intact
        QString problem;
    };
    Result<ChainReport> verifyChain() const;

    static QString contentHash(const QString &prevHash, const AuditEntry &entry);

private:
    const Database &m_db;
};

} // namespace cooc
