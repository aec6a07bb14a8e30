#include "models/esigntrustrepository.h"

#include "models/auditlog.h"
#include "models/esigntrustrepository_p.h"
#include "models/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace cooc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::EsignTrustRepository", text);
}

Error invalid(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Code::InvalidInput, message, detail);
}

QString dateText(const QDateTime &utc)
{
    // Dates the admin compares with a certificate viewer: ISO, in UTC.
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

const QString kColumns = QStringLiteral("id, school_id, kind, label, sha256, is_demo, added_at, required_policies");
const QString kOrder = QStringLiteral(" ORDER BY CASE kind WHEN 'anchor' THEN 0 WHEN 'intermediate' THEN 1 "
                                      "WHEN 'crl' THEN 2 ELSE 3 END, label, id");

TrustMaterial fromRow(const QSqlQuery &q, bool withPem)
{
    TrustMaterial m;
    m.id = q.value(0).toLongLong();
    m.schoolId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    m.kind = TrustMaterial::kindFromCode(q.value(2).toString()).value_or(TrustMaterial::Kind::Anchor);
    m.label = q.value(3).toString();
    m.sha256 = q.value(4).toString();
    m.isDemo = q.value(5).toBool();
    m.addedAt = Database::toDateTime(q.value(6));
    if (m.kind == TrustMaterial::Kind::Anchor)
        m.requiredPolicies = EsignTrustRepository::policiesFromColumn(q.value(7));
    if (withPem)
        m.pem = q.value(8).toString().toLatin1();
    return m;
}

QJsonObject describe(const TrustMaterial &m)
{
    QJsonObject o{{QStringLiteral("kind"), TrustMaterial::kindCode(m.kind)},
                  {QStringLiteral("label"), m.label},
                  {QStringLiteral("sha256"), m.sha256}};
    if (m.isDemo)
        o.insert(QStringLiteral("is_demo"), true);
    return o;
}

} // namespace

QString TrustMaterial::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Anchor:
        return QStringLiteral("anchor");
    case Kind::Intermediate:
        return QStringLiteral("intermediate");
    case Kind::Crl:
        return QStringLiteral("crl");
    case Kind::Tsa:
        return QStringLiteral("tsa");
    }
    return {};
}

