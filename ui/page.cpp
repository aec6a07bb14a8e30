#include "ui/page.h"

#include <QEvent>

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

} // namespace cooc::ui
