#include "ui/parentviewwidget.h"

#include "app/parentview/parentviewservice.h"
#include "app/parentview/parentviewtext.h"
#include "models/clock.h"
#include "models/parentviewsearchmodel.h"
#include "ui/logging.h"
#include "ui/parentviewsections.h"
#include "ui/widgets/emptystatewidget.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cooc::ui {

namespace {

QTreeWidget *makeList(QWidget *parent, const char *name)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QString::fromLatin1(name));
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

ParentViewWidget::ParentViewWidget(ParentViewService &service, const Actor &actor, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_actor(actor)
    , m_clock(clock)
    , m_results(std::make_unique<ParentSearchModel>(
          [this, &service](const QString &text, const ParentSearchCursor &after, int limit) {
              return service.search(m_actor, text, after, limit);
          },
          ParentViewService::kSearchPage))
{
    setObjectName(QStringLiteral("parentViewWidget"));
    buildLayout();
    retranslate();
}

ParentViewWidget::~ParentViewWidget() = default;

void ParentViewWidget::buildLayout()
{
    // --- Left: find a parent ---------------------------------------------------------------
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("parentSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_resultList = new QListView(this);
    m_resultList->setObjectName(QStringLiteral("parentResultsListView"));
    m_resultList->setModel(m_results.get());
    m_resultList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultList->setUniformItemSizes(false);
    m_resultList->setWordWrap(true);
    m_searchStatus = new QLabel(this);
    m_searchStatus->setObjectName(QStringLiteral("parentSearchStatusLabel"));
    m_searchStatus->setWordWrap(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    m_search->installEventFilter(this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_searchLabel);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_resultList, 1);
    leftLayout->addWidget(m_searchStatus);

    // --- Right: what the parent sees ---------------------------------------------------------
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("parentViewErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    m_error->hide();
    m_empty = new EmptyStateWidget(this);
    m_empty->setObjectName(QStringLiteral("parentViewEmptyState"));
    m_empty->setIcon(QIcon(QStringLiteral(":/icons/parent-view.svg")));

    m_parentHeading = new QLabel(this);
    m_parentHeading->setObjectName(QStringLiteral("parentHeadingLabel"));
    QFont headingFont = m_parentHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_parentHeading->setFont(headingFont);
    m_parentHeading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBannerLabel"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(alternate-base); border: 1px solid palette(mid); padding: 4px; }"));
    m_asOfLabel = new QLabel(this);
    m_asOf = new QDateEdit(this);
    m_asOf->setObjectName(QStringLiteral("asOfDateEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy/MM/dd"));
    m_asOf->setDate(m_clock.schoolToday());
    m_asOf->setMaximumDate(m_clock.schoolToday());
    m_asOfLabel->setBuddy(m_asOf);
    m_today = new QPushButton(this);
    m_today->setObjectName(QStringLiteral("asOfTodayButton"));
    m_asOfTimer = new QTimer(this);
    m_asOfTimer->setSingleShot(true);
    m_asOfTimer->setInterval(400);
    auto *asOfRow = new QHBoxLayout;
    asOfRow->addWidget(m_asOfLabel);
    asOfRow->addWidget(m_asOf);
    asOfRow->addWidget(m_today);
    asOfRow->addStretch(1);

    m_childBar = new QWidget(this);
    m_childBar->setObjectName(QStringLiteral("childSwitcher"));
    auto *childBarLayout = new QHBoxLayout(m_childBar);
    childBarLayout->setContentsMargins(0, 0, 0, 0);
    childBarLayout->addStretch(1);
    m_childGroup = new QButtonGroup(this);
    m_childGroup->setExclusive(true);
    m_childSummary = new QLabel(this);
    m_childSummary->setObjectName(QStringLiteral("childSummaryLabel"));
    m_childSummary->setWordWrap(true);
    m_childSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("sectionsTabWidget"));
    m_grades = makeList(this, "gradesTreeWidget");
    m_absences = makeList(this, "absencesTreeWidget");
    m_merits = makeList(this, "meritsTreeWidget");
    m_swipes = makeList(this, "gateSwipesTreeWidget");
    m_olderSwipes = new QPushButton(this);
    m_olderSwipes->setObjectName(QStringLiteral("olderSwipesButton"));
    auto *swipePane = new QWidget(this);
    auto *swipeLayout = new QVBoxLayout(swipePane);
    swipeLayout->setContentsMargins(0, 0, 0, 0);
    swipeLayout->addWidget(m_swipes, 1);
    swipeLayout->addWidget(m_olderSwipes, 0, Qt::AlignLeft);
    m_notices = makeList(this, "noticesTreeWidget");
    m_leave = makeList(this, "leaveTreeWidget");
    m_contactBook = makeList(this, "contactBookTreeWidget");
    m_activities = makeList(this, "activitiesTreeWidget");
    for (QWidget *w :
        { static_cast<QWidget *>(m_grades), static_cast<QWidget *>(m_absences), static_cast<QWidget *>(m_merits),
            swipePane, static_cast<QWidget *>(m_notices), static_cast<QWidget *>(m_leave),
            static_cast<QWidget *>(m_contactBook), static_cast<QWidget *>(m_activities) })
        m_sections->addTab(w, QString());

    m_childMessage = new QLabel(this);
    m_childMessage->setObjectName(QStringLiteral("childMessageLabel"));
    m_childMessage->setWordWrap(true);
    m_childMessage->setAlignment(Qt::AlignCenter);
    m_childStack = new QStackedWidget(this);
    m_childStack->addWidget(m_sections);
    m_childStack->addWidget(m_childMessage);

    m_whyBox = new QGroupBox(this);
    m_whyBox->setObjectName(QStringLiteral("whyGroupBox"));
    m_why = new QTableWidget(this);
    m_why->setObjectName(QStringLiteral("whyTableWidget"));
    m_why->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_why->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_why->setSelectionMode(QAbstractItemView::SingleSelection);
    m_why->setWordWrap(true);
    m_why->setTextElideMode(Qt::ElideNone);
    m_why->setShowGrid(false);
    m_why->verticalHeader()->hide();
    m_why->setColumnCount(3);
    m_why->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_why->horizontalHeader()->setStretchLastSection(true);
    // Sentences wrap: rows grow to fit whenever a column's width changes.
    connect(m_why->horizontalHeader(), &QHeaderView::sectionResized, this, &ParentViewWidget::fitWhyRows);
    auto *whyLayout = new QVBoxLayout(m_whyBox);
    whyLayout->addWidget(m_why);

    auto *viewSplitter = new QSplitter(Qt::Vertical, this);
    viewSplitter->setObjectName(QStringLiteral("parentViewSectionsSplitter"));
    viewSplitter->addWidget(m_childStack);
    viewSplitter->addWidget(m_whyBox);
    viewSplitter->setStretchFactor(0, 1);
    viewSplitter->setStretchFactor(1, 1);
    viewSplitter->setChildrenCollapsible(false);

    auto *viewPane = new QWidget(this);
    auto *viewLayout = new QVBoxLayout(viewPane);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->addWidget(m_parentHeading);
    viewLayout->addWidget(m_readOnlyBanner);
    viewLayout->addLayout(asOfRow);
    viewLayout->addWidget(m_childBar);
    viewLayout->addWidget(m_childSummary);
    viewLayout->addWidget(viewSplitter, 1);

    m_mainStack = new QStackedWidget(this);
    m_mainStack->setObjectName(QStringLiteral("parentViewStackedWidget"));
    m_mainStack->addWidget(m_empty);
    m_mainStack->addWidget(viewPane);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_mainStack, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("parentViewSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 260, 900 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    // Tab order follows the eye: search, results, day, children, records, reasons.
    setTabOrder(m_search, m_resultList);
    setTabOrder(m_resultList, m_asOf);
    setTabOrder(m_asOf, m_today);
    setTabOrder(m_today, m_sections);
    setTabOrder(m_sections, m_why);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ParentViewWidget::openFirstOrCurrent);
    connect(m_searchTimer, &QTimer::timeout, this, &ParentViewWidget::runSearch);
    connect(m_resultList, &QAbstractItemView::activated, this, &ParentViewWidget::openCandidate);
    connect(m_results.get(), &ParentSearchModel::fetchFailed, this,
        [this](const Error &error) { showError(error, tr("The search failed")); });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        updateAsOfText();
        if (!m_updating && m_view)
            m_asOfTimer->start();
    });
    connect(m_asOfTimer, &QTimer::timeout, this, &ParentViewWidget::reload);
    connect(m_today, &QPushButton::clicked, this, [this] { setAsOfDay(m_clock.schoolToday()); });
    connect(m_childGroup, &QButtonGroup::idToggled, this, [this](int index, bool checked) {
        if (checked && !m_updating)
            showChild(index);
    });
    connect(m_olderSwipes, &QPushButton::clicked, this, &ParentViewWidget::loadOlderSwipes);

    // Next / previous child from anywhere in the view.
    auto *nextChild = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown), this);
    auto *previousChild = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp), this);
    connect(nextChild, &QShortcut::activated, this, [this] {
        if (const int n = int(m_childButtons.size()))
            setCurrentChild((m_currentChild + 1) % n);
    });
    connect(previousChild, &QShortcut::activated, this, [this] {
        if (const int n = int(m_childButtons.size()))
            setCurrentChild((m_currentChild + n - 1) % n);
    });
    m_mainStack->setCurrentWidget(m_empty);
}

