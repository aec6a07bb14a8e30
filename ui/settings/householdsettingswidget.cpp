#include "ui/settings/householdsettingswidget.h"

#include "app/session.h"
#include "models/clock.h"
#include "models/esigntrustrepository.h"
#include "ui/connectionstate.h"
#include "ui/prompter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cooc::ui {

QString HouseholdSettingsWidget::keychainUnreadable()
{
    return tr("Secure storage (the system keychain, Secret Service) is not available: the API key can be neither "
              "read nor stored on this computer, so checks cannot be sent from it.");
}

HouseholdSettingsWidget::HouseholdSettingsWidget(const PageContext &context, QWidget *parent)
    : QGroupBox(parent), m_context(context), m_note(new QLabel(this)), m_baseUrlLabel(new QLabel(this)),
      m_baseUrl(new QLineEdit(this)), m_caTitle(new QLabel(this)), m_ca(new QLabel(this)),
      m_chooseCaButton(new QPushButton(this)), m_clearCaButton(new QPushButton(this)), m_pinLabel(new QLabel(this)),
      m_pin(new QLineEdit(this)), m_keyIdLabel(new QLabel(this)), m_keyId(new QLineEdit(this)),
      m_timeoutLabel(new QLabel(this)), m_timeout(new QSpinBox(this)), m_attemptsLabel(new QLabel(this)),
      m_attempts(new QSpinBox(this)), m_saveButton(new QPushButton(this)), m_saveStatus(new QLabel(this)),
      m_apiKeyLabel(new QLabel(this)), m_apiKey(new QLineEdit(this)), m_storeKeyButton(new QPushButton(this)),
      m_forgetKeyButton(new QPushButton(this)), m_keyStatus(new QLabel(this)), m_testButton(new QPushButton(this)),
      m_cancelTestButton(new QPushButton(this)), m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("householdSettingsGroupBox"));
    m_note->setObjectName(QStringLiteral("householdNoteLabel"));
    m_baseUrl->setObjectName(QStringLiteral("householdBaseUrlLineEdit"));
    m_ca->setObjectName(QStringLiteral("householdCaLabel"));
    m_chooseCaButton->setObjectName(QStringLiteral("chooseHouseholdCaButton"));
    m_clearCaButton->setObjectName(QStringLiteral("clearHouseholdCaButton"));
    m_pin->setObjectName(QStringLiteral("householdPinLineEdit"));
    m_keyId->setObjectName(QStringLiteral("householdKeyIdLineEdit"));
    m_timeout->setObjectName(QStringLiteral("householdTimeoutSpinBox"));
    m_attempts->setObjectName(QStringLiteral("householdAttemptsSpinBox"));
    m_saveButton->setObjectName(QStringLiteral("saveHouseholdButton"));
    m_saveStatus->setObjectName(QStringLiteral("householdSaveStatusLabel"));
    m_apiKey->setObjectName(QStringLiteral("householdApiKeyLineEdit"));
    m_storeKeyButton->setObjectName(QStringLiteral("storeHouseholdApiKeyButton"));
    m_forgetKeyButton->setObjectName(QStringLiteral("forgetHouseholdApiKeyButton"));
    m_keyStatus->setObjectName(QStringLiteral("householdApiKeyStatusLabel"));
    m_testButton->setObjectName(QStringLiteral("testHouseholdConnectionButton"));
    m_cancelTestButton->setObjectName(QStringLiteral("cancelHouseholdTestButton"));
    m_testResult->setObjectName(QStringLiteral("householdTestResultLabel"));

    m_editable = context.session.actor.has(Actor::Role::SchoolAdmin);
    for (QLabel *label : {m_note, m_ca, m_saveStatus, m_keyStatus, m_testResult})
        label->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_ca->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_timeout->setRange(1, 120);
    m_attempts->setRange(1, 10);
    m_baseUrlLabel->setBuddy(m_baseUrl);
    m_pinLabel->setBuddy(m_pin);
    m_keyIdLabel->setBuddy(m_keyId);
    m_timeoutLabel->setBuddy(m_timeout);
    m_attemptsLabel->setBuddy(m_attempts);
    m_apiKeyLabel->setBuddy(m_apiKey);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_chooseCaButton);
    caRow->addWidget(m_clearCaButton);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveButton);
    saveRow->addWidget(m_saveStatus, 1);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_storeKeyButton);
    keyRow->addWidget(m_forgetKeyButton);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_cancelTestButton);
    testRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(m_baseUrlLabel, m_baseUrl);
    form->addRow(m_caTitle, caRow);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_keyIdLabel, m_keyId);
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(m_attemptsLabel, m_attempts);
    form->addRow(QString(), saveRow);
    form->addRow(m_apiKeyLabel, keyRow);
    form->addRow(QString(), m_keyStatus);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);

    connect(m_saveButton, &QPushButton::clicked, this, &HouseholdSettingsWidget::save);
    connect(m_chooseCaButton, &QPushButton::clicked, this, &HouseholdSettingsWidget::chooseCa);
    connect(m_clearCaButton, &QPushButton::clicked, this, &HouseholdSettingsWidget::clearCa);
    connect(m_storeKeyButton, &QPushButton::clicked, this, &HouseholdSettingsWidget::storeApiKey);
    connect(m_forgetKeyButton, &QPushButton::clicked, this, &HouseholdSettingsWidget::forgetApiKey);
    connect(m_testButton, &QPushButton::clicked, this, &HouseholdSettingsWidget::testConnection);
    connect(m_cancelTestButton, &QPushButton::clicked, this, &HouseholdSettingsWidget::cancelTest);
    connect(m_apiKey, &QLineEdit::textChanged, this, &HouseholdSettingsWidget::updateEnabled);
    connect(m_baseUrl, &QLineEdit::editingFinished, this, &HouseholdSettingsWidget::checkApiKey);

    retranslate();
    reload();
}

