// A binding request's history for the details pane: its events, and the audit entries that
// record them (merged into one line each), by staff name — never by login.
#include "models/auditlog.h"
#include "models/bindingrequestrepository.h"

#include <QCoreApplication>
#include <QSqlRecord>

#include <algorithm>

namespace cooc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::BindingRequestRepository", text);
}

// The history kind of an audit action on a binding request that records no "event" of its own.
QString eventKindOfAuditAction(const QString &action)
{
    static const QHash<QString, QString> kinds = {
        {QStringLiteral("binding.household_check"), QStringLiteral("household_checked")},
        {QStringLiteral("binding.verify"), QStringLiteral("verified")},
        {QStringLiteral("binding.approve"), QStringLiteral("approved")},
        {QStringLiteral("binding.reject"), QStringLiteral("rejected")},
        {QStringLiteral("binding.request_info"), QStringLiteral("info_requested")},
        {QStringLiteral("parent_view.open"), QStringLiteral("parent_view_opened")},
    };
    return kinds.value(action);
}

} // namespace

Status BindingRequestRepository::readHistory(qint64 id, BindingRequestDetails &d) const
{
    {
        auto rows = m_db.rows(QStringLiteral("SELECT ev.at, ev.kind, st.name, ev.detail, ev.actor_staff_id"
                                             " FROM binding_request_events ev"
                                             " LEFT JOIN staff st ON st.id = ev.actor_staff_id"
                                             " WHERE ev.request_id = ? ORDER BY ev.at, ev.id"),
                              {id});
        if (!rows)
            return rows.error();
        for (const QSqlRecord &r : rows.value()) {
            // A staff member this user may not see (another school's, under row-level security)
            // is named as one, as on the audit lines below; no staff (the parent's own steps): none.
            const QString name = !r.value(2).isNull() ? r.value(2).toString()
                : r.value(4).isNull()                 ? QString()
                                                      : tr("a staff member");
            d.history << BindingHistoryEntry{Database::toDateTime(r.value(0)), r.value(1).toString(), name,
                                             r.value(3).toString(), 0};
        }
    }
    auto audit = AuditLog(m_db).forEntity(QStringLiteral("binding_request"), id);
    if (!audit)
        return audit.error();
    // Who acted, by name: a staff login is the school code and most of the national ID, so it is
    // never shown here.
    QHash<qint64, QString> staffNames;
    const auto staffName = [&](qint64 staffId) -> Result<QString> {
        if (staffId <= 0)
            return tr("the system");
        if (const auto it = staffNames.constFind(staffId); it != staffNames.constEnd())
            return *it;
        auto name = m_db.scalar(QStringLiteral("SELECT name FROM staff WHERE id = ?"), {staffId});
        if (!name)
            return name.error();
        const QString text = name.value().isNull() ? tr("a staff member") : name.value().toString();
        staffNames.insert(staffId, text);
        return text;
    };
    for (const AuditEntry &entry : audit.value()) {
        // A decision or a check writes an event and an audit entry at the same time: one line.
        QString kind = entry.detail.value(QStringLiteral("event")).toString();
        if (kind.isEmpty())
            kind = eventKindOfAuditAction(entry.action);
        bool merged = false;
        for (BindingHistoryEntry &h : d.history) {
            if (h.auditId == 0 && !kind.isEmpty() && h.kind == kind && qAbs(h.at.msecsTo(entry.at)) < 1000) {
                h.auditId = entry.id;
                merged = true;
                break;
            }
        }
        if (merged)
            continue;
        auto actor = staffName(entry.actorStaffId);
        if (!actor)
            return actor.error();
        d.history << BindingHistoryEntry{entry.at, kind.isEmpty() ? entry.action : kind, actor.value(), QString(),
                                         entry.id};
    }
    std::stable_sort(d.history.begin(), d.history.end(),
                     [](const BindingHistoryEntry &a, const BindingHistoryEntry &b) { return a.at < b.at; });
    return okStatus();
}

} // namespace cooc
