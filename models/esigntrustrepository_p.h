#pragma once

// Internal to EsignTrustRepository: the few OpenSSL checks that need more than
// TrustMaterialInfo (models/ cannot use app/esign's Certificate types).

#include <QByteArray>

namespace cooc::trustdetail {

// How a CRL relates to one configured certificate.
enum class CrlIssuer {
    OtherName,     // the certificate's subject is not the CRL's issuer
    Verifies,      // same name, and the CRL's signature verifies with its key
    DoesNotVerify, // same name, but the signature does not verify
};
CrlIssuer crlIssuedBy(const QByteArray &crlDer, const QByteArray &certificateDer);

// The issuer name of a CRL and of a certificate's subject are the same (X509_NAME_cmp).
bool sameIssuer(const QByteArray &crlDerA, const QByteArray &crlDerB);

} // namespace cooc::trustdetail
