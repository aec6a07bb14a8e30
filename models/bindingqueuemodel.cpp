#include "models/bindingqueuemodel.h"

#include "models/bindingrequestrepository.h"
#include "models/clock.h"
#include "models/logging.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QScopedValueRollback>

namespace cooc {

BindingQueueModel::BindingQueueModel(const Clock &clock, QObject *parent) : QAbstractTableModel(parent), m_clock(clock)
{
}

BindingQueueModel::~BindingQueueModel() = default;

void BindingQueueModel::setRepository(const BindingRequestRepository *repository)
{
    m_repository = repository;
    reload();
}

void BindingQueueModel::setRepository(const BindingRequestRepository *repository, const BindingQueueFilter &filter)
{
    m_repository = repository;
    m_filter = filter;
    reload();
}

void BindingQueueModel::setFilter(const BindingQueueFilter &filter)
{
    m_filter = filter;
    reload();
}

void BindingQueueModel::reload()
{
    // The first page is part of the reset, so that a view (and "select the first row") has
    // something at once. Whoever reacts to the reset (a view, QAbstractItemModelTester) and
    // calls fetchMore() meanwhile waits for the reset to finish.
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_repository == nullptr;
    m_lastError.clear();
    QString failure;
    if (m_repository) {
        auto page = m_repository->page(m_filter, 0, m_pageSize);
        if (page) {
            m_rows = page.value();
            m_atEnd = m_rows.size() < m_pageSize;
        } else {
            m_atEnd = true;
            m_lastError = failure = page.error().message;
            qCWarning(lcModels) << "binding queue page failed:" << page.error().detail;
        }
    }
    endResetModel();
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

void BindingQueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

bool BindingQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void BindingQueueModel::fetchMore(const QModelIndex &parent)
{
    // Re-entrant calls (a view or QAbstractItemModelTester reacting to rowsInserted) wait for
    // this page to finish.
    if (parent.isValid() || m_atEnd || !m_repository || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const qint64 beforeId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    auto page = m_repository->page(m_filter, beforeId, m_pageSize);
    if (!page) {
        m_atEnd = true;
        m_lastError = page.error().message;
        qCWarning(lcModels) << "binding queue page failed:" << page.error().detail;
        emit loadFailed(m_lastError);
        return;
    }
    const QList<BindingRequestSummary> &rows = page.value();
    if (rows.size() < m_pageSize)
        m_atEnd = true;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

bool BindingQueueModel::matchesFilter(const BindingRequestSummary &row) const
{
    if (!m_filter.acceptsStatus(row.status))
        return false;
    if (m_filter.verdict && row.verdict != *m_filter.verdict)
        return false;
    if (m_filter.household && row.household != *m_filter.household)
        return false;
    return true;
}

void BindingQueueModel::refreshRequest(qint64 id, bool keepInPlace)
{
    const int row = rowOf(id);
    if (row < 0 || !m_repository)
        return;
    auto fresh = m_repository->summary(id);
    if (!fresh) {
        m_lastError = fresh.error().message;
        emit loadFailed(m_lastError);
        return;
    }
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    if (!fresh.value() || (!keepInPlace && !matchesFilter(*fresh.value()))) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    m_rows[row] = *fresh.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<BindingRequestSummary> BindingQueueModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int BindingQueueModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int BindingQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BindingQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BindingQueueModel::shortDate(const QDateTime &at, const QDate &today)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(Clock::schoolTimeZone());
    const QDate day = local.date();
    if (day == today)
        return local.toString(QStringLiteral("HH:mm"));
    if (day == today.addDays(-1))
        return tr("Yesterday");
    if (day.year() == today.year())
        return local.toString(QStringLiteral("MM/dd"));
    return local.toString(QStringLiteral("yyyy/MM/dd"));
}

QVariant BindingQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BindingRequestSummary &r = m_rows.at(index.row());
    switch (role) {
    case IdRole: return r.id;
    case VersionRole: return r.version;
    case StatusRole: return binding::code(r.status);
    case VerdictRole: return binding::code(r.verdict);
    case HouseholdRole: return binding::code(r.household);
    case EnrollmentRole: return int(r.enrollment);
    case StudentNameRole: return r.studentName;
    case ApplicantEmailRole: return r.applicantEmail;
    case SummaryRole: return QVariant::fromValue(r);
    default: break;
    }
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case StatusColumn:
            return QString((binding::isOpen(r.status) ? QStringLiteral("\u25cf ") : QStringLiteral("\u25cb "))
                           + binding::label(r.status));
        case StudentColumn: return r.studentName;
        case ClassColumn:
            if (r.enrollment != binding::Enrollment::Enrolled)
                return binding::label(r.enrollment);
            return r.seat > 0 ? tr("%1 · %2", "class name · seat").arg(r.className).arg(r.seat) : r.className;
        case ApplicantColumn:
            return tr("%1 (%2)", "applicant name (relationship)").arg(r.applicantName, binding::label(r.relationship));
        case SignatureColumn: return QString(binding::symbol(r.verdict) + QLatin1Char(' ') + binding::label(r.verdict));
        case HouseholdColumn: return QString(binding::symbol(r.household) + QLatin1Char(' ') + binding::label(r.household));
        case SubmittedColumn: return shortDate(r.submittedAt, m_clock.schoolToday());
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (column == SignatureColumn)
            return QBrush(QColor(binding::colorName(r.verdict)));
        if (column == HouseholdColumn)
            return QBrush(QColor(binding::colorName(r.household)));
        if (column == ClassColumn && r.enrollment != binding::Enrollment::Enrolled)
            return QBrush(QColor(QStringLiteral("#c62828")));
        return {};
    }
    if (role == Qt::FontRole && column == StudentColumn && r.status == binding::Status::Pending) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        if (column == ApplicantColumn)
            return r.applicantEmail;
        if (column == SubmittedColumn)
            return r.submittedAt.toTimeZone(Clock::schoolTimeZone()).toString(QStringLiteral("yyyy/MM/dd HH:mm"));
        if (column == StudentColumn && !r.studentNumber.isEmpty())
            return r.studentNumber;
    }
    return {};
}

QVariant BindingQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StatusColumn: return tr("Status");
    case StudentColumn: return tr("Student");
    case ClassColumn: return tr("Class");
    case ApplicantColumn: return tr("Applicant");
    case SignatureColumn: return tr("E-signature");
    case HouseholdColumn: return tr("Household");
    case SubmittedColumn: return tr("Submitted");
    case ColumnCount: break;
    }
    return {};
}

