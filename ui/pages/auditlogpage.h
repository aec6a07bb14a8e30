#pragma once

#include "ui/page.h"
#include "ui/pagecontext.h"

#include <memory>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace cooc {
class AuditLogModel;
struct Error;
} // namespace cooc

namespace cooc::ui {

class EmptyStateWidget;

// The school's audit log: read-only, newest first, loaded page by page as the list scrolls.
// The selected entry's details (the evidence recorded with the decision) show beside it.
class AuditLogPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)

public:
    explicit AuditLogPage(const PageContext &context, QWidget *parent = nullptr);
    ~AuditLogPage() override;

    QString pageId() const override { return QStringLiteral("auditLog"); }
    QString title() const override;
    QIcon icon() const override;
    bool canRefresh() const override { return true; }
    void refresh() override;
    void activated() override;

    AuditLogModel *model() const { return m_model.get(); }

protected:
    void retranslate() override;
    void hideEvent(QHideEvent *event) override;

private:
    void showSelected();
    void onFetched();
    void onFailed(const Error &error);
    void updateEmptyState();

    PageContext m_context;
    std::unique_ptr<AuditLogModel> m_model;
    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_error;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyStateWidget *m_empty;
    QSplitter *m_splitter;
    QLabel *m_detailHeading;
    QPlainTextEdit *m_detail;
    bool m_loaded = false;
};

} // namespace cooc::ui
