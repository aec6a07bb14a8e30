#pragma once

// A fresh PKI for e-signature tests and benchmarks, built at run time with the test CA:
// root → intermediate → holders with the Taiwanese (MOICA) extensions, plus a TSA and an
// unrelated "unknown" root. RSA keys are slow to make: a TestPki makes a few once and
// reuses them for every certificate.

#include "app/esign/certificateauthority.h"
#include "app/esign/truststore.h"

#include <QDateTime>

namespace cooc::test {

class TestPki
{
public:
    // `now` (whole seconds, UTC) anchors every validity period (holders valid from now − 30 days).
    explicit TestPki(const QDateTime &now = QDateTime::currentDateTimeUtc());

    QDateTime now;
    esign::PrivateKey rootKey, intermediateKey, unknownRootKey, tsaKey;
    esign::PrivateKey rsaKey, rsaKey2, ecKey, rsa1024Key;
    esign::CertificateAuthority root, intermediate, unknownRoot, unknownIntermediate;
    esign::Certificate tsaCertificate;

    // A holder certificate: defaults are a valid signing certificate for 王大明 / 6789.
    esign::HolderProfile holder(const QString &name = QStringLiteral("王大明"),
                                const QString &idLast4 = QStringLiteral("6789")) const;
    esign::Certificate issue(const esign::HolderProfile &profile, const esign::PrivateKey &key) const;
    esign::Certificate issue(const esign::PrivateKey &key) const { return issue(holder(), key); }

    // The CRL of the intermediate listing `revoked` (thisUpdate now − 1 h, nextUpdate + 7 days).
    esign::RevocationList intermediateCrl(const QList<esign::RevokedEntry> &revoked = {},
                                          const QDateTime &nextUpdate = {}) const;
    esign::RevocationList rootCrl() const;

    // Root as the pinned anchor (policy required), intermediate configured, both CRLs, TSA root.
    esign::TrustConfiguration configuration(const esign::RevocationList &intermediateCrl,
                                            bool configureIntermediate = true) const;
    esign::TimestampAuthority timestampAuthority() const;
};

} // namespace cooc::test
