#pragma once

#include <QWidget>

class QLabel;

namespace cooc::ui {

// What a list or page shows when there is nothing to show: an icon, a short title and a
// sentence saying what will appear here and why it is empty ("No requests wait for you").
// The owner sets (and on a language switch re-sets) the texts.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateWidget)

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);
    ~EmptyStateWidget() override;

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    QString title() const;
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace cooc::ui
