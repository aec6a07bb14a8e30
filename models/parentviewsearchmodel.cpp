#include "models/parentviewsearchmodel.h"

namespace cooc {

ParentSearchModel::ParentSearchModel(Fetcher fetcher, int pageSize, QObject *parent)
    : QAbstractListModel(parent)
    , m_fetcher(std::move(fetcher))
    , m_pageSize(std::max(1, pageSize))
{ }

ParentSearchModel::~ParentSearchModel() = default;

void ParentSearchModel::setQuery(const QString &text)
{
    beginResetModel();
    m_query = text.trimmed();
    m_items.clear();
    m_next.reset();
    m_started = false;
    m_error.reset();
    // Views and testers react to our signals by asking for more: not while we emit them.
    m_busy = true;
    endResetModel();
    m_busy = false;
    if (!m_query.isEmpty())
        fetchMore();
}

void ParentSearchModel::setCandidates(const QList<ParentCandidate> &candidates)
{
    beginResetModel();
    m_query.clear();
    m_items = candidates;
    m_next.reset();
    m_started = true;
    m_error.reset();
    m_busy = true;
    endResetModel();
    m_busy = false;
}

int ParentSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ParentSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParentCandidate &c = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = c.parent.name;
        if (!c.parent.email.isEmpty())
            text += QStringLiteral(" <") + c.parent.email + QLatin1Char('>');
        if (!c.note.isEmpty())
            text += QLatin1Char('\n') + c.note;
        return text;
    }
    case Qt::ToolTipRole:
        return c.note.isEmpty() ? c.parent.email : c.note;
    case ParentIdRole:
        return c.parent.id;
    case RequestIdRole:
        return c.requestId;
    case EmailRole:
        return c.parent.email;
    case NameRole:
        return c.parent.name;
    case NoteRole:
        return c.note;
    default:
        return {};
    }
}

bool ParentSearchModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_busy || m_query.isEmpty() || m_error)
        return false;
    return !m_started || m_next.has_value();
}

void ParentSearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_busy = true;
    auto page = m_fetcher(m_query, m_next.value_or(ParentSearchCursor {}), m_pageSize);
    m_started = true;
    if (!page) {
        m_error = page.error();
        m_next.reset();
        m_busy = false;
        emit fetchFailed(page.error());
        return;
    }
    m_next = page.value().next;
    const QList<ParentCandidate> &items = page.value().items;
    if (!items.isEmpty()) {
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + items.size() - 1));
        m_items.append(items);
        endInsertRows();
    }
    m_busy = false;
    emit fetched(int(items.size()));
}

} // namespace cooc
