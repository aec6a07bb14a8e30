#pragma once

#include "models/bindingrequest.h"

#include <QAbstractTableModel>

namespace cooc {

class BindingRequestRepository;
class Clock;

// The review queue as a lazy table: rows arrive a keyset page at a time through
// canFetchMore()/fetchMore(); nothing loads the whole table. The order is the filter's
// (BindingQueueOrder), applied by the repository's query; sort() maps the Submitted and Class
// columns onto it. The model adapts the repository's rows; it does not store anything the
// repository does not return.
class BindingQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, StudentColumn, ClassColumn, ApplicantColumn, SignatureColumn, HouseholdColumn,
                  SubmittedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        VersionRole,               // int
        StatusRole,                // status code (pending, …)
        VerdictRole,               // verdict code (TOTAL_PASSED, …)
        HouseholdRole,             // household code (MATCH, …)
        EnrollmentRole,            // int(binding::Enrollment)
        StudentNameRole,
        ApplicantEmailRole,
        SummaryRole,               // the whole BindingRequestSummary
    };
    Q_ENUM(Column)

    // `clock` gives "today" for the submitted column; both must outlive the model.
    explicit BindingQueueModel(const Clock &clock, QObject *parent = nullptr);
    ~BindingQueueModel() override;

    // The repository the rows come from (not owned; nullptr empties the model). Each of these
    // reloads the first page once.
    void setRepository(const BindingRequestRepository *repository);
    void setRepository(const BindingRequestRepository *repository, const BindingQueueFilter &filter);
    void setFilter(const BindingQueueFilter &filter);
    const BindingQueueFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    // Starts again from the first page (F5, filter change).
    void reload();
    // The texts are translated when they are shown: tell the views to re-read them.
    void retranslate();
    // Re-reads one request after a decision; it leaves the list when it no longer matches the
    // filter, unless `keepInPlace` (the reviewer should see what happened to it: a colleague
    // decided it first). Such a row goes at the next reload.
    void refreshRequest(qint64 id, bool keepInPlace = false);

    std::optional<BindingRequestSummary> summaryAt(int row) const;
    int rowOf(qint64 id) const;
    bool atEnd() const { return m_atEnd; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Submitted: descending = newest first; Class: by grade, class, seat. Other columns keep
    // the order (it is not theirs to set). Reloads from the first page.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The column and direction of an order (for the header's sort indicator).
    static int sortColumn(BindingQueueOrder order);
    static Qt::SortOrder sortOrder(BindingQueueOrder order);
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // "14:05" today, "Yesterday", "11/25" this year, "2025/11/25" before (Taipei time).
    static QString shortDate(const QDateTime &at, const QDate &today);
    bool matchesFilter(const BindingRequestSummary &row) const;

signals:
    // A page could not be read; the list keeps what it has. `message` is for the user.
    void loadFailed(const QString &message);

private:
    const Clock &m_clock;
    const BindingRequestRepository *m_repository = nullptr;
    BindingQueueFilter m_filter;
    QList<BindingRequestSummary> m_rows;
    int m_pageSize = 100;
    bool m_atEnd = true;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace cooc
