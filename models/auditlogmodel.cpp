#include "models/auditlogmodel.h"

#include "models/clock.h"

#include <QJsonDocument>
#include <QScopedValueRollback>

#include <algorithm>

namespace cooc {

AuditLogModel::AuditLogModel(const Database &db, const AuditLog::Scope &scope, int pageSize, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_scope(scope), m_pageSize(std::clamp(pageSize, 1, 5000))
{}

AuditLogModel::~AuditLogModel() = default;

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeLabel(e.at);
        case ActorColumn:
            return e.actorLogin;
        case ActionColumn:
            return actionLabel(e.action);
        case EntityColumn:
            return e.entityId > 0 ? tr("%1 #%2").arg(entityLabel(e.entity)).arg(e.entityId) : entityLabel(e.entity);
        case DetailColumn:
            return e.detail.isEmpty() ? QString()
                                      : QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn)
            return e.action;
        if (index.column() == DetailColumn && !e.detail.isEmpty())
            return QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Indented));
        return {};
    case EntryIdRole:
        return e.id;
    case ActionCodeRole:
        return e.action;
    case EntityCodeRole:
        return e.entity;
    case TimestampRole:
        return e.at;
    case DetailJsonRole:
        return QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Indented));
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Account");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Record");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    // A view (or QAbstractItemModelTester) may ask again from inside rowsInserted: one fetch
    // at a time, or the rows of the outer fetch would be miscounted.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const qint64 before = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    auto page = AuditLog(m_db).page(m_scope, before, m_pageSize);
    if (!page) {
        // Stop asking until reload(): a view would otherwise retry on every scroll.
        m_atEnd = true;
        m_error = page.error();
        emit fetchFailed(page.error());
        return;
    }
    const QList<AuditEntry> &rows = page.value();
    if (rows.size() < m_pageSize)
        m_atEnd = true;
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + rows.size() - 1));
        m_entries.append(rows);
        endInsertRows();
    }
    emit fetched(int(rows.size()));
}

void AuditLogModel::reload()
{
    const QScopedValueRollback<bool> resetting(m_fetching, true); // no fetch inside the reset
    beginResetModel();
    m_entries.clear();
    m_atEnd = false;
    m_error.reset();
    endResetModel();
}

void AuditLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString AuditLogModel::actionLabel(const QString &action)
{
    static const struct
    {
        const char *code;
        const char *label;
    } known[] = {
        {"auth.login", QT_TR_NOOP("Logged in")},
        {"auth.login_failed", QT_TR_NOOP("Login failed")},
        {"auth.locked", QT_TR_NOOP("Account locked")},
        {"auth.lockout", QT_TR_NOOP("Account locked")},
        {"auth.login_refused", QT_TR_NOOP("Login refused")},
        {"auth.password_changed", QT_TR_NOOP("Password changed")},
        {"auth.password_change_failed", QT_TR_NOOP("Password change refused")},
        {"auth.logout", QT_TR_NOOP("Logged out")},
        {"binding.approve", QT_TR_NOOP("Binding approved")},
        {"binding.reject", QT_TR_NOOP("Binding rejected")},
        {"binding.request_info", QT_TR_NOOP("More information requested")},
        {"leave.approve", QT_TR_NOOP("Leave approved")},
        {"leave.reject", QT_TR_NOOP("Leave rejected")},
        {"parent_view.open", QT_TR_NOOP("Parent view opened")},
        {"demo.generate", QT_TR_NOOP("Demo school created")},
    };
    for (const auto &k : known) {
        if (action == QLatin1String(k.code))
            return tr(k.label);
    }
    return action; // a code this version does not know: shown as stored
}

QString AuditLogModel::entityLabel(const QString &entity)
{
    static const struct
    {
        const char *code;
        const char *label;
    } known[] = {
        {"account", QT_TR_NOOP("Account")},
        {"staff", QT_TR_NOOP("Staff member")},
        {"binding_request", QT_TR_NOOP("Binding request")},
        {"leave_request", QT_TR_NOOP("Leave request")},
        {"parent", QT_TR_NOOP("Parent")},
        {"student", QT_TR_NOOP("Student")},
        {"notice", QT_TR_NOOP("Notice")},
        {"school", QT_TR_NOOP("School")},
    };
    for (const auto &k : known) {
        if (entity == QLatin1String(k.code))
            return tr(k.label);
    }
    return entity;
}

QString AuditLogModel::timeLabel(const QDateTime &utc)
{
    return utc.toTimeZone(Clock::schoolTimeZone()).toString(QStringLiteral("yyyy/MM/dd HH:mm:ss"));
}

} // namespace cooc
