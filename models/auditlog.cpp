#include "models/auditlog.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSqlRecord>

#include <limits>

namespace cooc {

namespace {

const QString kColumns = QStringLiteral("id, at, school_id, actor_login, actor_staff_id, action, entity, entity_id, "
                                        "detail, prev_hash, hash, chain");

template<typename Row> // QSqlQuery (a page) or QSqlRecord (an entity's entries)
AuditEntry fromRow(const Row &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = Database::toDateTime(q.value(1));
    e.schoolId = q.value(2).toLongLong();
    e.actorLogin = q.value(3).toString();
    e.actorStaffId = q.value(4).toLongLong();
    e.action = q.value(5).toString();
    e.entity = q.value(6).toString();
    e.entityId = q.value(7).toLongLong();
    e.detailText = q.value(8).toString();
    e.detail = QJsonDocument::fromJson(e.detailText.toUtf8()).object();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    if (!q.value(11).isNull())
        e.chain = q.value(11).toLongLong();
    return e;
}

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QString AuditLog::contentHash(const QString &prevHash, const AuditEntry &e)
{
    // Canonical content: fields joined by U+001F, detail as stored (append() stores compact
    // JSON, keys sorted by QJsonObject). PostgreSQL's cooc_audit_hash() is the same formula.
    const QString sep(QChar(0x1f));
    const QString detailText = e.detailText.isNull()
        ? QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact))
        : e.detailText;
    const QString content = prevHash + sep + e.at.toUTC().toString(Qt::ISODateWithMs) + sep
        + QString::number(e.schoolId) + sep + e.actorLogin + sep + QString::number(e.actorStaffId) + sep + e.action
        + sep + e.entity + sep + QString::number(e.entityId) + sep + detailText;
    return QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<qint64> AuditLog::append(const Actor &actor, const QString &action, const QString &entity, qint64 entityId,
                                const QJsonObject &detail, const QDateTime &at) const
{
    return appendText(actor, action, entity, entityId, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
                  at);
}

Result<qint64> AuditLog::appendText(const Actor &actor, const QString &action, const QString &entity, qint64 entityId,
                                    const QString &detailJson, const QDateTime &at) const
{
    AuditEntry e;
    // Millisecond precision on both dialects, so the hash can be recomputed from the row.
    e.at = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    e.schoolId = actor.schoolId;
    e.actorLogin = actor.login;
    e.actorStaffId = actor.staffId;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.detailText = detailJson;

    // PostgreSQL: the trigger links the entry to the chain under a row lock on the chain's
    // head (a staff member's row-level security would hide other schools' tail anyway).
    // SQLite: this connection already holds the write lock (BEGIN IMMEDIATE).
    e.prevHash = e.hash = QStringLiteral(""); // NOT NULL; replaced by the trigger on PostgreSQL
    e.chain = e.schoolId;
    if (m_db.dialect() == Dialect::Sqlite) {
        // The school chain's last entry; a school's first entry follows the single chain of the
        // entries written before per-school chains ("" when there are none).
        auto prev = m_db.scalar(QStringLiteral("SELECT COALESCE((SELECT hash FROM audit_log WHERE chain = ? ORDER BY id DESC "
                                               "LIMIT 1), (SELECT hash FROM audit_log WHERE chain IS NULL ORDER BY id DESC "
                                               "LIMIT 1), '')"),
                                {*e.chain});
        if (!prev)
            return prev.error();
        e.prevHash = prev.value().toString();
        e.hash = contentHash(e.prevHash, e);
    }
    return m_db.insert(QStringLiteral("INSERT INTO audit_log (at, school_id, actor_login, actor_staff_id, action, "
                                      "entity, entity_id, detail, prev_hash, hash, chain) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {m_db.timestamp(e.at), nullableId(e.schoolId), e.actorLogin, nullableId(e.actorStaffId),
                        e.action, e.entity, nullableId(e.entityId), e.detailText, e.prevHash, e.hash, *e.chain});
}

Result<QList<AuditEntry>> AuditLog::page(const Scope &scope, qint64 beforeId, int limit) const
{
    const qint64 before = beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max();
    auto q = scope.actorStaffId == 0
                 ? m_db.exec(QStringLiteral("SELECT ") + kColumns
                                 + QStringLiteral(" FROM audit_log WHERE school_id = ? AND id < ? "
                                                  "ORDER BY id DESC LIMIT ?"),
                             {scope.schoolId, before, limit})
                 : m_db.exec(QStringLiteral("SELECT ") + kColumns
                                 + QStringLiteral(" FROM audit_log WHERE school_id = ? AND actor_staff_id = ? "
                                                  "AND id < ? ORDER BY id DESC LIMIT ?"),
                             {scope.schoolId, scope.actorStaffId, before, limit});
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q.value().next())
        entries << fromRow(q.value());
    return entries;
}

Result<QList<AuditEntry>> AuditLog::forEntity(const QString &entity, qint64 entityId) const
{
    // A kept statement: the details pane reads it for every request it shows.
    auto rows = m_db.rows(QStringLiteral("SELECT ") + kColumns
                              + QStringLiteral(" FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"),
                          {entity, entityId});
    if (!rows)
        return rows.error();
    QList<AuditEntry> entries;
    for (const QSqlRecord &r : rows.value())
        entries << fromRow(r);
    return entries;
}

Result<AuditLog::ChainReport> AuditLog::verifyChain() const
{
    ChainReport report;
    QString single;                // the tail of the single chain written before per-school chains
    QHash<qint64, QString> tails;  // each school chain's tail
    qint64 lastId = 0;
    // Keyset pages so that a city-sized log streams in constant memory.
    for (;;) {
        auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns
                               + QStringLiteral(" FROM audit_log WHERE id > ? ORDER BY id LIMIT 5000"),
                           {lastId}, Database::Rows::Buffered);
        if (!q)
            return q.error();
        int rows = 0;
        while (q.value().next()) {
            ++rows;
            const AuditEntry e = fromRow(q.value());
            lastId = e.id;
            ++report.checked;
            if (e.chain && *e.chain != e.schoolId) {
                report.firstBrokenId = e.id;
                report.problem = QStringLiteral("entry %1 was moved to another school's chain").arg(e.id);
                return report;
            }
            if (!e.chain && !tails.isEmpty()) {
                report.firstBrokenId = e.id;
                report.problem = QStringLiteral("entry %1 was taken out of its school's chain").arg(e.id);
                return report;
            }
            const QString prevHash = e.chain ? tails.value(*e.chain, single) : single;
            if (e.prevHash != prevHash) {
                report.firstBrokenId = e.id;
                report.problem = QStringLiteral("entry %1 does not follow the previous entry (a row was removed or "
                                                "reordered)").arg(e.id);
                return report;
            }
            if (contentHash(prevHash, e) != e.hash) {
                report.firstBrokenId = e.id;
                report.problem = QStringLiteral("entry %1 was changed after it was written").arg(e.id);
                return report;
            }
            if (e.chain)
                tails.insert(*e.chain, e.hash);
            else
                single = e.hash;
        }
        if (rows < 5000)
            break;
    }
    return report;
}

} // namespace cooc
