#pragma once

// The school's e-signature trust, as the administrators configured it (table esign_trust,
// models/esigntrustrepository.h), turned into the TrustStore the verifier uses.
//
// For verification (binding review, CLI, batch workers) there is one call:
//
//   auto trust = cooc::esign::schoolTrustStore(db, schoolId); // db: this thread's connection
//   if (!trust) → show trust.error().message (e.g. "no trust anchor is configured"): the
//                  signature stays NOT_VERIFIED / is treated as INDETERMINATE, never passed
//   SignatureVerifier verifier(trust.value());
//
// It is cheap when nothing changed (one small query without the PEM column) and thread-safe:
// every thread gets the same immutable std::shared_ptr<const TrustStore>. When rows were added
// or removed (here, on another PC, or with `cooc-desk-cli trust`), the next call rebuilds the
// store. Anchors are pinned by the SHA-256 stored with their row (the fingerprint the admin
// confirmed); a row whose content no longer matches its fingerprint stops verification with
// an error rather than being trusted. CRLs are parsed once per content (a CRL is replaced by a
// new row when its next update comes), and kept parsed across rebuilds. A rebuild with a real
// 20 MB CRL takes about a second: never call it on the GUI thread — use trustStoreAsync().

#include "app/esign/truststore.h"
#include "models/clock.h"
#include "models/database.h"
#include "models/esigntrustrepository.h"

#include <QFuture>
#include <QHash>

#include <memory>
#include <mutex>

namespace cooc::esign {

using SharedTrustStore = std::shared_ptr<const TrustStore>;

// The effective policies of an anchor row.
QStringList requiredPoliciesOf(const TrustMaterial &anchor);

class TrustConfigService final
{
public:
    TrustConfigService();
    ~TrustConfigService();
    Q_DISABLE_COPY_MOVE(TrustConfigService)

    // The instance the application shares (schoolTrustStore() and the settings screen use it),
    // so a store built once serves every caller. Tests may make their own.
    static TrustConfigService &shared();

    // The current TrustStore of `schoolId` (blocking; `db` belongs to the calling thread).
    // Errors: NotFound when no trust anchor is configured; Corrupt when a stored row does not
    // match its fingerprint or does not parse; database errors as they come.
    Result<SharedTrustStore> trustStore(const Database &db, qint64 schoolId) const;
    // The same on a pool thread with a connection of its own (opened from `url`), for the GUI.
    QFuture<Result<SharedTrustStore>> trustStoreAsync(const DatabaseUrl &url, qint64 schoolId) const;

    // The rows with what they hold, for the settings screen (parses each row once; blocking).
    // A CRL that would be ignored when building (it does not verify with the configured CA of
    // its issuer's name) carries a `problem`.
    Result<QList<TrustMaterialEntry>> entries(const Database &db, qint64 schoolId) const;

    // Reads a certificate/CRL file (at most EsignTrustRepository::maxFileBytes) and inspects it.
    static Result<TrustAddition> readFile(const QString &path, TrustMaterial::Kind kind);

    // Blocking wrappers around the repository, for pool threads and the CLI.
    Result<TrustChange> add(const Database &db, const Actor &actor, const Clock &clock, qint64 schoolId,
                            const TrustAddition &addition) const;
    Result<TrustChange> remove(const Database &db, const Actor &actor, const Clock &clock, qint64 schoolId,
                               qint64 id) const;

    // The GUI's versions: each runs on a pool thread with its own connection opened from `url`
    // (the session's URL); `clock` must outlive the future.
    QFuture<Result<QList<TrustMaterialEntry>>> entriesAsync(const DatabaseUrl &url, qint64 schoolId) const;
    QFuture<Result<TrustMaterialInfo>> inspectFileAsync(const QString &path, TrustMaterial::Kind kind) const;
    QFuture<Result<TrustChange>> addAsync(const DatabaseUrl &url, const Actor &actor, const Clock &clock,
                                          qint64 schoolId, const TrustAddition &addition) const;
    QFuture<Result<TrustChange>> removeAsync(const DatabaseUrl &url, const Actor &actor, const Clock &clock,
                                             qint64 schoolId, qint64 id) const;

    // How many times a store was built (tests: "unchanged rows reuse the store").
    int buildCount() const;

private:
    struct Cached
    {
        QString signature; // ids, fingerprints and policies of the rows the store was built from
        SharedTrustStore store;
    };
    struct Parsed; // certificates and CRLs by fingerprint

    Result<SharedTrustStore> build(const Database &db, qint64 schoolId, const QList<TrustMaterial> &rows) const;

    mutable std::mutex m_lock;  // guards m_cache, m_parsed, m_info, m_builds
    mutable std::mutex m_buildLock; // one rebuild at a time (the second caller reuses its result)
    mutable QHash<QString, Cached> m_cache; // by database + school
    std::unique_ptr<Parsed> m_parsed;
    mutable QHash<QString, TrustMaterialInfo> m_info; // by fingerprint, without der/pem
    mutable int m_builds = 0;
};

// The school's current TrustStore: TrustConfigService::shared().trustStore(db, schoolId).
Result<SharedTrustStore> schoolTrustStore(const Database &db, qint64 schoolId);

} // namespace cooc::esign
