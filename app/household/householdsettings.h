#pragma once

// Where the household-registration service's configuration lives, and which service a school
// uses.
//
// Decision: the address, CA certificates, pinned fingerprint, ID-key id and timeouts are
// per school, in the database (table school_settings, migration 0009): every PC of the school
// reads the same values, a school administrator changes them once (audited), and on the
// central server row-level security lets only that school's administrators write them. The
// CA certificates are stored as PEM text, not as a file path: a path would only be valid on
// the PC where it was chosen. The API key is the one secret: it lives only in each PC's OS
// keychain (CredentialStore key "household-api-key:<deployment>@<service host>", see
// docs/household-contract.md) — never in the database, settings files or logs; with no
// keychain nothing is stored and the service stays unconfigured.
//
// The binding review gets its service with one call on the GUI thread (the keychain answers
// asynchronously):
//
//   createHouseholdServiceAsync(session.db(), schoolId, clock, credentials, this,
//       [this](std::unique_ptr<HouseholdService> service) { m_household = std::move(service); });
//
// or, when worker threads need services of their own, in two steps:
//
//   loadHouseholdSetup(session.db(), schoolId, credentials, this, [this](auto setup) {
//       m_householdSetup = setup;          // once per page/login, on the GUI thread
//   });
//   auto service = createHouseholdService(m_householdSetup.value(), db, clock); // any thread:
//                                          // the service belongs to the creating thread
//
// createHouseholdService() returns DemoHouseholdService for the demo school (schools.is_demo),
// HttpHouseholdClient for a configured school, and otherwise a service whose every check
// finishes UNAVAILABLE / Failure::Configuration with "The household service is not
// configured: …" — never a pass.

#include "app/auth/credentialstore.h"
#include "app/household/householdservice.h"
#include "app/household/httphouseholdclient.h"
#include "models/actor.h"
#include "models/clock.h"
#include "models/database.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace cooc {

// One school's household-service settings (nothing secret).
struct HouseholdSettings
{
    QString baseUrl;   // https://…; empty: not configured
    QByteArray caPem;  // CA certificates replacing the system store (PEM); empty: the system store
    QString pinSha256; // SHA-256 of the server certificate, 64 lower-case hex digits; empty: no pin
    QString idKeyId = QStringLiteral("default"); // which ID-hash key made the hashes
    int transferTimeoutMs = 10000;
    int attemptDeadlineMs = 20000;
    int maxAttempts = 3;
    // The last change (read-only; set by load()).
    QDateTime updatedAt;
    QString updatedBy;

    bool isConfigured() const { return !baseUrl.trimmed().isEmpty(); }
    // Checks the values; the message names the setting to fix (InvalidInput).
    Status validate() const;
    QList<QSslCertificate> caCertificates() const;
    // The client configuration with `apiKey` (validate() first).
    HttpHouseholdConfig toConfig(const QByteArray &apiKey) const;

    bool operator==(const HouseholdSettings &other) const;
};

// Reads and writes a school's HouseholdSettings (school_settings rows "household.*").
class HouseholdSettingsStore final
{
public:
    HouseholdSettingsStore(const Database &db, Actor actor, const Clock &clock);

    // Defaults for a school that configured nothing.
    Result<HouseholdSettings> load(qint64 schoolId) const;
    // Validates, then writes every value in one transaction with an audit entry
    // (household_settings.change: which fields changed, old and new — nothing secret).
    // Only the school's administrators (or the CLI's System actor): PermissionDenied otherwise.
    // Saving unchanged values writes nothing. Returns the audit entry id (0 when unchanged).
    Result<qint64> save(qint64 schoolId, const HouseholdSettings &settings) const;

    Status mayChange(qint64 schoolId) const;

private:
    const Database &m_db;
    Actor m_actor;
    const Clock &m_clock;
};

// The keychain entry of the API key: "household-api-key:<deployment>@<service host>", where
// the deployment is the database (as in the login key) and the host that of `baseUrl`.
CredentialStore::Key householdApiKeyKey(const DatabaseUrl &deployment, const QString &baseUrl);
// Why an API key cannot be used ("contains spaces", …), or empty when it can.
QString householdApiKeyProblem(const QString &apiKey);
// The message when the keychain cannot store the key (nothing was stored).
QString householdApiKeyUnavailableMessage(const QString &keychainMessage);

// Which household service a school uses, with everything needed to create it on any thread.
struct HouseholdServiceSetup
{
    enum class Kind {
        Demo,          // the demo school's own registry (DemoHouseholdService)
        City,          // the city's HTTPS service (HttpHouseholdClient), fully configured
        NotConfigured, // every check finishes UNAVAILABLE with `problem`
    };
    Kind kind = Kind::NotConfigured;
    qint64 schoolId = 0;
    QString schoolCode;
    HttpHouseholdConfig config; // City: complete, API key included
    QString problem;            // NotConfigured: "The household service is not configured: …"
};

// Decides from the database alone (blocking, two small queries): schools.is_demo → Demo;
// otherwise the school's settings with `apiKey` → City, or NotConfigured with the reason.
// `keychainProblem`: why no API key could be read (it becomes the reason when set).
Result<HouseholdServiceSetup> householdSetup(const Database &db, qint64 schoolId, const QByteArray &apiKey,
                                             const QString &keychainProblem = {});

// householdSetup() plus the API key from the keychain. On the thread of `db` (GUI thread):
// `done` runs there once the keychain answered, unless `context` was destroyed first.
void loadHouseholdSetup(const Database &db, qint64 schoolId, CredentialStore &credentials, QObject *context,
                        std::function<void(const Result<HouseholdServiceSetup> &)> done);

// The service for `setup`, belonging to the calling thread. `db` (the demo registry) must
// belong to the calling thread too and outlive the service.
std::unique_ptr<HouseholdService> createHouseholdService(const HouseholdServiceSetup &setup, const Database &db,
                                                         const Clock &clock);

// The one call for the GUI thread: loadHouseholdSetup() + createHouseholdService(). `done`
// always gets a service: when the setup cannot even be read (database error) it is one that
// answers UNAVAILABLE with that reason. Keep the setup too (loadHouseholdSetup) if worker
// threads need services of their own.
void createHouseholdServiceAsync(const Database &db, qint64 schoolId, const Clock &clock,
                                 CredentialStore &credentials, QObject *context,
                                 std::function<void(std::unique_ptr<HouseholdService>)> done);

// A harmless query for "Test connection": hashes of no person (any answer proves the service
// works; UNAVAILABLE says what does not).
HouseholdQuery householdConnectionTestQuery(const QString &schoolCode);

} // namespace cooc
