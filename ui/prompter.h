#pragma once

#include <QString>

class QWidget;

namespace cooc::ui {

// The few modal questions and notices the UI asks. Widgets receive a Prompter instead of
// calling QMessageBox themselves, so tests answer through their own implementation.
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    // True when the user chose `acceptLabel`; false for Cancel/Esc.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel) = 0;
    // An existing file to open; empty when the user cancelled.
    virtual QString chooseFile(QWidget *parent, const QString &title, const QString &folder, const QString &filter) = 0;
};

// The real thing: QMessageBox, modal to `parent`.
class MessageBoxPrompter final : public Prompter
{
public:
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel) override;
    QString chooseFile(QWidget *parent, const QString &title, const QString &folder, const QString &filter) override;
};

} // namespace cooc::ui
