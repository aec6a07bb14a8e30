#include "ui/widgets/sidebardelegate.h"

#include <QApplication>
#include <QPainter>

namespace cooc::ui {

SidebarDelegate::~SidebarDelegate() = default;

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int count = index.data(CountRole).isValid() ? index.data(CountRole).toInt() : -1;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QString badge;
    QRect badgeRect;
    if (count > 0) {
        badge = count > 999 ? QStringLiteral("999+") : QString::number(count);
        QFont badgeFont = opt.font;
        badgeFont.setBold(true);
        const QFontMetrics fm(badgeFont);
        const int h = fm.height() + 2;
        const int w = std::max(h, fm.horizontalAdvance(badge) + 12);
        badgeRect = QRect(opt.rect.right() - w - 8, opt.rect.center().y() - h / 2, w, h);
        opt.rect.setRight(badgeRect.left() - 4); // the label is elided before the badge
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background over the full row, then the icon and text in the narrowed rect.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    opt.backgroundBrush = Qt::NoBrush;
    opt.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (!badge.isEmpty()) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? option.palette.highlightedText() : QBrush(QColor(0x2f, 0x5d, 0x8a)));
        painter->drawRoundedRect(badgeRect, badgeRect.height() / 2.0, badgeRect.height() / 2.0);
        QFont badgeFont = opt.font;
        badgeFont.setBold(true);
        painter->setFont(badgeFont);
        painter->setPen(selected ? option.palette.highlight().color() : QColor(Qt::white));
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        painter->restore();
    }
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height() + 10, 34));
    return size;
}

} // namespace cooc::ui
