#pragma once

// The e-signature trust material a school's administrators configure (table esign_trust):
// trust anchors (pinned by the SHA-256 of their DER encoding), intermediates, revocation lists
// (CRLs) and timestamping (TSA) roots. app/esign/TrustConfigService builds the school's
// TrustStore from these rows.
//
// Everybody at the school may list the material (and the city-wide rows, school_id NULL);
// only the school's administrators (Actor::Role::SchoolAdmin of that school) or the CLI's
// System actor may add or remove it. Each change is one transaction with its audit entry.

#include "models/actor.h"
#include "models/clock.h"
#include "models/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cooc {

// One esign_trust row.
struct TrustMaterial
{
    enum class Kind { Anchor, Intermediate, Crl, Tsa };

    qint64 id = 0;
    qint64 schoolId = 0; // 0: city-wide (school_id NULL); schools cannot change those
    Kind kind = Kind::Anchor;
    QString label;
    QString sha256; // lower-case hex SHA-256 of the DER encoding (the pin)
    bool isDemo = false; // shipped with the demo school: NOT a real certificate authority
    QDateTime addedAt;   // UTC
    // Anchors: the certificate policies a signing certificate under this anchor must carry.
    // nullopt: the default (app/esign decides: the MOICA holder policy); empty: none.
    std::optional<QStringList> requiredPolicies;
    QByteArray pem; // filled by EsignTrustRepository::pem() / list(…, WithPem) only

    bool isCityWide() const { return schoolId == 0; }

    // "anchor", "intermediate", "crl", "tsa" (esign_trust.kind, the CLI's --kind).
    static QString kindCode(Kind kind);
    static std::optional<Kind> kindFromCode(const QString &code);
    static QList<Kind> allKinds() { return {Kind::Anchor, Kind::Intermediate, Kind::Crl, Kind::Tsa}; }
    // Translated: "Trust anchor", "Intermediate CA", "Revocation list (CRL)", "Timestamping root (TSA)".
    static QString kindName(Kind kind);
    static bool isCertificateKind(Kind kind) { return kind != Kind::Crl; }
};

// What a certificate or CRL file holds, as the admin confirms it before adding (like SSH's
// "the fingerprint is …, continue?").
struct TrustMaterialInfo
{
    TrustMaterial::Kind kind = TrustMaterial::Kind::Anchor;
    QByteArray der;
    QByteArray pem;       // the canonical PEM that is stored
    QString sha256;       // lower-case hex of the DER
    QString subject;      // certificate subject / the CRL's issuer (RFC 2253, UTF-8)
    QString commonName;   // CN of that name (empty when there is none)
    QString issuer;       // certificate issuer (RFC 2253); the CRL's issuer again
    QString issuerCommonName; // CN of the issuer (empty when there is none)
    QDateTime validFrom;  // notBefore / the CRL's thisUpdate (UTC)
    QDateTime validUntil; // notAfter / the CRL's nextUpdate (invalid: the CRL has none)
    bool isCa = false;    // basicConstraints cA
    bool selfSigned = false;
    qint64 revokedCount = 0; // CRL entries

    // "AB:CD:…" upper-case with colons, as certificate viewers show it.
    QString sha256Display() const { return displayFingerprint(sha256); }
    static QString displayFingerprint(const QString &hex);
    // The label used when the admin gives none: the CN (or the subject), "CRL: <issuer CN>".
    QString defaultLabel() const;
    bool isExpired(const QDateTime &now) const { return validUntil.isValid() && validUntil < now; }
};

// A row together with what its PEM holds (for lists): `info` is unset when the stored PEM
// no longer parses (then `problem` says why).
struct TrustMaterialEntry
{
    TrustMaterial material;
    std::optional<TrustMaterialInfo> info;
    QString problem;
};

// What the admin asks to add.
struct TrustAddition
{
    TrustMaterial::Kind kind = TrustMaterial::Kind::Anchor;
    QByteArray bytes;       // the file as chosen: PEM or DER, one certificate or one CRL
    QString label;          // empty: TrustMaterialInfo::defaultLabel()
    QString expectedSha256; // the fingerprint the admin confirmed (hex, colons allowed); empty:
                            // none confirmed (the CLI's --yes). When set it must match.
    std::optional<QStringList> requiredPolicies; // anchors only; nullopt: the default
};

struct TrustChange
{
    TrustMaterial material;         // the row added or removed (without PEM)
    QList<TrustMaterial> superseded; // older CRLs of the same issuer removed by this addition
    qint64 auditId = 0;
};

class EsignTrustRepository final
{
public:
    static constexpr qsizetype maxFileBytes = 64 * 1024 * 1024; // a real MOICA CRL is ~20 MB DER

    // `actor` is who lists/changes; `clock` stamps added_at and the audit entries and judges
    // expiry.
    EsignTrustRepository(const Database &db, Actor actor, const Clock &clock);

    const Actor &actor() const { return m_actor; }

    enum class Content { WithoutPem, WithPem };
    // The school's rows and the city-wide ones, anchors first, then intermediates, CRLs, TSA
    // roots, each by label. WithoutPem is cheap (the PEM of a CRL can be tens of MB).
    Result<QList<TrustMaterial>> list(qint64 schoolId, Content content = Content::WithoutPem) const;
    // One row with its PEM (a row of another school is NotFound).
    Result<TrustMaterial> find(qint64 id, qint64 schoolId) const;

    // Parses a certificate or CRL file without touching the database: the fingerprint and
    // names the admin confirms, or a clear InvalidInput (not PEM/DER, a CRL where a
    // certificate was expected or the other way round, several certificates in one file, …).
    static Result<TrustMaterialInfo> inspect(TrustMaterial::Kind kind, const QByteArray &bytes);

    // May the actor change the trust material of `schoolId`? (PermissionDenied with the
    // reason otherwise.)
    Status mayChange(qint64 schoolId) const;

    // Adds one certificate or CRL for `schoolId`, refusing (InvalidInput, nothing changed):
    // input that does not parse, a fingerprint that differs from addition.expectedSha256,
    // material already configured (this school or city-wide), an expired anchor or TSA root,
    // an anchor or intermediate that is not a CA, a CRL that does not verify with the
    // configured CA of its issuer's name, a CRL past its next update or older than one
    // already configured for that issuer. A newer CRL replaces the older ones of the same
    // issuer (TrustChange::superseded). Audited as esign_trust.add.
    Result<TrustChange> add(qint64 schoolId, const TrustAddition &addition) const;

    // Removes row `id` of `schoolId` (city-wide rows cannot be removed by a school).
    // Audited as esign_trust.remove.
    Result<TrustChange> remove(qint64 schoolId, qint64 id) const;

    // "2.16.886.101.0.3.3 1.2.3" ↔ list; "" = none; NULL = default.
    static std::optional<QStringList> policiesFromColumn(const QVariant &value);
    static QVariant policiesToColumn(const std::optional<QStringList> &policies);

private:
    const Database &m_db;
    Actor m_actor;
    const Clock &m_clock;
};

// Parses a hex fingerprint as admins type it ("AB:CD:…", "ab cd …", plain): 64 hex digits →
// lower-case hex; nullopt when it is not a SHA-256.
std::optional<QString> normalizeSha256(const QString &text);

} // namespace cooc
