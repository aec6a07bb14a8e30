#include "ui/bindings/bindingqueuewidget.h"

#include "models/bindingqueuemodel.h"
#include "models/bindingrequestrepository.h"
#include "ui/widgets/emptystatewidget.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cooc::ui {

namespace {

QComboBox *combo(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void restore(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

// The status drop-down's entry for "waiting for me" (pending + info_requested).
const QString kWaiting = QStringLiteral("waiting");

} // namespace

BindingQueueWidget::BindingQueueWidget(BindingQueueModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_search(new QLineEdit(this)),
      m_status(combo(this, QStringLiteral("statusComboBox"))), m_class(combo(this, QStringLiteral("classComboBox"))),
      m_verdict(combo(this, QStringLiteral("verdictComboBox"))),
      m_household(combo(this, QStringLiteral("householdComboBox"))), m_sort(combo(this, QStringLiteral("sortComboBox"))),
      m_fastTrack(new QPushButton(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)), m_empty(new EmptyStateWidget(this)),
      m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("bindingQueueWidget"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_fastTrack->setObjectName(QStringLiteral("fastTrackButton"));
    m_table->setObjectName(QStringLiteral("queueTableView"));
    m_empty->setObjectName(QStringLiteral("queueEmptyState"));
    m_empty->setIcon(QIcon(QStringLiteral(":/icons/bindings.svg")));

    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(BindingQueueModel::StatusColumn, 96);
    m_table->setColumnWidth(BindingQueueModel::StudentColumn, 90);
    m_table->setColumnWidth(BindingQueueModel::ClassColumn, 72);
    m_table->setColumnWidth(BindingQueueModel::ApplicantColumn, 130);
    m_table->setColumnWidth(BindingQueueModel::SignatureColumn, 110);
    m_table->setColumnWidth(BindingQueueModel::HouseholdColumn, 90);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_class);
    filters->addWidget(m_verdict);
    filters->addWidget(m_household);
    filters->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_sort);
    top->addWidget(m_fastTrack);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_search, m_sort);
    setTabOrder(m_sort, m_fastTrack);
    setTabOrder(m_fastTrack, m_status);
    setTabOrder(m_status, m_class);
    setTabOrder(m_class, m_verdict);
    setTabOrder(m_verdict, m_household);
    setTabOrder(m_household, m_table);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &BindingQueueWidget::filterChanged);
    m_search->installEventFilter(this);
    // Enter searches at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        emit filterChanged();
    });
    for (QComboBox *box : {m_status, m_class, m_verdict, m_household})
        connect(box, &QComboBox::activated, this, &BindingQueueWidget::filterChanged);
    connect(m_status, &QComboBox::activated, this, &BindingQueueWidget::statusChoiceChanged);
    connect(m_sort, &QComboBox::activated, this, [this] {
        showSortIndicator();
        emit filterChanged();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &BindingQueueWidget::headerClicked);
    connect(m_fastTrack, &QPushButton::clicked, this, &BindingQueueWidget::fastTrackClicked);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &BindingQueueWidget::updateEmptyState);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &BindingQueueWidget::updateEmptyState);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &BindingQueueWidget::updateEmptyState);
    retranslate();
}

BindingQueueWidget::~BindingQueueWidget() = default;

BindingQueueFilter BindingQueueWidget::filter() const
{
    BindingQueueFilter f;
    if (m_status->currentData().toString() == kWaiting)
        f = BindingQueueFilter::waitingForMe();
    else
        f.status = binding::statusFromCode(m_status->currentData().toString());
    f.classId = m_class->currentData().toLongLong();
    f.verdict = binding::verdictFromCode(m_verdict->currentData().toString());
    f.household = binding::householdFromCode(m_household->currentData().toString());
    f.search = m_search->text().trimmed();
    f.order = BindingQueueOrder(m_sort->currentData().toInt());
    return f;
}

// The sidebar's names for the status choices: "" for "waiting for me" (the page's own entry),
// a status code, or "all".
QString BindingQueueWidget::statusChoice() const
{
    if (m_status->currentIndex() < 0)
        return {}; // not filled yet: "waiting for me", the default
    const QString chosen = m_status->currentData().toString();
    return chosen == kWaiting ? QString() : chosen.isEmpty() ? QStringLiteral("all") : chosen;
}

