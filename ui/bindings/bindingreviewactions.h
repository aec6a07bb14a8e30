#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace cooc::ui {

// The binding page's actions with their keys (UI.md: one key per decision, keys shown in
// tooltips and menus): A approve · R reject · I ask for information · S signature details ·
// P the parent view of the applicant · J next · K previous, and the three without a key (verify again, check household again,
// approve all fast-track). Every action is added to `owner` with a
// Qt::WidgetWithChildrenShortcut context, so a key works anywhere on the page (a text field
// keeps its letters); the main window shows the same actions in its Review menu
// (Page::pageActions()). The page connects them and sets what is enabled.
class BindingReviewActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindingReviewActions)

public:
    explicit BindingReviewActions(QWidget *owner);
    ~BindingReviewActions() override;

    // In menu order, with separators between the groups.
    QList<QAction *> all() const { return m_all; }
    void retranslate();

    QAction *const approve;
    QAction *const reject;
    QAction *const requestInfo;
    QAction *const signatureDetails;
    QAction *const reverify;
    QAction *const householdRecheck;
    QAction *const parentView;
    QAction *const next;
    QAction *const previous;
    QAction *const fastTrack;

private:
    QList<QAction *> m_all;
};

} // namespace cooc::ui
