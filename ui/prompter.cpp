#include "ui/prompter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace cooc::ui {

void MessageBoxPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void MessageBoxPrompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

bool MessageBoxPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                                 const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(accept);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QString MessageBoxPrompter::chooseFile(QWidget *parent, const QString &title, const QString &folder,
                                      const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

} // namespace cooc::ui
