#pragma once

#include "app/parentview/parentview.h"
#include "models/actor.h"
#include "models/result.h"

#include <QWidget>

#include <memory>
#include <optional>

class QButtonGroup;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableWidget;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace cooc {
class Clock;
class ParentSearchModel;
class ParentViewService;
} // namespace cooc

namespace cooc::ui {

class EmptyStateWidget;

// The parent view, read-only: pick a parent (e-mail, name, student number or "#request"),
// see their children as the CooC app shows them (a switcher, each child labelled with name,
// school and class), each kind of record on its own tab as of a chosen day, and a "Why can't
// they see…?" panel with every hidden child or item, its reason and what would fix it.
// Nothing here can change data: the service reads through a read-only connection.
// Standalone (tests, other screens); ParentViewPage puts it in the main window.
class ParentViewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParentViewWidget)

public:
    // The service, actor and clock must outlive the widget.
    ParentViewWidget(ParentViewService &service, const Actor &actor, const Clock &clock, QWidget *parent = nullptr);
    ~ParentViewWidget() override;

    // Entry points for other screens (binding review, notices, a student's page).
    void openParent(qint64 parentId);
    void openBindingRequest(qint64 requestId);
    void showParentsOfStudent(qint64 studentId);

    void focusSearch();
    void setSearchText(const QString &text); // runs the search at once
    void reload(); // F5: open the same parent again (audited again)

    // What is shown (for tests and the page): the open view and the selected child, if any.
    const ParentView *currentView() const { return m_view ? &*m_view : nullptr; }
    int currentChildIndex() const;
    void setCurrentChild(int index);
    void setAsOfDay(QDate day);
    void retranslate();

signals:
    void opened(const cooc::ParentView &view);
    void failed(const cooc::Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void runSearch();
    void openCandidate(const QModelIndex &index);
    void openFirstOrCurrent();
    void open(qint64 parentId, qint64 requestId, bool fromStudent = false); // fromStudent: for the audit entry
    void showError(const Error &error, const QString &what);
    void showView();
    void showChild(int index);
    void showWhyPanel();
    void fitWhyRows();
    void loadOlderSwipes();
    void updateAsOfText();

    ParentViewService &m_service;
    const Actor &m_actor;
    const Clock &m_clock;
    std::unique_ptr<ParentSearchModel> m_results;
    std::optional<ParentView> m_view;
    qint64 m_openParentId = 0;
    qint64 m_openRequestId = 0;
    bool m_listedFromStudent = false; // the results are a student's parents (showParentsOfStudent)
    bool m_updating = false;

    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QListView *m_resultList;
    QLabel *m_searchStatus;
    QTimer *m_searchTimer;
    QTimer *m_asOfTimer;
    QSplitter *m_splitter;
    QStackedWidget *m_mainStack;
    EmptyStateWidget *m_empty;
    QLabel *m_error;
    QLabel *m_parentHeading;
    QLabel *m_readOnlyBanner;
    QLabel *m_asOfLabel;
    QDateEdit *m_asOf;
    QPushButton *m_today;
    QWidget *m_childBar; // the app's child switcher: one button per child
    QButtonGroup *m_childGroup;
    QList<QToolButton *> m_childButtons;
    int m_currentChild = -1;
    QLabel *m_childSummary;
    QStackedWidget *m_childStack;
    QLabel *m_childMessage;
    QTabWidget *m_sections;
    QTreeWidget *m_grades;
    QTreeWidget *m_absences;
    QTreeWidget *m_merits;
    QTreeWidget *m_swipes;
    QPushButton *m_olderSwipes;
    QTreeWidget *m_notices;
    QTreeWidget *m_leave;
    QTreeWidget *m_contactBook;
    QTreeWidget *m_activities;
    QGroupBox *m_whyBox;
    QTableWidget *m_why;
};

} // namespace cooc::ui
