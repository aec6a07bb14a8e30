#include "ui/mainwindow.h"

#include "app/session.h"
#include "app/settings.h"
#include "ui/connectionstate.h"
#include "ui/logging.h"
#include "ui/page.h"
#include "ui/pages/pageregistry.h"
#include "ui/prompter.h"
#include "ui/widgets/sidebardelegate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace cooc::ui {

namespace {
const QString kWindowKey = QStringLiteral("mainWindow");

// "Refresh (F5)": tooltips name the shortcut, in the platform's own notation.
QString withShortcut(const QString &text, const QKeySequence &keys)
{
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    plain.remove(QStringLiteral("…"));
    return keys.isEmpty() ? plain : QStringLiteral("%1 (%2)").arg(plain, keys.toString(QKeySequence::NativeText));
}
} // namespace

MainWindow::MainWindow(const PageContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_sidebar(new QListWidget(m_splitter)), m_stack(new QStackedWidget(m_splitter))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cooc-desk.svg")));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar->setObjectName(QStringLiteral("sidebarListWidget"));
    m_stack->setObjectName(QStringLiteral("pageStackedWidget"));

    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setUniformItemSizes(false); // a page's sub-entries are lower
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setMinimumWidth(150);
    m_sidebar->setAutoFillBackground(true);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    for (const PageFactory &make : registeredPages())
        addPage(make(m_context, m_stack));

    createActions();
    createMenus();
    createStatusBar();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_rows.size() || m_selectingRow)
            return;
        const SidebarRow r = m_rows.at(row); // a copy: activated() may change the rows
        Page *p = m_pages.at(r.page);
        // The entry first: a page shown for the first time then loads once, already with it.
        if (r.entry != p->currentSidebarEntry())
            p->showSidebarEntry(r.entry);
        if (m_activePage != r.page) { // another page (not another entry of this one)
            m_activePage = r.page;
            m_stack->setCurrentIndex(r.page);
            p->activated();
            updatePageActions();
            m_context.settings.setCurrentPage(p->pageId());
        }
    });
    connect(&m_context.connection, &ConnectionState::changed, this, &MainWindow::updateStatusBar);
    retranslate();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page)
{
    const int index = int(m_pages.size());
    m_pages.append(page);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
    item->setData(Qt::UserRole, page->pageId());
    m_rows.append({index, QString()});
    connect(page, &Page::pendingCountChanged, this, [this, index] { updateSidebarItem(index); });
    connect(page, &Page::titleChanged, this, [this, index] { updateSidebarItem(index); });
    connect(page, &Page::sidebarEntriesChanged, this, [this, index] { syncSidebarEntries(index); });
    connect(page, &Page::currentSidebarEntryChanged, this, [this, index](const QString &entry) {
        if (currentIndex() == index)
            selectSidebarRow(sidebarRow(index, entry));
    });
    connect(page, &Page::openItemRequested, this, &MainWindow::openItem);
    syncSidebarEntries(index);
}

int MainWindow::sidebarRow(int page, const QString &entry) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).page == page && m_rows.at(row).entry == entry)
            return row;
    }
    return entry.isEmpty() ? -1 : sidebarRow(page); // an entry no longer there: the page's row
}

void MainWindow::selectSidebarRow(int row)
{
    const QScopedValueRollback<bool> guard(m_selectingRow, true);
    m_sidebar->setCurrentRow(row);
}

void MainWindow::syncSidebarEntries(int page)
{
    Page *p = m_pages.value(page);
    const int pageRow = sidebarRow(page);
    if (!p || pageRow < 0)
        return;
    const QList<Page::SidebarEntry> entries = p->sidebarEntries();
    // The rows already there, if they are the same entries, are updated in place (no flicker,
    // the selection stays); otherwise replaced.
    int existing = 0;
    while (pageRow + 1 + existing < m_rows.size() && m_rows.at(pageRow + 1 + existing).page == page)
        ++existing;
    bool same = existing == entries.size();
    for (int i = 0; same && i < existing; ++i)
        same = m_rows.at(pageRow + 1 + i).entry == entries.at(i).id;
    if (!same) {
        const QString selected = m_sidebar->currentRow() >= 0 && m_rows.at(m_sidebar->currentRow()).page == page
            ? m_rows.at(m_sidebar->currentRow()).entry
            : QString();
        const bool wasHere = m_sidebar->currentRow() >= pageRow && m_sidebar->currentRow() <= pageRow + existing;
        const QScopedValueRollback<bool> guard(m_selectingRow, true);
        for (int i = 0; i < existing; ++i) {
            delete m_sidebar->takeItem(pageRow + 1);
            m_rows.removeAt(pageRow + 1);
        }
        for (int i = 0; i < entries.size(); ++i) {
            auto *item = new QListWidgetItem;
            item->setData(Qt::UserRole, p->pageId());
            item->setData(SidebarDelegate::EntryRole, entries.at(i).id);
            m_sidebar->insertItem(pageRow + 1 + i, item);
            m_rows.insert(pageRow + 1 + i, {page, entries.at(i).id});
        }
        if (wasHere)
            m_sidebar->setCurrentRow(sidebarRow(page, selected));
    }
    for (int i = 0; i < entries.size(); ++i) {
        const Page::SidebarEntry &e = entries.at(i);
        QListWidgetItem *item = m_sidebar->item(pageRow + 1 + i);
        item->setText(e.title);
        item->setData(SidebarDelegate::CountRole, e.count);
        item->setData(SidebarDelegate::CountTextRole, e.countText);
        item->setData(SidebarDelegate::WaitingRole, e.waiting);
        const QString spoken = e.count >= 0 ? tr("%1, %2").arg(e.title, e.countText) : e.title;
        item->setToolTip(tr("%1: %2").arg(p->title(), spoken));
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(p->title(), spoken));
    }
}

