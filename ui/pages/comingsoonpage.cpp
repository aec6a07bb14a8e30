#include "ui/pages/comingsoonpage.h"

#include "ui/widgets/emptystatewidget.h"

#include <QCoreApplication>
#include <QVBoxLayout>

namespace cooc::ui {

ComingSoonPage::ComingSoonPage(QString id, const char *title, QString iconPath, const char *description,
                               QWidget *parent)
    : Page(parent), m_id(std::move(id)), m_title(title), m_iconPath(std::move(iconPath)),
      m_description(description), m_empty(new EmptyStateWidget(this))
{
    setObjectName(m_id + QStringLiteral("Page"));
    m_empty->setObjectName(QStringLiteral("comingSoonEmptyState"));
    m_empty->setIcon(icon());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    retranslate();
}

ComingSoonPage::~ComingSoonPage() = default;

QString ComingSoonPage::title() const
{
    return QCoreApplication::translate("cooc::ui::Areas", m_title);
}

QIcon ComingSoonPage::icon() const
{
    return QIcon(m_iconPath);
}

void ComingSoonPage::retranslate()
{
    m_empty->setTitle(tr("%1: not available in this version").arg(title()));
    m_empty->setText(QCoreApplication::translate("cooc::ui::Areas", m_description) + QStringLiteral("\n\n")
                     + tr("This area comes in a later version of CooC Desk. Nothing here is shown until it "
                          "works with your school's real data."));
}

} // namespace cooc::ui
