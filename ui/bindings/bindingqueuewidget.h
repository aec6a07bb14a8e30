#pragma once

#include "models/bindingrequest.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cooc {
class BindingQueueModel;
}

namespace cooc::ui {

class EmptyStateWidget;

// The left side of the binding page: search as you type (debounced), the filters as
// drop-downs (status — "waiting for me" by default — with its counts, class, signature
// verdict, household result), the order (a drop-down beside the search, and a click on the
// Submitted or Class header, again to reverse), the "approve all fast-track" button and the
// lazy list. It shows the model; the page owns it.
class BindingQueueWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindingQueueWidget)

public:
    static constexpr int kSearchDelayMs = 250;

    explicit BindingQueueWidget(BindingQueueModel &model, QWidget *parent = nullptr);
    ~BindingQueueWidget() override;

    BindingQueueFilter filter() const;
    void setClasses(const QList<BindingClassOption> &classes);
    void setCounts(const QHash<binding::Status, int> &counts);
    // `count` as BindingRequestRepository::fastTrackCount() returns it: above one batch the
    // button says "500+".
    void setFastTrackCount(int count);
    int fastTrackCount() const;
    void setOrder(BindingQueueOrder order);
    // The status drop-down as the sidebar names it: "" (waiting for me), a status code, "all".
    QString statusChoice() const;
    void setStatusChoice(const QString &choice); // emits filterChanged() when it changes
    // The empty state follows the model; the text says why the list is empty.
    void updateEmptyState();
    void focusSearch();
    QTableView *view() const { return m_table; }

signals:
    // A filter or the search text changed (the search after kSearchDelayMs of quiet).
    void filterChanged();
    void statusChoiceChanged(); // the user chose another status in the drop-down
    void fastTrackClicked();

protected:
    void changeEvent(QEvent *event) override;
    // In the search field: ↓ goes to the list; Esc clears the search, or on an empty one goes
    // to the list.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillCombos();
    void fillSortCombo();
    void headerClicked(int column);
    void showSortIndicator();

    BindingQueueModel &m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_class;
    QComboBox *m_verdict;
    QComboBox *m_household;
    QComboBox *m_sort;
    QPushButton *m_fastTrack;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyStateWidget *m_empty;
    QTimer *m_searchTimer;
    QList<BindingClassOption> m_classes;
    QHash<binding::Status, int> m_counts;
    int m_fastTrackCount = 0;
};

} // namespace cooc::ui