bool MainWindow::openItem(const QString &pageId, const QString &kind, qint64 id)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->pageId() == pageId) {
            showPage(i);
            return m_pages[i]->openItem(kind, id);
        }
    }
    return false; // this user has no such page
}

int MainWindow::pageCount() const
{
    return int(m_pages.size());
}

Page *MainWindow::page(int index) const
{
    return m_pages.value(index, nullptr);
}

Page *MainWindow::currentPage() const
{
    return page(m_stack->currentIndex());
}

int MainWindow::currentIndex() const
{
    return m_stack->currentIndex();
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_pages.size())
        m_sidebar->setCurrentRow(sidebarRow(index, m_pages.at(index)->currentSidebarEntry()));
}

bool MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->pageId() == pageId) {
            showPage(i);
            return true;
        }
    }
    return false;
}

void MainWindow::createActions()
{
    m_logoutAction = new QAction(QIcon(QStringLiteral(":/icons/logout.svg")), QString(), this);
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    m_logoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_logoutAction, &QAction::triggered, this, [this] {
        saveWindowState();
        emit logoutRequested();
    });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (Page *p = currentPage(); p && p->canRefresh())
            p->refresh();
    });

    m_searchAction = new QAction(QIcon(QStringLiteral(":/icons/search.svg")), QString(), this);
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        if (Page *p = currentPage(); p && p->canSearch())
            p->focusSearch();
    });

    for (int i = 0; i < m_pages.size(); ++i) {
        auto *action = new QAction(m_pages[i]->icon(), QString(), this);
        action->setObjectName(QStringLiteral("goTo_%1_Action").arg(m_pages[i]->pageId()));
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            showPage(i);
            focusPage(i);
        });
        m_goToActions.append(action);
    }

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(QIcon(QStringLiteral(":/icons/cooc-desk.svg")), QString(), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_logoutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_searchAction);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    m_goMenu->addActions(m_goToActions);

    m_pageMenu = menuBar()->addMenu(QString());
    m_pageMenu->setObjectName(QStringLiteral("pageMenu"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_roleLabel = new QLabel(this);
    m_connectionLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    m_roleLabel->setObjectName(QStringLiteral("roleStatusLabel"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));
    const QList<QLabel *> labels = {m_databaseLabel, m_userLabel, m_roleLabel, m_connectionLabel};
    for (int i = 0; i < labels.size(); ++i) {
        if (i > 0) {
            auto *dot = new QLabel(QStringLiteral("·"), this);
            dot->setForegroundRole(QPalette::PlaceholderText);
            statusBar()->addWidget(dot);
        }
        labels[i]->setContentsMargins(4, 0, 4, 0);
        statusBar()->addWidget(labels[i]);
    }
}

void MainWindow::updateSidebarItem(int index)
{
    QListWidgetItem *item = m_sidebar->item(sidebarRow(index));
    Page *p = page(index);
    if (!item || !p)
        return;
    const int count = p->pendingCount();
    item->setText(p->title());
    item->setIcon(p->icon());
    item->setData(SidebarDelegate::CountRole, count);
    const QKeySequence keys = index < m_goToActions.size() ? m_goToActions[index]->shortcut() : QKeySequence();
    QString tip = withShortcut(p->title(), keys);
    const QString countText = count > 0 ? p->pendingCountText() : QString();
    if (count > 0)
        tip += QLatin1Char('\n') + tr("Waiting: %1").arg(countText);
    item->setToolTip(tip);
    item->setData(Qt::AccessibleTextRole, count > 0 ? tr("%1, waiting: %2").arg(p->title(), countText) : p->title());
    if (index < m_goToActions.size()) {
        m_goToActions[index]->setText(p->title());
        m_goToActions[index]->setIcon(p->icon());
        m_goToActions[index]->setToolTip(tip);
    }
}

void MainWindow::updatePageActions()
{
    Page *p = currentPage();
    m_refreshAction->setEnabled(p && p->canRefresh());
    m_searchAction->setEnabled(p && p->canSearch());
    // The page's own actions (the page owns them; clear() only takes them off the menu).
    m_pageMenu->clear();
    const QList<QAction *> actions = p ? p->pageActions() : QList<QAction *>();
    m_pageMenu->addActions(actions);
    m_pageMenu->menuAction()->setVisible(!actions.isEmpty());
}

void MainWindow::updateStatusBar()
{
    const Session &session = m_context.session;
    m_databaseLabel->setText(session.databaseSummary());
    m_databaseLabel->setToolTip(session.db().url().redacted());
    m_userLabel->setText(session.actor.displayName.isEmpty() ? session.login : session.actor.displayName);
    m_userLabel->setToolTip(tr("Logged in as %1").arg(session.login));
    m_roleLabel->setText(session.roleSummary());
    m_roleLabel->setToolTip(session.actor.schoolName);
    const bool connected = m_context.connection.isConnected();
    m_connectionLabel->setText(m_context.connection.statusText());
    if (connected)
        m_connectionLabel->setToolTip(tr("The last request to the database succeeded."));
    else if (session.isCentral())
        m_connectionLabel->setToolTip(tr("The server could not be reached: %1 CooC Desk reconnects by itself; what "
                                         "you typed is kept.")
                                          .arg(m_context.connection.problem()));
    else
        m_connectionLabel->setToolTip(tr("The database could not be reached: %1 Press F5 to try again.")
                                          .arg(m_context.connection.problem()));
    m_connectionLabel->setStyleSheet(connected ? QStringLiteral("QLabel { color: #2e7d32; }")
                                               : QStringLiteral("QLabel { color: #a61b1b; font-weight: bold; }"));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("%1 — CooC Desk").arg(m_context.session.actor.schoolName));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_pageMenu->setTitle(tr("&Review"));
    m_helpMenu->setTitle(tr("&Help"));
    m_logoutAction->setText(tr("&Log out"));
    m_quitAction->setText(tr("&Quit"));
    m_refreshAction->setText(tr("&Refresh"));
    m_searchAction->setText(tr("&Search…"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About CooC Desk"));
    for (QAction *action : {m_logoutAction, m_quitAction, m_refreshAction, m_searchAction, m_shortcutsAction})
        action->setToolTip(withShortcut(action->text(), action->shortcut()));
    m_sidebar->setAccessibleName(tr("Areas"));
    for (int i = 0; i < m_pages.size(); ++i) {
        updateSidebarItem(i);
        syncSidebarEntries(i);
    }
    updatePageActions();
    updateStatusBar();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_context.settings.windowGeometry(kWindowKey);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1180, 740);
    restoreState(m_context.settings.windowState(kWindowKey));
    const QByteArray splitter = m_context.settings.splitterState(kWindowKey);
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({200, 980});
    if (!showPage(m_context.settings.currentPage()))
        showPage(0);
    focusPage(currentIndex());
}

void MainWindow::focusPage(int index)
{
    // A page with a main widget (its focus proxy, e.g. the review queue's list) takes the focus,
    // so its keys work at once; any other leaves it in the sidebar.
    Page *p = page(index);
    if (p && p->focusProxy())
        p->setFocus(Qt::ShortcutFocusReason);
    else
        m_sidebar->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::saveWindowState()
{
    m_context.settings.setWindowGeometry(kWindowKey, saveGeometry());
    m_context.settings.setWindowState(kWindowKey, saveState());
    m_context.settings.setSplitterState(kWindowKey, m_splitter->saveState());
    if (Page *p = currentPage())
        m_context.settings.setCurrentPage(p->pageId());
    m_context.settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

void MainWindow::showShortcuts()
{
    QStringList lines;
    for (QAction *action : m_goToActions)
        lines << QStringLiteral("%1\t%2").arg(action->shortcut().toString(QKeySequence::NativeText),
                                             action->text().remove(QLatin1Char('&')));
    lines << QString();
    for (QAction *action : {m_refreshAction, m_searchAction, m_logoutAction, m_quitAction})
        lines << QStringLiteral("%1\t%2").arg(action->shortcut().toString(QKeySequence::NativeText),
                                             action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    lines << tr("Esc\tClose a dialog (Cancel)");
    if (Page *p = currentPage()) {
        QStringList own;
        for (QAction *action : p->pageActions()) {
            if (!action->isSeparator() && !action->shortcut().isEmpty())
                own << QStringLiteral("%1\t%2").arg(action->shortcut().toString(QKeySequence::NativeText),
                                                    action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        }
        if (!own.isEmpty())
            lines << QString() << p->title() << own;
    }
    m_context.prompter.inform(this, tr("Keyboard shortcuts"), lines.join(QLatin1Char('\n')));
}

void MainWindow::showAbout()
{
    m_context.prompter.inform(
        this, tr("About CooC Desk"),
        tr("CooC Desk %1\nThe desk of homeroom teachers and office staff on Taipei's parent–teacher–student "
           "platform.")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace cooc::ui
