#pragma once

#include <QIcon>
#include <QWidget>

class QAction;

namespace cooc::ui {

// One area of the main window (binding requests, leave, audit log, settings …). The main
// window only composes pages: it puts each in the sidebar (title, icon, pending count), shows
// the current one, forwards F5 (refresh) and Ctrl+F (search) to it, and shows its
// pageActions() in a menu.
//
// To add a page: derive from Page in ui/pages/<name>page.{h,cpp} with a constructor
// `(const PageContext &context, QWidget *parent = nullptr)`, and put its one line in
// ui/pages/pageregistry.cpp (replacing the area's "coming" line if there is one).
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr);
    ~Page() override;

    // Stable id, used in settings and object names: "bindings", "auditLog" …
    virtual QString pageId() const = 0;
    // The sidebar label, translated ("Binding requests" / 綁定申請).
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    // How many items wait for this user (shown beside the sidebar entry); -1 shows no count.
    // Emit pendingCountChanged() whenever it changes.
    virtual int pendingCount() const { return -1; }
    // That count as words for tooltips and screen readers ("12", or "1,000+" when the page
    // stops counting); by default the count in the locale's digits.
    virtual QString pendingCountText() const;

    // Entries under the page's own in the sidebar — views of the page with their counts, e.g.
    // the binding queue per status. Choosing one shows the page with it (showSidebarEntry);
    // the page's own entry is the view with id "" (its default). Emit sidebarEntriesChanged()
    // when entries or counts change, currentSidebarEntryChanged() when the page switches view
    // by itself (e.g. its own drop-down).
    struct SidebarEntry
    {
        QString id;
        QString title;
        int count = -1;      // -1: none shown
        QString countText;   // for tooltips and screen readers
        bool waiting = true; // a count of things waiting (a badge) rather than for information
    };
    virtual QList<SidebarEntry> sidebarEntries() const { return {}; }
    virtual QString currentSidebarEntry() const { return {}; }
    virtual void showSidebarEntry(const QString &id) { Q_UNUSED(id) }

    // F5: reload from the database. Ctrl+F: put the focus in the page's search field.
    virtual bool canRefresh() const { return false; }
    virtual void refresh() {}
    virtual bool canSearch() const { return false; }
    virtual void focusSearch() {}

    // The page became the visible one (load lazily here rather than in the constructor).
    virtual void activated() {}

    // The page's own actions (with their keys), which the main window lists in a menu while
    // the page is the current one; separators allowed. The page owns them and keeps their
    // enabled state and texts current. Empty: no menu.
    virtual QList<QAction *> pageActions() const { return {}; }
    // Show one item that another page asked for (openItemRequested), e.g. the parent view
    // of binding request 12: ("bindingRequest", 12). False when the page has no such kind.
    virtual bool openItem(const QString &kind, qint64 id)
    {
        Q_UNUSED(kind)
        Q_UNUSED(id)
        return false;
    }

signals:
    void pendingCountChanged(int count);
    void sidebarEntriesChanged();
    void currentSidebarEntryChanged(const QString &id);
    // The title or icon changed (e.g. after a language switch).
    void titleChanged();
    // Asks the main window to show page `pageId` and open an item there (openItem()).
    void openItemRequested(const QString &pageId, const QString &kind, qint64 id);

protected:
    // Retranslate every visible text of the page; called on a language switch.
    virtual void retranslate() {}
    void changeEvent(QEvent *event) override;
};

} // namespace cooc::ui