std::optional<TrustMaterial::Kind> TrustMaterial::kindFromCode(const QString &code)
{
    for (Kind kind : allKinds()) {
        if (kindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString TrustMaterial::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Anchor:
        return tr("Trust anchor");
    case Kind::Intermediate:
        return tr("Intermediate CA");
    case Kind::Crl:
        return tr("Revocation list (CRL)");
    case Kind::Tsa:
        return tr("Timestamping root (TSA)");
    }
    return {};
}

EsignTrustRepository::EsignTrustRepository(const Database &db, Actor actor, const Clock &clock)
    : m_db(db), m_actor(std::move(actor)), m_clock(clock)
{
}

std::optional<QStringList> EsignTrustRepository::policiesFromColumn(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QVariant EsignTrustRepository::policiesToColumn(const std::optional<QStringList> &policies)
{
    if (!policies)
        return QVariant(QMetaType(QMetaType::QString));
    const QString joined = policies->join(QLatin1Char(' '));
    return joined.isNull() ? QStringLiteral("") : joined; // '' = none, never NULL (the default)
}

Result<QList<TrustMaterial>> EsignTrustRepository::list(qint64 schoolId, Content content) const
{
    const bool withPem = content == Content::WithPem;
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + (withPem ? QStringLiteral(", pem") : QString())
                           + QStringLiteral(" FROM esign_trust WHERE school_id = ? OR school_id IS NULL") + kOrder,
                       {schoolId});
    if (!q)
        return q.error();
    QList<TrustMaterial> rows;
    while (q.value().next())
        rows.append(fromRow(q.value(), withPem));
    return rows;
}

Result<TrustMaterial> EsignTrustRepository::find(qint64 id, qint64 schoolId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(", pem FROM esign_trust WHERE id = ? AND (school_id = ? OR school_id IS NULL)"),
                       {id, schoolId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, tr("This trust entry no longer exists; someone removed it."),
                           QStringLiteral("esign_trust id %1").arg(id));
    return fromRow(q.value(), true);
}

Status EsignTrustRepository::mayChange(qint64 schoolId) const
{
    if (schoolId <= 0)
        return invalid(tr("No school was chosen."));
    if (m_actor.has(Actor::Role::System))
        return okStatus();
    if (m_actor.has(Actor::Role::SchoolAdmin) && m_actor.schoolId == schoolId)
        return okStatus();
    return Error::make(Error::Code::PermissionDenied,
                       tr("Only the school's administrators may change the e-signature trust settings."),
                       QStringLiteral("actor %1, school %2").arg(m_actor.login).arg(schoolId));
}

Result<TrustChange> EsignTrustRepository::add(qint64 schoolId, const TrustAddition &addition) const
{
    if (Status allowed = mayChange(schoolId); !allowed)
        return allowed.error();
    auto inspected = inspect(addition.kind, addition.bytes);
    if (!inspected)
        return inspected.error();
    const TrustMaterialInfo &info = inspected.value();
    const QDateTime now = m_clock.now();
    using Kind = TrustMaterial::Kind;

    if (!addition.expectedSha256.trimmed().isEmpty()) {
        const auto expected = normalizeSha256(addition.expectedSha256);
        if (!expected)
            return invalid(tr("The expected fingerprint is not a SHA-256 fingerprint (64 hexadecimal digits, colons "
                              "allowed). Nothing was added."));
        if (*expected != info.sha256)
            return invalid(tr("The file's SHA-256 fingerprint is %1, not the expected %2. It may be a different "
                              "certificate than the one you meant; nothing was added.")
                               .arg(info.sha256Display(), TrustMaterialInfo::displayFingerprint(*expected)));
    }
    const QString name = info.commonName.isEmpty() ? info.subject : info.commonName;
    if ((addition.kind == Kind::Anchor || addition.kind == Kind::Tsa) && info.isExpired(now))
        return invalid(tr("The certificate \"%1\" expired on %2. An expired certificate cannot be a trust anchor; "
                          "nothing was added.")
                           .arg(name, dateText(info.validUntil)));
    if ((addition.kind == Kind::Anchor || addition.kind == Kind::Intermediate) && !info.isCa)
        return invalid(tr("The certificate \"%1\" is not a certificate authority (it lacks basicConstraints "
                          "CA:TRUE), so it cannot be a trust anchor or an intermediate. Nothing was added.")
                           .arg(name));
    if (addition.kind == Kind::Anchor && info.isCa && !info.selfSigned)
        return invalid(tr("The certificate \"%1\" is not a root certificate: it was issued by \"%2\". A path can "
                          "only end at a root, so no signature would pass with it as the trust anchor. Add its "
                          "root as the trust anchor and this certificate as an intermediate. Nothing was added.")
                           .arg(name, info.issuerCommonName.isEmpty() ? info.issuer : info.issuerCommonName));
    if (addition.kind == Kind::Crl && info.validUntil.isValid() && info.validUntil < now)
        return invalid(tr("This revocation list of \"%1\" was due to be replaced on %2 (its next update). Download "
                          "the current one from the certificate authority; nothing was added.")
                           .arg(name, dateText(info.validUntil)));
    std::optional<QStringList> policies;
    if (addition.kind == Kind::Anchor && addition.requiredPolicies) {
        static const QRegularExpression oid(QStringLiteral("^[0-2](\\.(0|[1-9][0-9]*))+$"));
        for (const QString &policy : *addition.requiredPolicies) {
            if (!oid.match(policy).hasMatch())
                return invalid(tr("\"%1\" is not a certificate policy OID (such as 2.16.886.101.0.3.3).").arg(policy));
        }
        policies = addition.requiredPolicies;
    }
    QString label = addition.label.simplified();
    if (label.isEmpty())
        label = info.defaultLabel();
    if (label.size() > 200)
        return invalid(tr("The label is longer than 200 characters."));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();

    auto duplicate = m_db.exec(QStringLiteral("SELECT kind, label, school_id FROM esign_trust "
                                              "WHERE sha256 = ? AND (school_id = ? OR school_id IS NULL)"),
                               {info.sha256, schoolId});
    if (!duplicate)
        return duplicate.error();
    if (duplicate.value().next()) {
        const auto kind = TrustMaterial::kindFromCode(duplicate.value().value(0).toString());
        return invalid(tr("This %1 is already configured, as \"%2\" (%3). Nothing was added.")
                           .arg(TrustMaterial::isCertificateKind(addition.kind) ? tr("certificate") : tr("revocation list"),
                                duplicate.value().value(1).toString(),
                                kind ? TrustMaterial::kindName(*kind) : duplicate.value().value(0).toString()),
                       QStringLiteral("sha256 %1").arg(info.sha256));
    }

    QList<TrustMaterial> superseded;
    if (addition.kind == Kind::Crl) {
        // The CRL must verify with the configured CA of its issuer's name (when one is
        // configured; a CA that only arrives inside signatures is checked when it is met).
        auto cas = m_db.exec(QStringLiteral("SELECT pem FROM esign_trust WHERE kind IN ('anchor', 'intermediate') "
                                            "AND (school_id = ? OR school_id IS NULL)"),
                             {schoolId});
        if (!cas)
            return cas.error();
        bool nameKnown = false;
        bool verifies = false;
        while (cas.value().next()) {
            auto ca = inspect(Kind::Intermediate, cas.value().value(0).toString().toLatin1());
            if (!ca)
                continue;
            const auto relation = trustdetail::crlIssuedBy(info.der, ca->der);
            nameKnown = nameKnown || relation != trustdetail::CrlIssuer::OtherName;
            verifies = verifies || relation == trustdetail::CrlIssuer::Verifies;
        }
        if (nameKnown && !verifies)
            return invalid(tr("This revocation list names \"%1\" as its issuer, but its signature does not verify "
                              "with the configured certificate of that name. It may be forged or damaged; nothing "
                              "was added.")
                               .arg(name));
        // Older CRLs of the same issuer are replaced; a newer one already present wins.
        auto crls = m_db.exec(QStringLiteral("SELECT ") + kColumns
                                  + QStringLiteral(", pem FROM esign_trust WHERE kind = 'crl' AND school_id = ?"),
                              {schoolId});
        if (!crls)
            return crls.error();
        while (crls.value().next()) {
            TrustMaterial existing = fromRow(crls.value(), true);
            auto existingInfo = inspect(Kind::Crl, existing.pem);
            if (!existingInfo || !trustdetail::sameIssuer(existingInfo->der, info.der))
                continue;
            if (existingInfo->validFrom >= info.validFrom)
                return invalid(tr("A revocation list of \"%1\" issued %2 is already configured (\"%3\"); this one "
                                  "was issued %4, which is not newer. Nothing was added.")
                                   .arg(name, dateText(existingInfo->validFrom), existing.label,
                                        dateText(info.validFrom)));
            existing.pem.clear();
            superseded.append(existing);
        }
    }

    auto id = m_db.insert(QStringLiteral("INSERT INTO esign_trust (school_id, kind, label, sha256, pem, is_demo, "
                                         "added_at, required_policies) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {schoolId, TrustMaterial::kindCode(addition.kind), label, info.sha256,
                           QString::fromLatin1(info.pem), false, m_db.timestamp(now), policiesToColumn(policies)});
    if (!id)
        return id.error();

    Actor auditor = m_actor;
    auditor.schoolId = schoolId;
    const AuditLog audit(m_db);
    QJsonArray supersededJson;
    for (const TrustMaterial &old : superseded) {
        auto removed = m_db.exec(QStringLiteral("DELETE FROM esign_trust WHERE id = ? AND school_id = ?"),
                                 {old.id, schoolId});
        if (!removed)
            return removed.error();
        QJsonObject detail = describe(old);
        detail.insert(QStringLiteral("reason"), QStringLiteral("superseded"));
        detail.insert(QStringLiteral("superseded_by"), id.value());
        auto logged = audit.append(auditor, QStringLiteral("esign_trust.remove"), QStringLiteral("esign_trust"),
                                   old.id, detail, now);
        if (!logged)
            return logged.error();
        supersededJson.append(describe(old));
    }

    TrustChange change;
    change.material.id = id.value();
    change.material.schoolId = schoolId;
    change.material.kind = addition.kind;
    change.material.label = label;
    change.material.sha256 = info.sha256;
    change.material.addedAt = now;
    change.material.requiredPolicies = policies;
    change.superseded = superseded;

    QJsonObject detail = describe(change.material);
    detail.insert(QStringLiteral("subject"), info.subject);
    if (addition.kind != Kind::Crl)
        detail.insert(QStringLiteral("issuer"), info.issuer);
    detail.insert(QStringLiteral("valid_from"), info.validFrom.toString(Qt::ISODate));
    if (info.validUntil.isValid())
        detail.insert(QStringLiteral("valid_until"), info.validUntil.toString(Qt::ISODate));
    detail.insert(QStringLiteral("fingerprint_confirmed"), !addition.expectedSha256.trimmed().isEmpty());
    if (addition.kind == Kind::Anchor)
        detail.insert(QStringLiteral("required_policies"),
                      policies ? QJsonValue(policies->join(QLatin1Char(' '))) : QJsonValue(QStringLiteral("default")));
    if (!supersededJson.isEmpty())
        detail.insert(QStringLiteral("superseded"), supersededJson);
    auto logged = audit.append(auditor, QStringLiteral("esign_trust.add"), QStringLiteral("esign_trust"), id.value(),
                               detail, now);
    if (!logged)
        return logged.error();
    change.auditId = logged.value();
    if (Status committed = tx.value()->commit(); !committed)
        return committed.error();
    qCInfo(lcModels).noquote() << "esign_trust added" << TrustMaterial::kindCode(addition.kind) << info.sha256
                               << "school" << schoolId;
    return change;
}

Result<TrustChange> EsignTrustRepository::remove(qint64 schoolId, qint64 id) const
{
    if (Status allowed = mayChange(schoolId); !allowed)
        return allowed.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto row = m_db.exec(QStringLiteral("SELECT ") + kColumns
                             + QStringLiteral(" FROM esign_trust WHERE id = ? AND (school_id = ? OR school_id IS NULL)"),
                         {id, schoolId});
    if (!row)
        return row.error();
    if (!row.value().next())
        return Error::make(Error::Code::NotFound, tr("This trust entry no longer exists; someone removed it."),
                           QStringLiteral("esign_trust id %1").arg(id));
    TrustChange change;
    change.material = fromRow(row.value(), false);
    if (change.material.isCityWide())
        return Error::make(Error::Code::PermissionDenied,
                           tr("\"%1\" is configured for every school of the city; only the city's administrators "
                              "can remove it.")
                               .arg(change.material.label));
    auto removed = m_db.exec(QStringLiteral("DELETE FROM esign_trust WHERE id = ? AND school_id = ?"), {id, schoolId});
    if (!removed)
        return removed.error();
    if (removed.value().numRowsAffected() != 1)
        return Error::make(Error::Code::Conflict, tr("This trust entry was removed meanwhile by someone else."));
    Actor auditor = m_actor;
    auditor.schoolId = schoolId;
    auto logged = AuditLog(m_db).append(auditor, QStringLiteral("esign_trust.remove"), QStringLiteral("esign_trust"), id,
                                        describe(change.material), m_clock.now());
    if (!logged)
        return logged.error();
    change.auditId = logged.value();
    if (Status committed = tx.value()->commit(); !committed)
        return committed.error();
    qCInfo(lcModels).noquote() << "esign_trust removed" << TrustMaterial::kindCode(change.material.kind)
                               << change.material.sha256 << "school" << schoolId;
    return change;
}

} // namespace cooc