void ParentViewWidget::retranslate()
{
    m_searchLabel->setText(tr("&Find a parent"));
    m_search->setPlaceholderText(tr("E-mail, name, student number or #request"));
    m_search->setToolTip(tr("An e-mail or its beginning, a parent's name or its beginning, a student number (that "
                            "student's parents), or # and a binding request number. Ctrl+F. Enter opens the "
                            "first match; ↓ moves to the list."));
    m_empty->setTitle(tr("No parent open"));
    m_empty->setText(tr("Find a parent on the left to see exactly what they see in the CooC app on a given day, "
                        "and why anything is hidden from them. Opening a parent's view is recorded in the "
                        "audit log."));
    m_asOfLabel->setText(tr("As &of:"));
    m_asOf->setToolTip(tr("See what the parent saw on an earlier day: the one-day lag, the binding and the "
                          "enrollment are applied as they were that day."));
    m_today->setText(tr("&Today"));
    m_childBar->setToolTip(tr("The parent's children, as the app's switcher shows them (arrow keys, or Alt+PgDown / "
                              "Alt+PgUp from anywhere)."));
    const QStringList sectionTitles = { tr("&Grades"), tr("&Absences"), tr("&Merits/demerits"), tr("Gate &swipes"),
        tr("&Notices"), tr("&Leave"), tr("&Contact book"), tr("Acti&vities") };
    for (int i = 0; i < sectionTitles.size(); ++i)
        m_sections->setTabText(i, sectionTitles.at(i));
    m_olderSwipes->setText(tr("Show &earlier swipes"));
    updateAsOfText();
    if (m_view)
        showView();
    else
        m_searchStatus->clear();
}

void ParentViewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ParentViewWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_results->rowCount() > 0) {
            m_resultList->setFocus();
            if (!m_resultList->currentIndex().isValid())
                m_resultList->setCurrentIndex(m_results->index(0));
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && m_childButtons.contains(watched)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int n = int(m_childButtons.size());
        int step = 0;
        if (key->key() == Qt::Key_Right || key->key() == Qt::Key_Down)
            step = 1;
        else if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Up)
            step = n - 1;
        if (step && n > 0 && key->modifiers() == Qt::NoModifier) {
            setCurrentChild((m_currentChild + step) % n);
            m_childButtons.at(m_currentChild)->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- Finding and opening a parent -------------------------------------------------------------

void ParentViewWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ParentViewWidget::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchTimer->stop();
    runSearch();
}

void ParentViewWidget::runSearch()
{
    m_searchTimer->stop();
    m_error->hide();
    m_listedFromStudent = false;
    m_results->setQuery(m_search->text());
    if (m_search->text().trimmed().isEmpty())
        m_searchStatus->clear();
    else if (m_results->lastError())
        m_searchStatus->setText(tr("The search failed."));
    else if (m_results->rowCount() == 0)
        m_searchStatus->setText(tr("No parent matches \"%1\".").arg(m_search->text().trimmed()));
    else
        m_searchStatus->setText(m_results->canFetchMore() ? tr("More matches load as you scroll.") : QString());
}

