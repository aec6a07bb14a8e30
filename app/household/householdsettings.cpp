#include "app/household/householdsettings.h"

#include "app/household/demohouseholdservice.h"
#include "app/logging.h"
#include "models/auditlog.h"
#include "models/esigntrustrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QUuid>

namespace cooc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::HouseholdSettings", text);
}

Error invalid(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Code::InvalidInput, message, detail);
}

namespace key {
const QString baseUrl = QStringLiteral("household.base_url");
const QString caPem = QStringLiteral("household.ca_pem");
const QString pin = QStringLiteral("household.pin_sha256");
const QString idKeyId = QStringLiteral("household.id_key_id");
const QString transferTimeout = QStringLiteral("household.transfer_timeout_ms");
const QString attemptDeadline = QStringLiteral("household.attempt_deadline_ms");
const QString maxAttempts = QStringLiteral("household.max_attempts");
} // namespace key

constexpr int kMinTimeoutMs = 1000;
constexpr int kMaxTimeoutMs = 300000;

// Bound values must not be null QStrings (they would be SQL NULL).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QMap<QString, QString> toValues(const HouseholdSettings &s)
{
    return {{key::baseUrl, text(s.baseUrl.trimmed())},
            {key::caPem, text(QString::fromLatin1(s.caPem))},
            {key::pin, text(s.pinSha256)},
            {key::idKeyId, text(s.idKeyId)},
            {key::transferTimeout, QString::number(s.transferTimeoutMs)},
            {key::attemptDeadline, QString::number(s.attemptDeadlineMs)},
            {key::maxAttempts, QString::number(s.maxAttempts)}};
}

// What an audit entry may say about a value: the CA certificates by subject and fingerprint.
QJsonValue auditValue(const QString &name, const QString &value)
{
    if (name != key::caPem)
        return value;
    QJsonArray cas;
    for (const QSslCertificate &ca : QSslCertificate::fromData(value.toLatin1(), QSsl::Pem))
        cas.append(QJsonObject{{QStringLiteral("subject"), ca.subjectDisplayName()},
                               {QStringLiteral("sha256"), QString::fromLatin1(ca.digest(QCryptographicHash::Sha256).toHex())}});
    return cas;
}

// Answers every check UNAVAILABLE / Configuration with the reason: an unconfigured real
// service never lets a check pass.
class UnconfiguredCheck final : public HouseholdCheck
{
public:
    UnconfiguredCheck(const QString &requestId, const Clock &clock, QObject *parent)
        : HouseholdCheck(requestId, clock, parent)
    {
    }
    void complete(HouseholdResult r) { finish(std::move(r)); }

protected:
    void stopWork() override {}
};

class UnconfiguredHouseholdService final : public QObject, public HouseholdService
{
public:
    UnconfiguredHouseholdService(QString problem, const Clock &clock) : m_problem(std::move(problem)), m_clock(clock)
    {
    }
    ~UnconfiguredHouseholdService() override
    {
        const auto jobs = findChildren<HouseholdCheck *>(Qt::FindDirectChildrenOnly);
        qDeleteAll(jobs);
    }
    Q_DISABLE_COPY_MOVE(UnconfiguredHouseholdService)

    HouseholdCheck *start(HouseholdQuery query) override
    {
        if (query.requestId.isEmpty())
            query.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto *job = new UnconfiguredCheck(query.requestId, m_clock, this);
        const QString requestId = query.requestId;
        QMetaObject::invokeMethod(
            job,
            [this, job, requestId] {
                if (job->isFinished())
                    return;
                qCInfo(lcNet).noquote() << "household check" << requestId << "not sent: service not configured";
                job->complete(HouseholdResult::unavailable(HouseholdResult::Failure::Configuration, m_problem, {},
                                                           m_clock.now(), requestId));
            },
            Qt::QueuedConnection);
        return job;
    }
    QString sourceName() const override { return QStringLiteral("city"); }

private:
    QString m_problem;
    const Clock &m_clock;
};

QString notConfigured(const QString &why)
{
    return tr("The household service is not configured: %1").arg(why);
}

} // namespace

// ---------------------------------------------------------------------------------------
// HouseholdSettings

