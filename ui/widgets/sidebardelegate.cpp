#include "ui/widgets/sidebardelegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace cooc::ui {

SidebarDelegate::~SidebarDelegate() = default;

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int count = index.data(CountRole).isValid() ? index.data(CountRole).toInt() : -1;
    const bool subEntry = !index.data(EntryRole).toString().isEmpty();
    const bool waiting = !index.data(WaitingRole).isValid() || index.data(WaitingRole).toBool();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (subEntry)
        opt.rect.setLeft(opt.rect.left() + 28); // under the page's title, past its icon

    // What goes right-aligned: a badge of waiting items, or grey digits for information.
    const bool badge = count > 0 && waiting;
    const bool digits = count >= 0 && !waiting;
    // A badge stays narrow ("999+"); plain digits read as the page words them ("1,000+").
    const QString countText = index.data(CountTextRole).toString();
    const QString number = badge ? (count > 999 ? QStringLiteral("999+") : QLocale().toString(count))
                                 : (countText.isEmpty() ? QLocale().toString(count) : countText);
    QFont numberFont = opt.font;
    numberFont.setBold(badge);
    const QFontMetrics fm(numberFont);
    QRect numberRect;
    if (badge) {
        const int h = fm.height() + 2;
        const int w = std::max(h, fm.horizontalAdvance(number) + 12);
        numberRect = QRect(opt.rect.right() - w - 8, opt.rect.center().y() - h / 2, w, h);
    } else if (digits) {
        const int w = fm.horizontalAdvance(number) + 4;
        numberRect = QRect(opt.rect.right() - w - 8, opt.rect.top(), w, opt.rect.height());
    }
    if (numberRect.isValid())
        opt.rect.setRight(numberRect.left() - 4); // the label is elided before the number

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

    if (!numberRect.isValid())
        return;
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    painter->setFont(numberFont);
    if (badge) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? option.palette.highlightedText() : QBrush(QColor(0x2f, 0x5d, 0x8a)));
        painter->drawRoundedRect(numberRect, numberRect.height() / 2.0, numberRect.height() / 2.0);
        painter->setPen(selected ? option.palette.highlight().color() : QColor(Qt::white));
        painter->drawText(numberRect, Qt::AlignCenter, number);
    } else {
        painter->setPen(selected ? option.palette.highlightedText().color() : QColor(0x6b, 0x6b, 0x6b));
        painter->drawText(numberRect, Qt::AlignVCenter | Qt::AlignRight, number);
    }
    painter->restore();
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const bool subEntry = !index.data(EntryRole).toString().isEmpty();
    size.setHeight(subEntry ? std::max(size.height() + 4, 26) : std::max(size.height() + 10, 34));
    return size;
}

} // namespace cooc::ui
