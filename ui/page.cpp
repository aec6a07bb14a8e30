#include "ui/page.h"

#include <QEvent>
#include <QLocale>

namespace cooc::ui {

Page::Page(QWidget *parent) : QWidget(parent) {}

Page::~Page() = default;

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
    QWidget::changeEvent(event);
}

QString Page::pendingCountText() const
{
    return QLocale().toString(pendingCount());
}

} // namespace cooc::ui