void BindingQueueModel::sort(int column, Qt::SortOrder order)
{
    BindingQueueOrder wanted;
    if (column == SubmittedColumn)
        wanted = order == Qt::DescendingOrder ? BindingQueueOrder::NewestFirst : BindingQueueOrder::OldestFirst;
    else if (column == ClassColumn)
        wanted = order == Qt::DescendingOrder ? BindingQueueOrder::ClassDescending : BindingQueueOrder::ClassAscending;
    else
        return;
    if (wanted == m_filter.order)
        return;
    m_filter.order = wanted;
    reload();
}

int BindingQueueModel::sortColumn(BindingQueueOrder order)
{
    return order == BindingQueueOrder::ClassAscending || order == BindingQueueOrder::ClassDescending ? ClassColumn
                                                                                                       : SubmittedColumn;
}

Qt::SortOrder BindingQueueModel::sortOrder(BindingQueueOrder order)
{
    return order == BindingQueueOrder::NewestFirst || order == BindingQueueOrder::ClassDescending ? Qt::DescendingOrder
                                                                                                    : Qt::AscendingOrder;
}

QHash<int, QByteArray> BindingQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "requestId");
    names.insert(VersionRole, "version");
    names.insert(StatusRole, "status");
    names.insert(VerdictRole, "verdict");
    names.insert(HouseholdRole, "household");
    names.insert(EnrollmentRole, "enrollment");
    names.insert(StudentNameRole, "studentName");
    names.insert(ApplicantEmailRole, "applicantEmail");
    names.insert(SummaryRole, "summary");
    return names;
}

} // namespace cooc
