#pragma once

#include <QStyledItemDelegate>

namespace cooc::ui {

// Draws a sidebar entry as usual plus, when the item's CountRole is above zero, the number
// of waiting items right-aligned in a small rounded badge.
class SidebarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidebarDelegate)

public:
    static constexpr int CountRole = Qt::UserRole + 1;

    explicit SidebarDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) {}
    ~SidebarDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace cooc::ui
