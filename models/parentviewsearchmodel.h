#pragma once

#include "models/parentviewrepository.h"

#include <QAbstractListModel>

#include <functional>
#include <optional>

namespace cooc {

// The parent picker's result list: lazy, one keyset page per fetchMore(), as the list
// scrolls. The model does not know how to search; it is handed a fetcher (the parent view
// service's search), so it stays a thin adapter over the pages it has been given.
class ParentSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParentSearchModel)

public:
    enum Role {
        ParentIdRole = Qt::UserRole + 1, // qint64; 0 for an applicant without an account
        RequestIdRole, // qint64; the binding request of the line, if any
        EmailRole,
        NameRole,
        NoteRole, // "father of 王小明 · 臺北市立… · 801 · binding active"
    };
    using Fetcher
        = std::function<Result<ParentSearchPage>(const QString &text, const ParentSearchCursor &after, int limit)>;

    explicit ParentSearchModel(Fetcher fetcher, int pageSize = 50, QObject *parent = nullptr);
    ~ParentSearchModel() override;

    // Starts a new search (empty text: an empty list); fetches the first page at once.
    void setQuery(const QString &text);
    const QString &query() const { return m_query; }
    // Shows a fixed list instead (e.g. a student's parents), with nothing more to fetch.
    void setCandidates(const QList<ParentCandidate> &candidates);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    const ParentCandidate &candidate(int row) const { return m_items.at(row); }
    const std::optional<Error> &lastError() const { return m_error; }

signals:
    void fetchFailed(const cooc::Error &error);
    void fetched(int rows);

private:
    Fetcher m_fetcher;
    int m_pageSize;
    QString m_query;
    QList<ParentCandidate> m_items;
    std::optional<ParentSearchCursor> m_next;
    bool m_started = false;
    bool m_busy = false; // no re-entrant fetching while views handle our own signals
    std::optional<Error> m_error;
};

} // namespace cooc
