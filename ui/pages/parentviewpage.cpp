#include "ui/pages/parentviewpage.h"

#include "app/parentview/parentviewservice.h"
#include "app/session.h"
#include "ui/connectionstate.h"
#include "ui/parentviewwidget.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace cooc::ui {

ParentViewPage::ParentViewPage(const PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("parentViewPage"));
    m_heading->setObjectName(QStringLiteral("parentViewHeadingLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);

    auto service = ParentViewService::create(context.session.db(), context.clock);
    if (service) {
        m_service = std::move(service).value();
        m_widget = new ParentViewWidget(*m_service, context.session.actor, context.clock, this);
        m_context.connection.watch(m_service->reader()); // reopened with the session's after a drop
        layout->addWidget(m_widget, 1);
        connect(m_widget, &ParentViewWidget::opened, this, [this] { m_context.connection.reportSuccess(); });
        connect(m_widget, &ParentViewWidget::failed, this,
            [this](const Error &error) { m_context.connection.reportError(error); });
    } else {
        // No read-only connection, no parent view: never fall back to the read-write one.
        m_unavailable = new QLabel(this);
        m_unavailable->setObjectName(QStringLiteral("parentViewUnavailableLabel"));
        m_unavailable->setWordWrap(true);
        m_unavailable->setText(tr("The parent view needs its own read-only connection to the database, and it "
                                  "could not be opened: %1")
                                   .arg(service.error().message));
        layout->addWidget(m_unavailable, 1, Qt::AlignTop);
        m_context.connection.reportError(service.error());
    }
    retranslate();
}

ParentViewPage::~ParentViewPage()
{
    delete m_widget; // before the service it uses
    m_widget = nullptr;
    if (m_service)
        m_context.connection.unwatch(m_service->reader());
}

QString ParentViewPage::title() const
{
    return QCoreApplication::translate("cooc::ui::Areas", "Parent view");
}

QIcon ParentViewPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/parent-view.svg"));
}

void ParentViewPage::refresh()
{
    if (m_widget)
        m_widget->reload();
}

void ParentViewPage::focusSearch()
{
    if (m_widget)
        m_widget->focusSearch();
}

void ParentViewPage::activated()
{
    if (m_widget && !m_widget->currentView())
        m_widget->focusSearch();
}

void ParentViewPage::openParent(qint64 parentId)
{
    if (m_widget)
        m_widget->openParent(parentId);
}

void ParentViewPage::openBindingRequest(qint64 requestId)
{
    if (m_widget)
        m_widget->openBindingRequest(requestId);
}

void ParentViewPage::showParentsOfStudent(qint64 studentId)
{
    if (m_widget)
        m_widget->showParentsOfStudent(studentId);
}

bool ParentViewPage::openItem(const QString &kind, qint64 id)
{
    if (!m_widget || id <= 0)
        return false;
    if (kind == QLatin1String("parent"))
        m_widget->openParent(id);
    else if (kind == QLatin1String("bindingRequest"))
        m_widget->openBindingRequest(id);
    else if (kind == QLatin1String("student"))
        m_widget->showParentsOfStudent(id);
    else
        return false;
    return true;
}

void ParentViewPage::retranslate()
{
    m_heading->setText(title());
    if (m_widget)
        m_widget->retranslate();
}

} // namespace cooc::ui