Status HouseholdSettings::validate() const
{
    const QString url = baseUrl.trimmed();
    if (!url.isEmpty()) {
        if (auto endpoint = HouseholdContract::endpoint(QUrl(url)); !endpoint)
            return endpoint.error();
    }
    if (!caPem.trimmed().isEmpty()) {
        const QList<QSslCertificate> cas = caCertificates();
        if (cas.isEmpty())
            return invalid(tr("The CA certificates of the household service cannot be read (PEM expected)."));
    }
    if (!pinSha256.isEmpty() && !normalizeSha256(pinSha256))
        return invalid(tr("The pinned certificate fingerprint must be a SHA-256: 64 hexadecimal digits, colons "
                          "allowed."));
    if (idKeyId.isEmpty() || idKeyId.size() > 64)
        return invalid(tr("The ID-hash key id must be 1 to 64 characters."));
    for (QChar c : idKeyId) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return invalid(tr("The ID-hash key id may hold only printable ASCII characters without spaces."));
    }
    if (transferTimeoutMs < kMinTimeoutMs || transferTimeoutMs > kMaxTimeoutMs)
        return invalid(tr("The transfer timeout must be between %1 and %2 seconds.")
                           .arg(kMinTimeoutMs / 1000)
                           .arg(kMaxTimeoutMs / 1000));
    if (attemptDeadlineMs < transferTimeoutMs || attemptDeadlineMs > kMaxTimeoutMs)
        return invalid(tr("The time limit of one attempt must be at least the transfer timeout and at most %1 "
                          "seconds.")
                           .arg(kMaxTimeoutMs / 1000));
    if (maxAttempts < 1 || maxAttempts > 10)
        return invalid(tr("The number of attempts must be between 1 and 10."));
    return okStatus();
}

QList<QSslCertificate> HouseholdSettings::caCertificates() const
{
    QList<QSslCertificate> cas = QSslCertificate::fromData(caPem, QSsl::Pem);
    cas.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    return cas;
}

HttpHouseholdConfig HouseholdSettings::toConfig(const QByteArray &apiKey) const
{
    HttpHouseholdConfig config;
    config.baseUrl = QUrl(baseUrl.trimmed());
    config.caCertificates = caCertificates();
    if (const auto pin = normalizeSha256(pinSha256))
        config.pinnedSha256 = QByteArray::fromHex(pin->toLatin1());
    config.apiKey = apiKey;
    config.idKeyId = idKeyId;
    config.transferTimeoutMs = transferTimeoutMs;
    config.attemptDeadlineMs = attemptDeadlineMs;
    config.retry.maxAttempts = maxAttempts;
    return config;
}

bool HouseholdSettings::operator==(const HouseholdSettings &other) const
{
    return toValues(*this) == toValues(other);
}

// ---------------------------------------------------------------------------------------
// HouseholdSettingsStore

HouseholdSettingsStore::HouseholdSettingsStore(const Database &db, Actor actor, const Clock &clock)
    : m_db(db), m_actor(std::move(actor)), m_clock(clock)
{
}

Status HouseholdSettingsStore::mayChange(qint64 schoolId) const
{
    if (schoolId <= 0)
        return invalid(tr("No school was chosen."));
    if (m_actor.has(Actor::Role::System) || (m_actor.has(Actor::Role::SchoolAdmin) && m_actor.schoolId == schoolId))
        return okStatus();
    return Error::make(Error::Code::PermissionDenied,
                       tr("Only the school's administrators may change the household service settings."));
}

Result<HouseholdSettings> HouseholdSettingsStore::load(qint64 schoolId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT key, value, updated_at, updated_by FROM school_settings "
                                      "WHERE school_id = ? AND key LIKE 'household.%' ORDER BY updated_at"),
                       {schoolId});
    if (!q)
        return q.error();
    HouseholdSettings s;
    const auto number = [](const QString &text, int fallback) {
        bool ok = false;
        const int value = text.toInt(&ok);
        return ok ? value : fallback;
    };
    while (q.value().next()) {
        const QString name = q.value().value(0).toString();
        const QString value = q.value().value(1).toString();
        if (name == key::baseUrl)
            s.baseUrl = value;
        else if (name == key::caPem)
            s.caPem = value.toLatin1();
        else if (name == key::pin)
            s.pinSha256 = value;
        else if (name == key::idKeyId)
            s.idKeyId = value;
        else if (name == key::transferTimeout)
            s.transferTimeoutMs = number(value, s.transferTimeoutMs);
        else if (name == key::attemptDeadline)
            s.attemptDeadlineMs = number(value, s.attemptDeadlineMs);
        else if (name == key::maxAttempts)
            s.maxAttempts = number(value, s.maxAttempts);
        s.updatedAt = Database::toDateTime(q.value().value(2));
        s.updatedBy = q.value().value(3).toString();
    }
    return s;
}

