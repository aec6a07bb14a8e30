#pragma once

#include "ui/pagecontext.h"

#include <QWidget>

namespace cooc::ui {

class HouseholdSettingsWidget;
class TrustSettingsWidget;

// The part of Settings that binding review depends on: "E-signature trust" and the
// "Household-registration service". One widget, so the settings page adds it with one line:
//
//   layout->addWidget(new TrustSettingsSection(context, this));
//
// School administrators edit both; everybody else sees them read-only.
class TrustSettingsSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustSettingsSection)

public:
    explicit TrustSettingsSection(const PageContext &context, QWidget *parent = nullptr);
    ~TrustSettingsSection() override;

    TrustSettingsWidget *trust() const { return m_trust; }
    HouseholdSettingsWidget *household() const { return m_household; }

private:
    TrustSettingsWidget *m_trust;
    HouseholdSettingsWidget *m_household;
};

} // namespace cooc::ui