void BindingQueueWidget::setStatusChoice(const QString &choice)
{
    const QString wanted = choice.isEmpty() ? kWaiting : choice == QLatin1String("all") ? QString() : choice;
    const int index = m_status->findData(wanted);
    if (index < 0 || index == m_status->currentIndex())
        return;
    m_status->setCurrentIndex(index);
    emit filterChanged();
}

void BindingQueueWidget::setOrder(BindingQueueOrder order)
{
    restore(m_sort, int(order));
    showSortIndicator();
}

void BindingQueueWidget::headerClicked(int column)
{
    // A click on Submitted or Class sorts by it; a second click reverses. The other columns
    // have no order of their own: the indicator stays where the order is.
    const auto current = BindingQueueOrder(m_sort->currentData().toInt());
    BindingQueueOrder wanted = current;
    if (column == BindingQueueModel::SubmittedColumn)
        wanted = current == BindingQueueOrder::NewestFirst ? BindingQueueOrder::OldestFirst
                                                           : BindingQueueOrder::NewestFirst;
    else if (column == BindingQueueModel::ClassColumn)
        wanted = current == BindingQueueOrder::ClassAscending ? BindingQueueOrder::ClassDescending
                                                              : BindingQueueOrder::ClassAscending;
    setOrder(wanted);
    if (wanted != current)
        emit filterChanged();
}

void BindingQueueWidget::showSortIndicator()
{
    const auto order = BindingQueueOrder(m_sort->currentData().toInt());
    m_table->horizontalHeader()->setSortIndicator(BindingQueueModel::sortColumn(order),
                                                  BindingQueueModel::sortOrder(order));
}

void BindingQueueWidget::fillSortCombo()
{
    const QVariant order = m_sort->count() ? m_sort->currentData() : QVariant(int(BindingQueueOrder::NewestFirst));
    m_sort->clear();
    m_sort->addItem(tr("Newest first"), int(BindingQueueOrder::NewestFirst));
    m_sort->addItem(tr("Oldest first"), int(BindingQueueOrder::OldestFirst));
    //: Sort order of the queue: by class (grade, class, seat), 701 before 801
    m_sort->addItem(tr("By class, ascending"), int(BindingQueueOrder::ClassAscending));
    m_sort->addItem(tr("By class, descending"), int(BindingQueueOrder::ClassDescending));
    restore(m_sort, order);
    showSortIndicator();
}

void BindingQueueWidget::setClasses(const QList<BindingClassOption> &classes)
{
    m_classes = classes;
    fillCombos();
}

void BindingQueueWidget::setCounts(const QHash<binding::Status, int> &counts)
{
    m_counts = counts;
    fillCombos();
}

void BindingQueueWidget::setFastTrackCount(int count)
{
    m_fastTrackCount = count;
    retranslate();
}

int BindingQueueWidget::fastTrackCount() const
{
    return m_fastTrackCount;
}

void BindingQueueWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BindingQueueWidget::fillCombos()
{
    const QVariant status = m_status->count() ? m_status->currentData() : QVariant(kWaiting);
    const QVariant classId = m_class->currentData();
    const QVariant verdict = m_verdict->currentData();
    const QVariant household = m_household->currentData();
    for (QComboBox *box : {m_status, m_class, m_verdict, m_household})
        box->clear();

    if (m_counts.contains(binding::Status::Pending) || m_counts.contains(binding::Status::InfoRequested))
        //: Status filter entry: pending and information-requested requests (their count)
        m_status->addItem(tr("Waiting for me (%1)")
                              .arg(BindingRequestRepository::countText(BindingRequestRepository::waitingTotal(m_counts))),
                          kWaiting);
    else
        m_status->addItem(tr("Waiting for me"), kWaiting);
    m_status->setItemData(0, tr("Pending requests and those returned to the parent for more information"),
                          Qt::ToolTipRole);
    for (binding::Status s : {binding::Status::Pending, binding::Status::InfoRequested, binding::Status::Approved,
                              binding::Status::Rejected, binding::Status::Withdrawn}) {
        if (m_counts.contains(s))
            //: Status filter entry: status (count)
            m_status->addItem(tr("%1 (%2)").arg(binding::label(s), BindingRequestRepository::countText(m_counts.value(s))),
                              binding::code(s));
        else
            m_status->addItem(binding::label(s), binding::code(s));
    }
    m_status->addItem(tr("All statuses"), QString());
    m_class->addItem(tr("All classes"), qint64(0));
    for (const BindingClassOption &c : m_classes)
        m_class->addItem(tr("Class %1").arg(c.name), c.id);
    m_verdict->addItem(tr("All signatures"), QString());
    for (binding::Verdict v : {binding::Verdict::TotalPassed, binding::Verdict::TotalFailed,
                               binding::Verdict::Indeterminate, binding::Verdict::NotVerified,
                               binding::Verdict::NoSignature})
        m_verdict->addItem(binding::symbol(v) + QLatin1Char(' ') + binding::label(v), binding::code(v));
    m_household->addItem(tr("All household checks"), QString());
    for (binding::Household h : {binding::Household::Match, binding::Household::NoMatch,
                                 binding::Household::NotRegisteredInTaipei, binding::Household::Unavailable,
                                 binding::Household::NotChecked})
        m_household->addItem(binding::symbol(h) + QLatin1Char(' ') + binding::label(h), binding::code(h));

    restore(m_status, status);
    restore(m_class, classId.isValid() ? classId : QVariant(qint64(0)));
    restore(m_verdict, verdict.isValid() ? verdict : QVariant(QString()));
    restore(m_household, household.isValid() ? household : QVariant(QString()));
}

void BindingQueueWidget::updateEmptyState()
{
    const bool empty = m_model.rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 1 : 0);
    if (!empty)
        return;
    const BindingQueueFilter f = filter();
    if (!m_model.lastError().isEmpty()) {
        m_empty->setTitle(tr("The requests could not be loaded"));
        m_empty->setText(m_model.lastError() + QLatin1Char(' ') + tr("Press F5 to try again."));
    } else if (!f.search.isEmpty()) {
        m_empty->setTitle(tr("Nothing found"));
        m_empty->setText(tr("No request matches \"%1\". Search by the start of a student's name or number, or of "
                            "the parent's e-mail.")
                             .arg(f.search));
    } else if (f.waiting && f.classId == 0 && !f.verdict && !f.household) {
        m_empty->setTitle(tr("No requests wait for you"));
        m_empty->setText(tr("Parents' binding requests for your students appear here when they are submitted."));
    } else {
        m_empty->setTitle(tr("No requests with these filters"));
        m_empty->setText(tr("Choose other filters to see more requests."));
    }
}

void BindingQueueWidget::retranslate()
{
    m_search->setPlaceholderText(tr("Search student, number, parent e-mail (Ctrl+F)"));
    m_status->setToolTip(tr("Status"));
    m_class->setToolTip(tr("Class"));
    m_verdict->setToolTip(tr("E-signature"));
    m_household->setToolTip(tr("Household check"));
    m_sort->setToolTip(tr("Order of the list (or click the Submitted or Class column header)"));
    m_fastTrack->setText(m_fastTrackCount > BindingRequestRepository::kFastTrackBatch
                             ? tr("Approve all fast-track (%1+)…").arg(BindingRequestRepository::kFastTrackBatch)
                             : tr("Approve all fast-track (%1)…").arg(m_fastTrackCount));
    m_fastTrack->setToolTip(tr("Approve every pending request with a valid e-signature, a matching household check "
                               "and an enrolled student, after a confirmation listing them"));
    m_fastTrack->setEnabled(m_fastTrackCount > 0);
    fillCombos();
    fillSortCombo();
    updateEmptyState();
}

bool BindingQueueWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool toList = key->key() == Qt::Key_Down || (key->key() == Qt::Key_Escape && m_search->text().isEmpty());
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            m_searchTimer->stop();
            emit filterChanged();
            return true;
        }
        if (key->modifiers() == Qt::NoModifier && toList) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid() && m_model.rowCount() > 0)
                m_table->setCurrentIndex(m_model.index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BindingQueueWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cooc::ui
