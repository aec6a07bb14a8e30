#include "support/testpki.h"

#include "support/must.h"

namespace cooc::test {

using namespace esign;

TestPki::TestPki(const QDateTime &at) : now(QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC))
{
    rootKey = PrivateKey::generateRsa(2048);
    intermediateKey = PrivateKey::generateRsa(2048);
    unknownRootKey = PrivateKey::generateEc("P-256");
    tsaKey = PrivateKey::generateEc("P-256");
    rsaKey = PrivateKey::generateRsa(2048);
    rsaKey2 = PrivateKey::generateRsa(2048);
    ecKey = PrivateKey::generateEc("P-256");
    rsa1024Key = PrivateKey::generateRsa(1024);
    const QDateTime from = now.addDays(-365);
    const QDateTime to = now.addYears(10);
    root = must(CertificateAuthority::createRoot(QStringLiteral("TEST 政府憑證總管理中心 GRCA"), rootKey, from, to,
                                                 Digest::Sha256, QStringLiteral("TEST")));
    intermediate = must(root.createIntermediate(QStringLiteral("TEST 內政部憑證管理中心 MOICA"), intermediateKey, from,
                                                to, Digest::Sha256, QStringLiteral("TEST")));
    unknownRoot = must(CertificateAuthority::createRoot(QStringLiteral("TEST Unknown Root"), unknownRootKey, from,
                                                        to));
    unknownIntermediate = must(unknownRoot.createIntermediate(QStringLiteral("TEST 內政部憑證管理中心 MOICA"),
                                                              unknownRootKey, from, to));
    tsaCertificate = must(root.issueTimestampingCertificate(QStringLiteral("TEST Time-Stamping Authority"), tsaKey,
                                                            from, to));
}

HolderProfile TestPki::holder(const QString &name, const QString &idLast4) const
{
    HolderProfile p;
    p.commonName = name;
    p.idLast4 = idLast4;
    p.notBefore = now.addDays(-30);
    p.notAfter = now.addYears(2);
    return p;
}

Certificate TestPki::issue(const HolderProfile &profile, const PrivateKey &key) const
{
    return must(intermediate.issueHolder(profile, key));
}

RevocationList TestPki::intermediateCrl(const QList<RevokedEntry> &revoked, const QDateTime &nextUpdate) const
{
    return must(intermediate.issueCrl(revoked, now.addSecs(-3600), nextUpdate.isValid() ? nextUpdate : now.addDays(7)));
}

RevocationList TestPki::rootCrl() const
{
    return must(root.issueCrl({}, now.addSecs(-3600), now.addDays(30)));
}

TrustConfiguration TestPki::configuration(const RevocationList &crl, bool configureIntermediate) const
{
    TrustConfiguration config;
    config.addAnchor(root.certificate(), {QString::fromLatin1(oid::moicaHolderPolicy)},
                     root.certificate().sha256Hex());
    if (configureIntermediate)
        config.intermediates.append(intermediate.certificate());
    if (!crl.isNull())
        config.crls.append(crl);
    config.crls.append(rootCrl());
    config.timestampAnchors.append(root.certificate());
    return config;
}

TimestampAuthority TestPki::timestampAuthority() const
{
    return TimestampAuthority(tsaCertificate, tsaKey);
}

} // namespace cooc::test