Result<qint64> HouseholdSettingsStore::save(qint64 schoolId, const HouseholdSettings &wanted) const
{
    if (Status allowed = mayChange(schoolId); !allowed)
        return allowed.error();
    HouseholdSettings settings = wanted;
    settings.baseUrl = settings.baseUrl.trimmed();
    if (!settings.pinSha256.trimmed().isEmpty()) {
        const auto pin = normalizeSha256(settings.pinSha256);
        if (!pin)
            return invalid(tr("The pinned certificate fingerprint must be a SHA-256: 64 hexadecimal digits, colons "
                              "allowed."));
        settings.pinSha256 = *pin;
    } else {
        settings.pinSha256.clear();
    }
    if (Status valid = settings.validate(); !valid)
        return valid.error();
    // Store the CA certificates in one canonical PEM form.
    QByteArray canonical;
    for (const QSslCertificate &ca : settings.caCertificates())
        canonical += ca.toPem();
    settings.caPem = canonical;

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = load(schoolId);
    if (!before)
        return before.error();
    const QMap<QString, QString> oldValues = toValues(before.value());
    const QMap<QString, QString> newValues = toValues(settings);
    const QDateTime now = m_clock.now();
    QJsonObject changes;
    for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
        if (oldValues.value(it.key()) == it.value())
            continue;
        auto written = m_db.exec(QStringLiteral("INSERT INTO school_settings (school_id, key, value, updated_at, "
                                                "updated_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (school_id, key) "
                                                "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                                                "updated_by = excluded.updated_by"),
                                 {schoolId, it.key(), it.value(), m_db.timestamp(now), text(m_actor.login)});
        if (!written)
            return written.error();
        changes.insert(it.key(), QJsonObject{{QStringLiteral("old"), auditValue(it.key(), oldValues.value(it.key()))},
                                             {QStringLiteral("new"), auditValue(it.key(), it.value())}});
    }
    if (changes.isEmpty())
        return qint64(0);
    Actor auditor = m_actor;
    auditor.schoolId = schoolId;
    auto logged = AuditLog(m_db).append(auditor, QStringLiteral("household_settings.change"),
                                        QStringLiteral("school"), schoolId, {{QStringLiteral("changes"), changes}}, now);
    if (!logged)
        return logged.error();
    if (Status committed = tx.value()->commit(); !committed)
        return committed.error();
    qCInfo(lcNet) << "household settings of school" << schoolId << "changed:" << changes.keys();
    return logged.value();
}

// ---------------------------------------------------------------------------------------
// API key

CredentialStore::Key householdApiKeyKey(const DatabaseUrl &deployment, const QString &baseUrl)
{
    CredentialStore::Key key = CredentialStore::Key::forLogin(deployment, QString());
    key.account = key.server; // "<deployment>"
    key.server = QUrl(baseUrl.trimmed()).host().toLower();
    key.purpose = CredentialStore::Purpose::HouseholdApiKey;
    return key;
}

QString householdApiKeyProblem(const QString &apiKey)
{
    if (apiKey.isEmpty())
        return tr("The API key is empty.");
    for (QChar c : apiKey) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return tr("The API key may hold only printable ASCII characters without spaces.");
    }
    if (apiKey.size() > 4096)
        return tr("The API key is longer than 4096 characters.");
    return {};
}

QString householdApiKeyUnavailableMessage(const QString &keychainMessage)
{
    Q_UNUSED(keychainMessage)
    return tr("Secure storage (the system keychain, Secret Service) is not available, so the API key was not "
              "stored anywhere. Start the keychain (e.g. log in to a desktop session with GNOME Keyring or "
              "KWallet) and enter the key again.");
}

// ---------------------------------------------------------------------------------------
// Which service

