#pragma once

#include "ui/pagecontext.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace cooc::ui {

class Page;

// The main window only composes pages: a sidebar with one entry per page (title, icon,
// pending count), the current page beside it, menus with the shortcuts (Ctrl+1…8 for the
// areas, F5 refresh, Ctrl+F search; a Review menu with the current page's own actions and
// keys, Page::pageActions()), and a status bar with the database, the user, their role and
// the connection state. Geometry, splitter and the last page are remembered.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const PageContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    int pageCount() const;
    Page *page(int index) const;
    Page *currentPage() const;
    int currentIndex() const;
    void showPage(int index);
    bool showPage(const QString &pageId);
    // Shows page `pageId` and opens an item there (Page::openItem); false when this user has
    // no such page or the page does not know the item's kind.
    bool openItem(const QString &pageId, const QString &kind, qint64 id);

    // Saves geometry, splitter and current page (also done on close and on logout).
    void saveWindowState();

signals:
    // The user chose File › Log out: the owner closes this window and shows the login.
    void logoutRequested();
    // The window was closed (Quit, Ctrl+Q, or the window manager): the application ends.
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void focusPage(int index);
    void createActions();
    void createMenus();
    void createStatusBar();
    void addPage(Page *page);
    void restoreWindowState();
    void retranslate();
    void updateSidebarItem(int index);
    // The sidebar holds each page's row followed by its sub-entries (Page::sidebarEntries()).
    int sidebarRow(int page, const QString &entry = {}) const;
    void syncSidebarEntries(int page);
    void selectSidebarRow(int row); // without acting on it (the page is already there)
    void updatePageActions();
    void updateStatusBar();
    void showShortcuts();
    void showAbout();

    PageContext m_context;
    QSplitter *m_splitter;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QList<Page *> m_pages;
    struct SidebarRow
    {
        int page = 0;
        QString entry; // empty: the page's own row
    };
    QList<SidebarRow> m_rows; // one per sidebar row
    bool m_selectingRow = false;
    int m_activePage = -1; // the page last activated from the sidebar
    QList<QAction *> m_goToActions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_pageMenu = nullptr; // the current page's actions; hidden when it has none
    QMenu *m_helpMenu = nullptr;
    QAction *m_logoutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
};

} // namespace cooc::ui
