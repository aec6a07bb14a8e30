#pragma once

#include <QStyledItemDelegate>

namespace cooc::ui {

// Draws a sidebar entry as usual plus, when the item's CountRole is above zero, the number
// of waiting items right-aligned in a small rounded badge. A page's sub-entry (EntryRole set)
// is indented, lower, and its count — when not of waiting items (WaitingRole false) — plain
// grey text rather than a badge.
class SidebarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidebarDelegate)

public:
    static constexpr int CountRole = Qt::UserRole + 1;
    static constexpr int EntryRole = Qt::UserRole + 2;   // the sub-entry's id; empty for a page
    static constexpr int WaitingRole = Qt::UserRole + 3; // bool: the count is of waiting items
    static constexpr int CountTextRole = Qt::UserRole + 4; // a plain count as the page words it ("1,000+")

    explicit SidebarDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) {}
    ~SidebarDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace cooc::ui