void ParentViewWidget::showParentsOfStudent(qint64 studentId)
{
    auto parents = m_service.parentsOfStudent(studentId);
    if (!parents) {
        showError(parents.error(), tr("The student's parents could not be listed"));
        return;
    }
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_results->setCandidates(parents.value());
    m_listedFromStudent = true;
    m_searchStatus->setText(
        parents.value().isEmpty() ? tr("No parent is bound to this student or has applied.") : QString());
}

void ParentViewWidget::openFirstOrCurrent()
{
    if (m_searchTimer->isActive() || m_results->query() != m_search->text().trimmed())
        runSearch();
    QModelIndex index = m_resultList->currentIndex();
    if (!index.isValid() && m_results->rowCount() > 0)
        index = m_results->index(0);
    if (index.isValid())
        openCandidate(index);
}

void ParentViewWidget::openCandidate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_resultList->setCurrentIndex(index);
    const ParentCandidate &c = m_results->candidate(index.row());
    if (c.requestId)
        open(0, c.requestId);
    else
        open(c.parent.id, 0, m_listedFromStudent);
}

void ParentViewWidget::openParent(qint64 parentId)
{
    open(parentId, 0);
}

void ParentViewWidget::openBindingRequest(qint64 requestId)
{
    open(0, requestId);
}

void ParentViewWidget::reload()
{
    m_asOfTimer->stop();
    if (m_openParentId || m_openRequestId)
        open(m_openParentId, m_openRequestId);
}

void ParentViewWidget::setAsOfDay(QDate day)
{
    m_asOf->setDate(day); // dateChanged reopens the view (debounced)
    if (m_asOfTimer->isActive())
        reload();
}

void ParentViewWidget::open(qint64 parentId, qint64 requestId, bool fromStudent)
{
    const auto via = fromStudent ? ParentViewService::Via::Student : ParentViewService::Via::Search;
    const QDateTime asOf = m_service.asOfForDay(m_asOf->date());
    auto view = requestId ? m_service.openFromBindingRequest(m_actor, requestId, asOf)
                          : m_service.open(m_actor, parentId, asOf, via);
    if (!view) {
        showError(view.error(), tr("The parent view could not be opened"));
        return;
    }
    const qint64 previousStudent
        = m_view && currentChildIndex() >= 0 ? m_view->children.at(currentChildIndex()).student.id : 0;
    const bool sameParent = m_view && m_openParentId == parentId && m_openRequestId == requestId;
    m_openParentId = parentId;
    m_openRequestId = requestId;
    m_view = std::move(view).value();
    m_error->hide();
    showView();
    // Keep the same child on screen when only the day changed.
    if (sameParent) {
        for (int i = 0; i < m_view->children.size(); ++i) {
            if (m_view->children.at(i).student.id == previousStudent)
                setCurrentChild(i);
        }
    }
    qCInfo(lcUi) << "parent view shown, children:" << m_view->children.size();
    emit opened(*m_view);
}

void ParentViewWidget::showError(const Error &error, const QString &what)
{
    m_error->setText(tr("%1: %2 Nothing was changed.").arg(what, error.message));
    m_error->show();
    emit failed(error);
}