Result<HouseholdServiceSetup> householdSetup(const Database &db, qint64 schoolId, const QByteArray &apiKey,
                                             const QString &keychainProblem)
{
    auto school = db.exec(QStringLiteral("SELECT code, is_demo FROM schools WHERE id = ?"), {schoolId});
    if (!school)
        return school.error();
    if (!school.value().next())
        return Error::make(Error::Code::NotFound, tr("The school no longer exists."),
                           QStringLiteral("school %1").arg(schoolId));
    HouseholdServiceSetup setup;
    setup.schoolId = schoolId;
    setup.schoolCode = school.value().value(0).toString();
    if (school.value().value(1).toBool()) {
        setup.kind = HouseholdServiceSetup::Kind::Demo;
        return setup;
    }
    auto settings = HouseholdSettingsStore(db, Actor{}, SystemClock()).load(schoolId);
    if (!settings)
        return settings.error();
    setup.kind = HouseholdServiceSetup::Kind::NotConfigured;
    if (!settings->isConfigured()) {
        setup.problem = notConfigured(tr("no service address is set (Settings → Household-registration service)."));
        return setup;
    }
    if (Status valid = settings->validate(); !valid) {
        setup.problem = notConfigured(valid.error().message);
        return setup;
    }
    if (!keychainProblem.isEmpty()) {
        setup.problem = notConfigured(keychainProblem);
        return setup;
    }
    if (apiKey.isEmpty()) {
        setup.problem = notConfigured(tr("no API key is stored in this computer's keychain."));
        return setup;
    }
    HttpHouseholdConfig config = settings->toConfig(apiKey);
    if (Status valid = config.validate(); !valid) {
        setup.problem = notConfigured(valid.error().message);
        return setup;
    }
    setup.kind = HouseholdServiceSetup::Kind::City;
    setup.config = config;
    return setup;
}

void loadHouseholdSetup(const Database &db, qint64 schoolId, CredentialStore &credentials, QObject *context,
                        std::function<void(const Result<HouseholdServiceSetup> &)> done)
{
    auto withoutKey = householdSetup(db, schoolId, {});
    if (!withoutKey || withoutKey->kind == HouseholdServiceSetup::Kind::Demo) {
        done(withoutKey);
        return;
    }
    auto settings = HouseholdSettingsStore(db, Actor{}, SystemClock()).load(schoolId);
    if (!settings || !settings->isConfigured()) {
        done(withoutKey); // nothing to look up: NotConfigured already says why
        return;
    }
    const DatabaseUrl url = db.url();
    const CredentialStore::Key key = householdApiKeyKey(url, settings->baseUrl);
    const Database *database = &db;
    credentials.read(key, context, [database, schoolId, done = std::move(done)](const Result<std::optional<QString>> &read) {
        if (!read) {
            done(householdSetup(*database, schoolId, {},
                                tr("the system keychain (Secret Service) is not available, so the API key cannot be "
                                   "read.")));
            return;
        }
        done(householdSetup(*database, schoolId, read.value() ? read.value()->toUtf8() : QByteArray()));
    });
}

std::unique_ptr<HouseholdService> createHouseholdService(const HouseholdServiceSetup &setup, const Database &db,
                                                         const Clock &clock)
{
    switch (setup.kind) {
    case HouseholdServiceSetup::Kind::Demo:
        return std::make_unique<DemoHouseholdService>(db, clock);
    case HouseholdServiceSetup::Kind::City:
        return std::make_unique<HttpHouseholdClient>(setup.config, clock);
    case HouseholdServiceSetup::Kind::NotConfigured:
        break;
    }
    return std::make_unique<UnconfiguredHouseholdService>(
        setup.problem.isEmpty() ? notConfigured(tr("no settings were loaded.")) : setup.problem, clock);
}

void createHouseholdServiceAsync(const Database &db, qint64 schoolId, const Clock &clock,
                                 CredentialStore &credentials, QObject *context,
                                 std::function<void(std::unique_ptr<HouseholdService>)> done)
{
    const Database *database = &db;
    const Clock *time = &clock;
    loadHouseholdSetup(db, schoolId, credentials, context,
                       [database, time, done = std::move(done)](const Result<HouseholdServiceSetup> &setup) {
                           if (setup) {
                               done(createHouseholdService(setup.value(), *database, *time));
                               return;
                           }
                           HouseholdServiceSetup failed;
                           failed.problem = setup.error().message;
                           done(createHouseholdService(failed, *database, *time));
                       });
}

HouseholdQuery householdConnectionTestQuery(const QString &schoolCode)
{
    // Hashes of fixed strings that are no national ID: no person can match them.
    const auto hash = [](const char *text) {
        return QString::fromLatin1(QCryptographicHash::hash(QByteArray(text), QCryptographicHash::Sha256).toHex());
    };
    HouseholdQuery query;
    query.parentIdHash = hash("cooc-desk connection test: parent");
    query.childIdHash = hash("cooc-desk connection test: child");
    query.schoolCode = schoolCode;
    query.reference = QStringLiteral("connection-test");
    return query;
}

} // namespace cooc
