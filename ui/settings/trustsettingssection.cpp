#include "ui/settings/trustsettingssection.h"

#include "ui/settings/householdsettingswidget.h"
#include "ui/settings/trustsettingswidget.h"

#include <QVBoxLayout>

namespace cooc::ui {

TrustSettingsSection::TrustSettingsSection(const PageContext &context, QWidget *parent)
    : QWidget(parent), m_trust(new TrustSettingsWidget(context, this)),
      m_household(new HouseholdSettingsWidget(context, this))
{
    setObjectName(QStringLiteral("trustSettingsSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_trust);
    layout->addWidget(m_household);
}

TrustSettingsSection::~TrustSettingsSection() = default;

} // namespace cooc::ui
