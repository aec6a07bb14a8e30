#pragma once

#include "ui/pagecontext.h"

#include <QList>

#include <functional>

class QWidget;

namespace cooc::ui {

class Page;

// Makes one page for a logged-in session; the main window owns what it returns.
using PageFactory = std::function<Page *(const PageContext &context, QWidget *parent)>;

// Every page of the main window, in sidebar order (Ctrl+1 is the first). The list lives in
// pageregistry.cpp: adding a page is one line there.
QList<PageFactory> registeredPages();

// For pages with the usual constructor `(const PageContext &, QWidget *parent)`.
template<typename P>
PageFactory pageFactory()
{
    return [](const PageContext &context, QWidget *parent) -> Page * { return new P(context, parent); };
}

} // namespace cooc::ui
