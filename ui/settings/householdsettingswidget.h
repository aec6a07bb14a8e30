#pragma once

#include "app/household/householdsettings.h"
#include "ui/pagecontext.h"

#include <QGroupBox>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cooc::ui {

// Settings → "Household-registration service" (戶籍查驗): the city service's address, its CA
// certificates, an optional pinned server fingerprint, the ID-hash key id and timeouts — per
// school, in the database (HouseholdSettingsStore) — and the API key, which goes only into
// this computer's keychain (when the Secret Service is unavailable the widget says so and
// stores nothing). "Test connection" sends one harmless check with the values in the form
// (Qt Network, asynchronous: the window never waits) and shows the answer or why there was
// none. School administrators edit; everybody else sees the values read-only and may test.
class HouseholdSettingsWidget final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdSettingsWidget)

public:
    explicit HouseholdSettingsWidget(const PageContext &context, QWidget *parent = nullptr);
    ~HouseholdSettingsWidget() override;

    bool isEditable() const { return m_editable; }
    bool isTesting() const { return m_check != nullptr || m_waitingForKey; }

public slots:
    void reload();

signals:
    void testFinished(const cooc::HouseholdResult &result);
    void apiKeyStateChanged(); // after a keychain read, write or removal answered

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class KeyState { Unknown, Checking, Stored, NotStored, NoAddress, Unavailable };

    static QString keychainUnreadable();
    void retranslate();
    HouseholdSettings fromForm() const;
    void fill(const HouseholdSettings &settings);
    void save();
    void chooseCa();
    void clearCa();
    void storeApiKey();
    void forgetApiKey();
    void checkApiKey();
    void testConnection();
    void runTest(const HouseholdSettings &settings, const QByteArray &apiKey);
    void cancelTest();
    void showResult(const HouseholdResult &result);
    void showCa();
    void showKeyState();
    void updateEnabled();

    PageContext m_context;
    bool m_editable = false;
    HouseholdSettings m_saved;
    QByteArray m_caPem;
    KeyState m_keyState = KeyState::Unknown;
    QString m_keyProblem;
    bool m_waitingForKey = false;
    std::unique_ptr<HouseholdService> m_testService;
    QPointer<HouseholdCheck> m_check;

    QLabel *m_note;
    QLabel *m_baseUrlLabel;
    QLineEdit *m_baseUrl;
    QLabel *m_caTitle;
    QLabel *m_ca;
    QPushButton *m_chooseCaButton;
    QPushButton *m_clearCaButton;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    QLabel *m_keyIdLabel;
    QLineEdit *m_keyId;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QLabel *m_attemptsLabel;
    QSpinBox *m_attempts;
    QPushButton *m_saveButton;
    QLabel *m_saveStatus;
    QLabel *m_apiKeyLabel;
    QLineEdit *m_apiKey;
    QPushButton *m_storeKeyButton;
    QPushButton *m_forgetKeyButton;
    QLabel *m_keyStatus;
    QPushButton *m_testButton;
    QPushButton *m_cancelTestButton;
    QLabel *m_testResult;
};

} // namespace cooc::ui
