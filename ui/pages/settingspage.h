#pragma once

#include "ui/page.h"
#include "ui/pagecontext.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace cooc::ui {

// Settings: the UI language (applied at once, remembered), the database in use, whether the
// system keychain (Secret Service) can remember passwords, and the password change.
class SettingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(const PageContext &context, QWidget *parent = nullptr);
    ~SettingsPage() override;

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override;
    QIcon icon() const override;
    bool canRefresh() const override { return true; }
    void refresh() override; // checks the keychain again
    void activated() override;

protected:
    void retranslate() override;

private:
    enum class Keychain { Unknown, Checking, Available, Remembered, Unavailable };

    void chooseLanguage(int index);
    void checkKeychain();
    void forgetPassword();
    void changePassword();
    void showKeychainState();

    PageContext m_context;
    QLabel *m_heading;
    QGroupBox *m_languageGroup;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;
    QLabel *m_languageNote;
    QGroupBox *m_databaseGroup;
    QLabel *m_databaseValue;
    QLabel *m_databaseNote;
    QGroupBox *m_keychainGroup;
    QLabel *m_keychainStatus;
    QPushButton *m_checkKeychainButton;
    QPushButton *m_forgetButton;
    QGroupBox *m_accountGroup;
    QLabel *m_accountValue;
    QPushButton *m_changePasswordButton;
    Keychain m_keychain = Keychain::Unknown;
    QString m_keychainProblem;
};

} // namespace cooc::ui