// --- Showing the view ---------------------------------------------------------------------------

void ParentViewWidget::updateAsOfText()
{
    if (!m_view) {
        m_readOnlyBanner->clear();
        return;
    }
    const QString who = m_view->parent.name;
    m_readOnlyBanner->setText(m_view->asOfIsNow
            ? tr("Read-only. This is what %1 sees in the CooC app now (%2). Nothing here can be changed.")
                  .arg(who, visibility::formatDateTime(m_view->asOf))
            : tr("Read-only. This is what %1 saw in the CooC app at the end of %2. Nothing here can be changed.")
                  .arg(who, visibility::formatDate(m_view->asOfDay)));
}

void ParentViewWidget::showView()
{
    if (!m_view) {
        m_mainStack->setCurrentWidget(m_empty);
        return;
    }
    const ParentView &v = *m_view;
    QStringList heading = { v.parent.name };
    if (!v.parent.email.isEmpty())
        heading << v.parent.email;
    if (!v.parent.nationalIdMasked.isEmpty())
        heading << v.parent.nationalIdMasked;
    if (!v.parent.id)
        heading << tr("applicant, no account yet");
    m_parentHeading->setText(heading.join(QStringLiteral(" · ")));
    m_mainStack->setCurrentIndex(1); // visible first: a hidden QTabBar does not update its size
    m_updating = true;
    m_asOf->setMaximumDate(m_clock.schoolToday());
    m_asOf->setDate(v.asOfDay);
    updateAsOfText();

    const int keep = m_currentChild;
    for (QToolButton *b : std::as_const(m_childButtons)) {
        m_childGroup->removeButton(b);
        delete b;
    }
    m_childButtons.clear();
    m_currentChild = -1;
    const QIcon hiddenIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto *barLayout = static_cast<QHBoxLayout *>(m_childBar->layout());
    QWidget *previous = m_today;
    for (int i = 0; i < v.children.size(); ++i) {
        const ChildView &c = v.children.at(i);
        auto *button = new QToolButton(m_childBar);
        button->setObjectName(QStringLiteral("childButton%1").arg(i));
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::StrongFocus);
        // Two lines, as the app labels a child: the name (and whether it is hidden), then
        // the school and the class.
        const QString place = c.label().section(QStringLiteral(" · "), 1);
        if (c.visible) {
            button->setText(c.student.name + QLatin1Char('\n') + place);
        } else {
            button->setIcon(hiddenIcon);
            button->setText(tr("%1 (hidden)").arg(c.student.name) + QLatin1Char('\n') + place);
        }
        QStringList tip = { c.label() };
        if (!c.relationship.isEmpty())
            tip << tr("The parent is the %1.").arg(parentviewtext::relationship(c.relationship));
        for (const visibility::Explanation &e : c.childReasons)
            tip << e.text;
        button->setToolTip(tip.join(QLatin1Char('\n')));
        button->setAccessibleName(c.label());
        button->installEventFilter(this); // ← → move between children
        m_childGroup->addButton(button, i);
        barLayout->insertWidget(i, button);
        m_childButtons << button;
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_sections);
    m_updating = false;
    if (v.children.isEmpty()) {
        m_childSummary->setText(v.parent.id ? tr("This parent has no children bound or applied for.")
                                            : tr("This applicant has no children bound or applied for."));
        m_childMessage->setText(tr("The app shows this parent no child."));
        m_childStack->setCurrentWidget(m_childMessage);
        showWhyPanel();
        return;
    }
    showChild(keep >= 0 && keep < v.children.size() ? keep : 0);
}

int ParentViewWidget::currentChildIndex() const
{
    return m_currentChild;
}

void ParentViewWidget::setCurrentChild(int index)
{
    showChild(index);
}

