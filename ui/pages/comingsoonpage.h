#pragma once

#include "ui/page.h"

namespace cooc::ui {

class EmptyStateWidget;

// An area that a later version fills: it says what will appear here and that it is not
// available in this version. It never shows sample data and has no pending count.
class ComingSoonPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComingSoonPage)

public:
    // `title` and `description` are untranslated source strings marked with
    // QT_TRANSLATE_NOOP("cooc::ui::Areas", …); they are translated whenever shown.
    ComingSoonPage(QString id, const char *title, QString iconPath, const char *description,
                   QWidget *parent = nullptr);
    ~ComingSoonPage() override;

    QString pageId() const override { return m_id; }
    QString title() const override;
    QIcon icon() const override;

protected:
    void retranslate() override;

private:
    QString m_id;
    const char *m_title;
    QString m_iconPath;
    const char *m_description;
    EmptyStateWidget *m_empty;
};

} // namespace cooc::ui
