#pragma once

#include "ui/page.h"
#include "ui/pagecontext.h"

#include <memory>

class QLabel;

namespace cooc {
class ParentViewService;
} // namespace cooc

namespace cooc::ui {

class ParentViewWidget;

// 家長視角 — the parent view in the main window: what a parent sees in the CooC app on a
// given day, and why anything is hidden (ParentViewWidget). The page builds the use case on
// its own read-only connection to the session's database; only the audit entry of each
// opening is written, through the session's connection.
class ParentViewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParentViewPage)

public:
    explicit ParentViewPage(const PageContext &context, QWidget *parent = nullptr);
    ~ParentViewPage() override;

    QString pageId() const override { return QStringLiteral("parentView"); }
    QString title() const override;
    QIcon icon() const override;
    bool canRefresh() const override { return m_widget != nullptr; }
    void refresh() override;
    bool canSearch() const override { return m_widget != nullptr; }
    void focusSearch() override;
    void activated() override;

    // For other pages (binding review, notices): show this parent / request / student's parents.
    void openParent(qint64 parentId);
    void openBindingRequest(qint64 requestId);
    void showParentsOfStudent(qint64 studentId);
    // Kinds: "parent", "bindingRequest", "student" (its parents to choose from).
    bool openItem(const QString &kind, qint64 id) override;

    ParentViewWidget *widget() const { return m_widget; }

protected:
    void retranslate() override;

private:
    PageContext m_context;
    std::unique_ptr<ParentViewService> m_service;
    ParentViewWidget *m_widget = nullptr;
    QLabel *m_heading;
    QLabel *m_unavailable = nullptr;
};

} // namespace cooc::ui
