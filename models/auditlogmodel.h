#pragma once

#include "models/auditlog.h"

#include <QAbstractTableModel>

#include <optional>

namespace cooc {

// The school's audit trail for a read-only list, newest first, loaded lazily: the view asks
// for more (canFetchMore/fetchMore) as it scrolls, and each fetch is one keyset page of
// AuditLog::page(). Nothing is loaded until a view (or a caller) asks.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, EntityColumn, DetailColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64
        ActionCodeRole,                 // "auth.login" …
        EntityCodeRole,                 // "account" …
        TimestampRole,                  // QDateTime, UTC
        DetailJsonRole,                 // the detail as indented JSON text
    };

    // `db` must outlive the model and belong to the model's thread.
    AuditLogModel(const Database &db, const AuditLog::Scope &scope, int pageSize = 200, QObject *parent = nullptr);
    ~AuditLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // Forgets what was loaded; the view then fetches the newest page again (F5).
    void reload();
    // Tells views to re-read every text (after a language switch).
    void retranslate();
    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    // The error of the last fetch, if it failed (message for the user); cleared by reload().
    const std::optional<Error> &lastError() const { return m_error; }
    int pageSize() const { return m_pageSize; }

    // Words for the codes the log stores, translated ("auth.login" → "Logged in").
    static QString actionLabel(const QString &action);
    static QString entityLabel(const QString &entity);
    // Taipei time, "2026/11/28 14:05:09".
    static QString timeLabel(const QDateTime &utc);

signals:
    void fetchFailed(const cooc::Error &error);
    void fetched(int rows); // after each successful fetch, with the number of new rows

private:
    const Database &m_db;
    AuditLog::Scope m_scope;
    int m_pageSize;
    QList<AuditEntry> m_entries;
    bool m_atEnd = false;
    bool m_fetching = false;
    std::optional<Error> m_error;
};

} // namespace cooc