void ParentViewWidget::showChild(int index)
{
    if (!m_view || index < 0 || index >= m_view->children.size())
        return;
    m_currentChild = index;
    if (!m_childButtons.at(index)->isChecked()) {
        m_updating = true;
        m_childButtons.at(index)->setChecked(true);
        m_updating = false;
    }
    const ChildView &c = m_view->children.at(index);
    QStringList summary = { c.student.name };
    if (c.enrollment) {
        const EnrollmentRow &e = *c.enrollment;
        summary << e.schoolName;
        if (e.classId)
            summary << tr("class %1, seat %2").arg(e.className).arg(e.seat);
        summary << tr("student number %1").arg(e.studentNumber) << parentviewtext::enrollmentStatus(e.status);
    }
    if (!c.relationship.isEmpty())
        summary << tr("the parent is the %1").arg(parentviewtext::relationship(c.relationship));
    summary << (c.visible ? tr("the parent sees this child") : tr("HIDDEN from the parent"));
    m_childSummary->setText(summary.join(QStringLiteral(" · ")));

    if (!c.visible) {
        m_childMessage->setText(
            tr("The app does not show %1 to this parent on this day, so none of the child's "
               "records are visible. \"Why can't they see…?\" below says why and what would fix it.")
                .arg(c.student.name));
        m_childStack->setCurrentWidget(m_childMessage);
    } else if (!c.inScope) {
        m_childMessage->setText(tr("The parent sees %1 in the app, but the child is not in your class or school: "
                                   "only the staff of %2 can look at these records.")
                                    .arg(c.student.name, c.enrollment ? c.enrollment->schoolName : QString()));
        m_childStack->setCurrentWidget(m_childMessage);
    } else {
        parentviewsections::fillGrades(m_grades, c);
        parentviewsections::fillAbsences(m_absences, c);
        parentviewsections::fillMerits(m_merits, c);
        parentviewsections::fillGateSwipes(m_swipes, c);
        parentviewsections::fillNotices(m_notices, c);
        parentviewsections::fillLeave(m_leave, c);
        parentviewsections::fillContactBook(m_contactBook, c);
        parentviewsections::fillActivities(m_activities, c);
        m_olderSwipes->setVisible(c.moreGateSwipes);
        m_childStack->setCurrentWidget(m_sections);
    }
    showWhyPanel();
}

void ParentViewWidget::showWhyPanel()
{
    if (!m_view)
        return;
    const int count = parentviewsections::fillWhy(m_why, *m_view, currentChildIndex());
    // What | Why | Fix: the name gets a quarter, the two sentences share the rest.
    const int width = m_why->viewport()->width();
    m_why->setColumnWidth(0, width / 4);
    m_why->setColumnWidth(1, width * 2 / 5);
    fitWhyRows();
    m_whyBox->setTitle(count ? tr("Why can't they see…? (%n hidden)", nullptr, count) : tr("Why can't they see…?"));
}

void ParentViewWidget::fitWhyRows()
{
    // Rows as tall as their wrapped sentences, plus room for CJK fallback glyphs, which are
    // taller than the Latin font the size hint measures.
    m_why->resizeRowsToContents();
    const int padding = fontMetrics().height() / 3;
    for (int row = 0; row < m_why->rowCount(); ++row)
        m_why->setRowHeight(row, m_why->rowHeight(row) + padding);
}

void ParentViewWidget::loadOlderSwipes()
{
    const int index = currentChildIndex();
    if (!m_view || index < 0 || index >= m_view->children.size())
        return;
    ChildView &c = m_view->children[index];
    bool more = false;
    auto page = m_service.olderGateSwipes(*m_view, c.student.id, &more);
    if (!page) {
        showError(page.error(), tr("Earlier gate swipes could not be loaded"));
        return;
    }
    c.gateSwipes << page.value();
    c.moreGateSwipes = more;
    parentviewsections::fillGateSwipes(m_swipes, c);
    m_olderSwipes->setVisible(more);
    if (!more)
        m_swipes->setFocus();
}

} // namespace cooc::ui