HouseholdSettingsWidget::~HouseholdSettingsWidget() = default;

void HouseholdSettingsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void HouseholdSettingsWidget::retranslate()
{
    setTitle(tr("Household-registration service"));
    QStringList note;
    note << tr("Checks whether a parent and a child are registered in the same household in Taipei, so that a "
               "binding request can take the fast track. These settings apply to every computer of the school; "
               "the API key is kept only in this computer's keychain.");
    if (m_context.session.isDemoSchool)
        note << tr("The demo school answers from its own demo registry; these settings are what a real school "
                   "configures.");
    if (!m_editable)
        note << tr("Only the school's administrators can change them.");
    m_note->setText(note.join(QLatin1Char(' ')));
    m_baseUrlLabel->setText(tr("Service &address:"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://…"));
    m_caTitle->setText(tr("CA certificates:"));
    m_chooseCaButton->setText(tr("Choose CA file…"));
    m_clearCaButton->setText(tr("Use the system store"));
    m_pinLabel->setText(tr("Pinned server &fingerprint:"));
    m_pin->setPlaceholderText(tr("optional: SHA-256 of the server certificate"));
    m_keyIdLabel->setText(tr("ID-hash &key id:"));
    m_timeoutLabel->setText(tr("&Timeout:"));
    m_timeout->setSuffix(tr(" s"));
    m_attemptsLabel->setText(tr("A&ttempts:"));
    m_saveButton->setText(tr("&Save"));
    m_apiKeyLabel->setText(tr("API &key:"));
    m_apiKey->setPlaceholderText(tr("paste the key issued by the city"));
    m_storeKeyButton->setText(tr("Store in keychain"));
    m_forgetKeyButton->setText(tr("Forget"));
    m_testButton->setText(tr("Test &connection"));
    m_testButton->setToolTip(tr("Sends one check about no real person with the values above and shows the answer"));
    m_cancelTestButton->setText(tr("Cancel"));
    showCa();
    showKeyState();
}

void HouseholdSettingsWidget::reload()
{
    auto settings = HouseholdSettingsStore(m_context.session.db(), m_context.session.actor, m_context.clock)
                        .load(m_context.session.actor.schoolId);
    if (!settings) {
        m_context.connection.reportError(settings.error());
        m_saveStatus->setText(tr("The settings cannot be loaded: %1").arg(settings.error().message));
        updateEnabled();
        return;
    }
    m_saved = settings.value();
    fill(m_saved);
    m_saveStatus->setText(m_saved.updatedAt.isValid()
                              ? tr("Last changed %1 by %2.")
                                    .arg(m_saved.updatedAt.toTimeZone(Clock::schoolTimeZone())
                                             .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                         m_saved.updatedBy)
                              : tr("Not configured yet."));
    checkApiKey();
}

void HouseholdSettingsWidget::fill(const HouseholdSettings &s)
{
    m_baseUrl->setText(s.baseUrl);
    m_caPem = s.caPem;
    m_pin->setText(s.pinSha256.isEmpty() ? QString() : TrustMaterialInfo::displayFingerprint(s.pinSha256));
    m_keyId->setText(s.idKeyId);
    m_timeout->setValue(s.transferTimeoutMs / 1000);
    m_attempts->setValue(s.maxAttempts);
    showCa();
    updateEnabled();
}

HouseholdSettings HouseholdSettingsWidget::fromForm() const
{
    HouseholdSettings s = m_saved;
    s.baseUrl = m_baseUrl->text().trimmed();
    s.caPem = m_caPem;
    s.pinSha256 = m_pin->text().trimmed();
    s.idKeyId = m_keyId->text().trimmed();
    s.transferTimeoutMs = m_timeout->value() * 1000;
    s.attemptDeadlineMs = qBound(s.transferTimeoutMs, qMax(m_saved.attemptDeadlineMs, 2 * s.transferTimeoutMs), 300000);
    s.maxAttempts = m_attempts->value();
    return s;
}

void HouseholdSettingsWidget::showCa()
{
    const QList<QSslCertificate> cas = QSslCertificate::fromData(m_caPem, QSsl::Pem);
    if (cas.isEmpty()) {
        m_ca->setText(tr("The system's certificate store"));
        return;
    }
    QStringList lines;
    for (const QSslCertificate &ca : cas)
        lines << tr("%1 (SHA-256 %2…)")
                     .arg(ca.subjectDisplayName(),
                          TrustMaterialInfo::displayFingerprint(
                              QString::fromLatin1(ca.digest(QCryptographicHash::Sha256).toHex()))
                              .left(23));
    m_ca->setText(lines.join(QLatin1Char('\n')));
}

void HouseholdSettingsWidget::updateEnabled()
{
    const bool testing = isTesting();
    for (QWidget *w : std::initializer_list<QWidget *>{m_baseUrl, m_pin, m_keyId, m_timeout, m_attempts, m_chooseCaButton,
                                                       m_apiKey})
        w->setEnabled(m_editable && !testing);
    m_clearCaButton->setEnabled(m_editable && !testing && !m_caPem.isEmpty());
    m_saveButton->setEnabled(m_editable && !testing);
    m_storeKeyButton->setEnabled(m_editable && !testing && !m_apiKey->text().isEmpty());
    m_forgetKeyButton->setEnabled(m_editable && !testing && m_keyState == KeyState::Stored);
    m_testButton->setEnabled(!testing);
    m_cancelTestButton->setEnabled(m_check != nullptr);
    m_cancelTestButton->setVisible(testing);
}

void HouseholdSettingsWidget::save()
{
    const HouseholdSettings wanted = fromForm();
    auto saved = HouseholdSettingsStore(m_context.session.db(), m_context.session.actor, m_context.clock)
                     .save(m_context.session.actor.schoolId, wanted);
    if (!saved) {
        m_context.connection.reportError(saved.error());
        m_saveStatus->setText(tr("Not saved: %1").arg(saved.error().message));
        m_context.prompter.warn(this, tr("Settings not saved"), saved.error().message);
        return;
    }
    const bool changed = saved.value() != 0;
    reload();
    m_saveStatus->setText(changed ? tr("Saved.") : tr("Nothing changed."));
}

void HouseholdSettingsWidget::chooseCa()
{
    const QString path = m_context.prompter.chooseFile(this, tr("CA certificates of the household service"),
                                                       QDir::homePath(),
                                                       tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (path.isEmpty())
        return;
    auto cas = HttpHouseholdConfig::loadCaCertificates(path);
    if (!cas) {
        m_context.prompter.warn(this, tr("CA file not used"), cas.error().message);
        return;
    }
    QByteArray pem;
    for (const QSslCertificate &ca : cas.value())
        pem += ca.toPem();
    m_caPem = pem;
    showCa();
    m_saveStatus->setText(tr("Not saved yet."));
    updateEnabled();
}

void HouseholdSettingsWidget::clearCa()
{
    m_caPem.clear();
    showCa();
    m_saveStatus->setText(tr("Not saved yet."));
    updateEnabled();
}

void HouseholdSettingsWidget::checkApiKey()
{
    const QString baseUrl = m_baseUrl->text().trimmed();
    if (QUrl(baseUrl).host().isEmpty()) {
        m_keyState = KeyState::NoAddress;
        showKeyState();
        return;
    }
    m_keyState = KeyState::Checking;
    showKeyState();
    m_context.credentials.read(householdApiKeyKey(m_context.session.db().url(), baseUrl), this,
                               [this](const Result<std::optional<QString>> &read) {
                                   if (!read) {
                                       m_keyState = KeyState::Unavailable;
                                       m_keyProblem = keychainUnreadable();
                                   } else {
                                       m_keyState = read.value() ? KeyState::Stored : KeyState::NotStored;
                                   }
                                   showKeyState();
                                   emit apiKeyStateChanged();
                               });
}

void HouseholdSettingsWidget::showKeyState()
{
    const QString host = QUrl(m_baseUrl->text().trimmed()).host();
    switch (m_keyState) {
    case KeyState::Unknown:
    case KeyState::Checking:
        m_keyStatus->setText(tr("Checking the system keychain…"));
        break;
    case KeyState::Stored:
        m_keyStatus->setText(tr("An API key for %1 is stored in this computer's keychain.").arg(host));
        break;
    case KeyState::NotStored:
        m_keyStatus->setText(tr("No API key for %1 is stored on this computer: checks cannot be sent.").arg(host));
        break;
    case KeyState::NoAddress:
        m_keyStatus->setText(tr("Enter the service address first: the key is stored for its host."));
        break;
    case KeyState::Unavailable:
        m_keyStatus->setText(m_keyProblem);
        break;
    }
    updateEnabled();
}

void HouseholdSettingsWidget::storeApiKey()
{
    const QString key = m_apiKey->text();
    if (const QString problem = householdApiKeyProblem(key); !problem.isEmpty()) {
        m_context.prompter.warn(this, tr("API key not stored"), problem);
        return;
    }
    const QString baseUrl = m_baseUrl->text().trimmed();
    if (QUrl(baseUrl).host().isEmpty()) {
        m_context.prompter.warn(this, tr("API key not stored"),
                                tr("Enter the service address first: the key is stored for its host."));
        return;
    }
    m_apiKey->clear(); // the secret is not kept in the form, whatever the keychain answers
    m_keyState = KeyState::Checking;
    showKeyState();
    m_context.credentials.write(householdApiKeyKey(m_context.session.db().url(), baseUrl), key, this,
                                [this](const Status &written) {
                                    if (!written) {
                                        m_keyState = KeyState::Unavailable;
                                        m_keyProblem = householdApiKeyUnavailableMessage(written.error().message);
                                        showKeyState();
                                        m_context.prompter.warn(this, tr("API key not stored"), m_keyProblem);
                                        emit apiKeyStateChanged();
                                        return;
                                    }
                                    m_keyState = KeyState::Stored;
                                    showKeyState();
                                    emit apiKeyStateChanged();
                                });
}

void HouseholdSettingsWidget::forgetApiKey()
{
    if (!m_context.prompter.confirm(this, tr("Forget the API key"),
                                    tr("Remove the household service's API key from this computer's keychain? Checks "
                                       "cannot be sent from this computer until it is entered again."),
                                    tr("Forget")))
        return;
    m_keyState = KeyState::Checking;
    showKeyState();
    m_context.credentials.remove(householdApiKeyKey(m_context.session.db().url(), m_baseUrl->text().trimmed()), this,
                                 [this](const Status &removed) {
                                     if (!removed)
                                         m_context.prompter.warn(this, tr("API key not forgotten"),
                                                                 removed.error().message);
                                     checkApiKey();
                                 });
}

void HouseholdSettingsWidget::testConnection()
{
    const HouseholdSettings settings = fromForm();
    m_testResult->setText(tr("Testing…"));
    if (m_context.session.isDemoSchool) {
        runTest(settings, {});
        return;
    }
    if (!m_apiKey->text().isEmpty()) {
        runTest(settings, m_apiKey->text().toUtf8());
        return;
    }
    if (QUrl(settings.baseUrl).host().isEmpty()) {
        runTest(settings, {}); // reports the missing address
        return;
    }
    m_waitingForKey = true;
    updateEnabled();
    m_context.credentials.read(householdApiKeyKey(m_context.session.db().url(), settings.baseUrl), this,
                               [this, settings](const Result<std::optional<QString>> &read) {
                                   m_waitingForKey = false;
                                   if (!read) {
                                       showResult(HouseholdResult::unavailable(
                                           HouseholdResult::Failure::Configuration,
                                           keychainUnreadable(), {},
                                           m_context.clock.now(), {}));
                                       return;
                                   }
                                   runTest(settings, read.value() ? read.value()->toUtf8() : QByteArray());
                               });
}

void HouseholdSettingsWidget::runTest(const HouseholdSettings &settings, const QByteArray &apiKey)
{
    HouseholdServiceSetup setup;
    setup.schoolId = m_context.session.actor.schoolId;
    setup.schoolCode = m_context.session.actor.schoolCode;
    if (m_context.session.isDemoSchool) {
        setup.kind = HouseholdServiceSetup::Kind::Demo;
    } else if (!settings.isConfigured()) {
        setup.problem = tr("The household service is not configured: enter its address.");
    } else if (Status valid = settings.validate(); !valid) {
        setup.problem = valid.error().message;
    } else {
        setup.kind = HouseholdServiceSetup::Kind::City;
        setup.config = settings.toConfig(apiKey); // an empty key ends UNAVAILABLE, saying so
    }
    m_testService = createHouseholdService(setup, m_context.session.db(), m_context.clock);
    HouseholdCheck *check = m_testService->start(householdConnectionTestQuery(setup.schoolCode));
    m_check = check;
    connect(check, &HouseholdCheck::attemptStarted, this, [this](int attempt, int maxAttempts) {
        m_testResult->setText(tr("Asking the service (%1/%2)…").arg(attempt).arg(maxAttempts));
    });
    connect(check, &HouseholdCheck::finished, this, [this](const HouseholdResult &result) {
        m_check = nullptr;
        showResult(result);
    });
    updateEnabled();
}

void HouseholdSettingsWidget::cancelTest()
{
    if (m_check)
        m_check->cancel();
}

void HouseholdSettingsWidget::showResult(const HouseholdResult &result)
{
    if (result.isAnswer()) {
        const QString source = m_context.session.isDemoSchool ? tr("The demo registry") : tr("The service");
        m_testResult->setText(tr("Connection works. %1 answered \"%2\" for the test query (no real person), "
                                 "reference %3.")
                                  .arg(source, HouseholdResult::outcomeText(result.outcome),
                                       result.serviceReference.isEmpty() ? tr("none") : result.serviceReference));
    } else {
        m_testResult->setText(tr("No answer: %1").arg(result.reason));
    }
    updateEnabled();
    emit testFinished(result);
}

} // namespace cooc::ui
