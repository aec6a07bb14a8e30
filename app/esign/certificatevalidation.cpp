// Steps 6–8 and 10 of the verification: certificate path, leaf constraints, revocation and
// identity. Path validation is OpenSSL's X509_verify_cert with one replacement: the step
// that checks signatures and validity periods along the chain (the `verify` hook) is ours,
// a faithful copy of OpenSSL 3.0's internal_verify that skips CA-certificate signatures the
// TrustStore has already proven. Everything else (chain building, extensions, auth level,
// name constraints) stays OpenSSL's.
#include "app/esign/verification_p.h"

#include "app/esign/der_p.h"

#include "app/logging.h"

#include <QMutex>
#include <QStringDecoder>

#include <algorithm>
#include <vector>

namespace cooc::esign::detail {

using namespace ossl;

namespace {

struct PathState
{
    const TrustStore *trust = nullptr;
    time_t at = 0;
    int error = X509_V_OK;
    int errorDepth = -1;
    int timeError = X509_V_OK;
    int timeErrorDepth = -1;
};

int pathStateIndex()
{
    static const int index = X509_STORE_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

PathState *stateOf(X509_STORE_CTX *ctx)
{
    return static_cast<PathState *>(X509_STORE_CTX_get_ex_data(ctx, pathStateIndex()));
}

bool isTimeError(int error)
{
    return error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID;
}

// Records the first error; validity-period errors are noted and validation goes on, so the
// rest of the chain is still checked (an expired certificate may be rescued by a timestamp
// only if everything else holds).
int recordingCallback(int ok, X509_STORE_CTX *ctx)
{
    if (ok)
        return 1;
    PathState *state = stateOf(ctx);
    const int error = X509_STORE_CTX_get_error(ctx);
    const int depth = X509_STORE_CTX_get_error_depth(ctx);
    if (isTimeError(error)) {
        if (state->timeError == X509_V_OK || depth < state->timeErrorDepth) {
            state->timeError = error;
            state->timeErrorDepth = depth;
        }
        return 1;
    }
    if (state->error == X509_V_OK) {
        state->error = error;
        state->errorDepth = depth;
    }
    return 0;
}

QByteArray edgeKey(const TrustStore &trust, X509 *issuer, X509 *subject)
{
    const QByteArray a = trust.fingerprint(issuer);
    const QByteArray b = trust.fingerprint(subject);
    return a.isEmpty() || b.isEmpty() ? QByteArray() : a + b;
}

int fail(X509_STORE_CTX *ctx, X509 *cert, int depth, int error)
{
    X509_STORE_CTX_set_error_depth(ctx, depth);
    X509_STORE_CTX_set_current_cert(ctx, cert);
    X509_STORE_CTX_set_error(ctx, error);
    return X509_STORE_CTX_get_verify_cb(ctx)(0, ctx);
}

// A certificate time as X509_cmp_time reads it: UTCTime YYMMDDHHMMSSZ or GeneralizedTime
// YYYYMMDDHHMMSSZ (RFC 5280 §4.1.2.5); any other form is an error in the field.
bool strictTime(const ASN1_TIME *t)
{
    const int type = ASN1_STRING_type(t);
    const int length = ASN1_STRING_length(t);
    const unsigned char *d = ASN1_STRING_get0_data(t);
    if (length != (type == V_ASN1_UTCTIME ? 13 : type == V_ASN1_GENERALIZEDTIME ? 15 : -1) || d[length - 1] != 'Z')
        return false;
    return std::all_of(d, d + length - 1, [](unsigned char c) { return c >= '0' && c <= '9'; });
}

// As ossl_x509_check_cert_time, comparing without building ASN1_TIMEs: a malformed time is
// an error in its field, and at exactly notAfter the certificate has expired (X509_cmp_time
// counts "equal" as earlier).
int checkTime(X509_STORE_CTX *ctx, X509 *x, int depth, time_t at)
{
    const ASN1_TIME *notBefore = X509_get0_notBefore(x);
    int i = strictTime(notBefore) ? ASN1_TIME_cmp_time_t(notBefore, at) : -2;
    if (i == -2 && !fail(ctx, x, depth, X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD))
        return 0;
    if (i > 0 && !fail(ctx, x, depth, X509_V_ERR_CERT_NOT_YET_VALID))
        return 0;
    const ASN1_TIME *notAfter = X509_get0_notAfter(x);
    i = strictTime(notAfter) ? ASN1_TIME_cmp_time_t(notAfter, at) : -2;
    if (i == -2 && !fail(ctx, x, depth, X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD))
        return 0;
    if ((i == -1 || i == 0) && !fail(ctx, x, depth, X509_V_ERR_CERT_HAS_EXPIRED))
        return 0;
    return 1;
}

// The signer certificate's signature, checked as X509_verify does (ASN1_item_verify_ex: the
// outer and inner signature algorithms equal, no unused bits in the signature, the key type the
// algorithm names, the digest of the TBSCertificate as it was received, the signature over it)
// but with a verification context for the issuer's key that each thread prepares once: setting
// one up (EVP_PKEY_CTX_new with its key-manager look-ups, fetching the signature and digest)
// costs about half an RSA-2048 verification in OpenSSL 3.0. The context belongs to the issuer,
// a CA certificate, never to the signer. 1: verified, 0: not, -1: not a case handled here
// (another algorithm, RSA-PSS, an unknown issuer): the caller uses X509_verify.
struct PreparedVerification
{
    QByteArray issuer; // SHA-256 of the issuer's certificate
    int signatureNid = NID_undef;
    EvpPkeyPtr key; // the issuer's key, kept alive for the context
    EvpPkeyCtxPtr ctx;
};

EVP_PKEY_CTX *preparedContext(const QByteArray &issuer, int signatureNid, EVP_PKEY *key, int digestNid, int keyNid)
{
    thread_local std::vector<PreparedVerification> prepared; // a few CAs per thread
    for (const PreparedVerification &p : prepared) {
        if (p.signatureNid == signatureNid && p.issuer == issuer && p.key.get() == key)
            return p.ctx.get();
    }
    if (!EVP_PKEY_is_a(key, OBJ_nid2sn(keyNid)))
        return nullptr; // wrong key type: X509_verify reports it
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(ossl::threadFastLibCtx(), key, nullptr));
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1
        || (keyNid == EVP_PKEY_RSA && EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1)
        || EVP_PKEY_CTX_set_signature_md(ctx.get(), digestFor(digestNid)) != 1) {
        clearErrors();
        return nullptr;
    }
    if (prepared.size() >= 8)
        prepared.clear();
    EVP_PKEY_up_ref(key);
    prepared.push_back({issuer, signatureNid, EvpPkeyPtr(key), std::move(ctx)});
    return prepared.back().ctx.get();
}

// The TBSCertificate as received: i2d_X509 writes the cached encoding of the parsed TBS (what
// X509_verify hashes), then the algorithm and the signature. Empty if it is not a definite-length
// SEQUENCE in a SEQUENCE (then X509_verify decides).
QByteArray receivedTbs(X509 *cert)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert, &der);
    QByteArray tbs;
    const auto sequenceAt = [&](const unsigned char **p, long *contentLength) {
        int tag = 0;
        int cls = 0;
        return ASN1_get_object(p, contentLength, &tag, &cls, length - (*p - der)) == V_ASN1_CONSTRUCTED
            && tag == V_ASN1_SEQUENCE && cls == V_ASN1_UNIVERSAL;
    };
    const unsigned char *p = der;
    long outer = 0;
    long inner = 0;
    if (length > 0 && sequenceAt(&p, &outer)) {
        const unsigned char *start = p;
        if (sequenceAt(&p, &inner))
            tbs = QByteArray(reinterpret_cast<const char *>(start), int(p - start + inner));
    }
    OPENSSL_free(der);
    return tbs;
}

int verifyLeafSignature(const TrustStore &trust, X509 *issuer, EVP_PKEY *key, X509 *cert)
{
    const ASN1_BIT_STRING *signature = nullptr;
    const X509_ALGOR *algorithm = nullptr;
    X509_get0_signature(&signature, &algorithm, cert);
    if (!signature || !algorithm || X509_ALGOR_cmp(algorithm, X509_get0_tbs_sigalg(cert)) != 0
        || (signature->flags & 0x7) != 0)
        return -1;
    const int signatureNid = OBJ_obj2nid(algorithm->algorithm);
    int digestNid = NID_undef;
    int keyNid = NID_undef;
    if (!OBJ_find_sigid_algs(signatureNid, &digestNid, &keyNid) || !digestAllowed(digestNid)
        || (keyNid != EVP_PKEY_RSA && keyNid != EVP_PKEY_EC))
        return -1;
    const QByteArray issuerId = trust.fingerprint(issuer);
    EVP_PKEY_CTX *ctx = issuerId.isEmpty() ? nullptr : preparedContext(issuerId, signatureNid, key, digestNid, keyNid);
    const QByteArray tbs = ctx ? receivedTbs(cert) : QByteArray();
    if (tbs.isEmpty())
        return -1;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (EVP_Digest(tbs.constData(), size_t(tbs.size()), digest, &digestLength, digestFor(digestNid), nullptr) != 1) {
        clearErrors();
        return -1;
    }
    const int ok = EVP_PKEY_verify(ctx, signature->data, size_t(signature->length), digest, digestLength);
    clearErrors();
    return ok == 1 ? 1 : 0;
}

// OpenSSL 3.0 internal_verify (crypto/x509/x509_vfy.c), with a cache for CA signatures.
int cachedInternalVerify(X509_STORE_CTX *ctx)
{
    PathState *state = stateOf(ctx);
    STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx);
    int n = sk_X509_num(chain) - 1;
    X509 *xi = sk_X509_value(chain, n);
    X509 *xs = xi;
    X509_STORE_CTX_set_error_depth(ctx, n);
    if (X509_check_issued(xi, xi) != X509_V_OK) {
        if (n > 0) {
            --n;
            X509_STORE_CTX_set_error_depth(ctx, n);
            xs = sk_X509_value(chain, n);
        } else if (!fail(ctx, xi, 0, X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE)) {
            return 0;
        }
    }
    while (n >= 0) {
        // Self-signed anchors' own signatures are not checked (as OpenSSL does by default).
        if (xs != xi) {
            const int issuerDepth = n + 1;
            const uint32_t usage = (X509_get_extension_flags(xs) & EXFLAG_PROXY) ? KU_DIGITAL_SIGNATURE
                                                                                   : KU_KEY_CERT_SIGN;
            if ((X509_get_extension_flags(xi) & EXFLAG_KUSAGE) && (X509_get_key_usage(xi) & usage) == 0) {
                const int error = usage == KU_KEY_CERT_SIGN ? X509_V_ERR_KEYUSAGE_NO_CERTSIGN
                                                            : X509_V_ERR_KEYUSAGE_NO_DIGITAL_SIGNATURE;
                if (!fail(ctx, xi, issuerDepth, error))
                    return 0;
            }
            EVP_PKEY *pkey = X509_get0_pubkey(xi);
            if (!pkey) {
                if (!fail(ctx, xi, issuerDepth, X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY))
                    return 0;
            } else {
                // Only certificates above the signer are shared between signatures: cache those.
                const QByteArray edge = n > 0 ? edgeKey(*state->trust, xi, xs) : QByteArray();
                const bool proven = !edge.isEmpty() && state->trust->isProven(edge);
                if (!proven) {
                    // The signer's certificate (n == 0) with the issuer's prepared context.
                    const int verified = n == 0 ? verifyLeafSignature(*state->trust, xi, pkey, xs) : -1;
                    if ((verified < 0 ? X509_verify(xs, pkey) : verified) <= 0) {
                        if (!fail(ctx, xs, n, X509_V_ERR_CERT_SIGNATURE_FAILURE))
                            return 0;
                    } else if (!edge.isEmpty()) {
                        state->trust->markProven(edge);
                    }
                }
            }
        }
        if (!checkTime(ctx, xs, n, state->at))
            return 0;
        X509_STORE_CTX_set_current_cert(ctx, xs);
        X509_STORE_CTX_set_error_depth(ctx, n);
        if (!X509_STORE_CTX_get_verify_cb(ctx)(1, ctx))
            return 0;
        if (--n >= 0) {
            xi = xs;
            xs = sk_X509_value(chain, n);
        }
    }
    return 1;
}

SubIndication mapPathError(int error)
{
    switch (error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_UNTRUSTED:
    case X509_V_ERR_CERT_REJECTED:
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
    case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        return SubIndication::NoCertificateChainFound;
    case X509_V_ERR_CA_KEY_TOO_SMALL:
    case X509_V_ERR_EE_KEY_TOO_SMALL:
    case X509_V_ERR_CA_MD_TOO_WEAK:
        return SubIndication::CryptoConstraintsFailure;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return SubIndication::NotYetValid;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return SubIndication::Expired;
    default:
        return SubIndication::ChainConstraintsFailure;
    }
}

Text pathErrorText(int error, int depth)
{
    const Text what = depth == 0 ? tr("the signer's certificate") : tr("a CA certificate (level %1)").arg(depth);
    return tr("Certificate path: %1 (%2).").arg(QString::fromLatin1(X509_verify_cert_error_string(error)), what);
}

// Whether the certificate policies extension (present once) names one of `policies`:
// certificatePolicies ::= SEQUENCE OF PolicyInformation { policyIdentifier, qualifiers }, read
// in place and compared as OIDs (decoding it and printing each OID showed in profiles).
bool hasPolicy(X509 *cert, const QStringList &policies)
{
    const int index = X509_get_ext_by_NID(cert, NID_certificate_policies, -1);
    if (index < 0 || X509_get_ext_by_NID(cert, NID_certificate_policies, index) >= 0)
        return false;
    const ASN1_OCTET_STRING *data = X509_EXTENSION_get_data(X509_get_ext(cert, index));
    der::Bytes extension{ASN1_STRING_get0_data(data), size_t(ASN1_STRING_length(data))};
    der::Bytes list, information, identifier;
    if (!der::take(extension, V_ASN1_SEQUENCE | V_ASN1_CONSTRUCTED, &list) || extension.size != 0)
        return false;
    bool found = false;
    while (der::take(list, V_ASN1_SEQUENCE | V_ASN1_CONSTRUCTED, &information)) {
        if (!der::take(information, V_ASN1_OBJECT, &identifier))
            return false;
        for (const QString &policy : policies)
            found = found || der::isOid(identifier, objectFor(policy.toLatin1().constData()));
    }
    return found && list.size == 0; // a malformed extension names no policy
}

QByteArray serialKey(X509 *cert)
{
    unsigned char *out = nullptr;
    const int len = i2d_ASN1_INTEGER(X509_get0_serialNumber(cert), &out);
    if (len <= 0)
        return {};
    QByteArray key(reinterpret_cast<const char *>(out), len);
    OPENSSL_free(out);
    return key;
}

struct Revocation
{
    enum Status { Good, Revoked, OnHold, NoCrl, Stale };
    Status status = NoCrl;
    QDateTime revokedAt;
    const TrustStore::IndexedCrl *crl = nullptr;
};

Revocation revocationOf(const TrustStore &trust, X509 *cert, X509 *issuer, bool isCa, const QDateTime &now)
{
    Revocation result;
    const TrustStore::IndexedCrl *best = nullptr;
    for (const TrustStore::IndexedCrl *crl : trust.crlsFor(issuer)) {
        if ((crl->onlyUserCerts && isCa) || (crl->onlyCaCerts && !isCa) || !TrustStore::crlCovers(*crl, cert))
            continue;
        if (crl->thisUpdate.isValid() && crl->thisUpdate > now)
            continue; // not yet valid at `now`
        if (!best || crl->thisUpdate > best->thisUpdate)
            best = crl;
    }
    if (!best)
        return result;
    result.crl = best;
    if (best->nextUpdate.isValid() && best->nextUpdate < now) {
        result.status = Revocation::Stale;
        return result;
    }
    const auto it = best->revoked.constFind(serialKey(cert));
    if (it == best->revoked.constEnd() || it->reason == 8 /* removeFromCRL */) {
        result.status = Revocation::Good;
        return result;
    }
    result.revokedAt = it->revokedAt;
    result.status = it->reason == 6 /* certificateHold */ ? Revocation::OnHold : Revocation::Revoked;
    return result;
}

Text crlSource(const TrustStore::IndexedCrl *crl)
{
    return Text::made(crl->sourceText, crl->sourceWords);
}

void checkRevocation(Run &run, STACK_OF(X509) *chain)
{
    VerificationReport &r = run.report;
    r.revocationCheckedAt = run.now;
    const int count = sk_X509_num(chain);
    for (int depth = 0; depth + 1 < count; ++depth) {
        X509 *cert = sk_X509_value(chain, depth);
        X509 *issuer = sk_X509_value(chain, depth + 1);
        const Revocation rev = revocationOf(run.trust, cert, issuer, depth > 0, run.now);
        // r.chain describes this chain; names are only needed for messages.
        const QString name = depth < r.chain.size() ? r.chain.at(depth).commonName
                                                    : Certificate::share(cert).subjectCommonName();
        if (depth == 0) {
            r.revocationStatus = QStringLiteral("unknown");
            if (rev.crl) {
                r.revocationSource = crlSource(rev.crl);
                r.crlThisUpdate = rev.crl->thisUpdate;
                r.crlNextUpdate = rev.crl->nextUpdate;
            }
        }
        if (rev.status != Revocation::Good && depth > 0 && rev.status != Revocation::Revoked
            && rev.status != Revocation::OnHold) {
            // CA certificates are checked when their issuer's CRL is configured.
            run.warn(QStringLiteral("ca_revocation_not_checked"),
                     tr("Revocation of the CA certificate \"%1\" was not checked: no current CRL of its issuer is "
                        "configured.")
                         .arg(name));
            continue;
        }
        switch (rev.status) {
        case Revocation::Good:
            if (depth == 0) {
                r.revocationStatus = QStringLiteral("good");
                run.info(QStringLiteral("not_revoked"),
                         tr("The signer's certificate is not revoked according to the %1.").arg(crlSource(rev.crl)));
            }
            break;
        case Revocation::NoCrl:
            run.fail(Line::Certificate, SubIndication::TryLater, QStringLiteral("no_crl"),
                     tr("No current revocation list of the signer's CA is configured; revocation cannot be checked."));
            break;
        case Revocation::Stale:
            run.fail(Line::Certificate, SubIndication::TryLater, QStringLiteral("stale_crl"),
                     tr("The revocation list is out of date (next update was %1); load a current CRL and retry.")
                         .arg(messageTime(rev.crl->nextUpdate)));
            break;
        case Revocation::OnHold:
            if (depth == 0)
                r.revocationStatus = QStringLiteral("on_hold");
            r.revokedAt = depth == 0 ? rev.revokedAt : r.revokedAt;
            run.fail(Line::Certificate, SubIndication::TryLater, QStringLiteral("certificate_on_hold"),
                     tr("The certificate \"%1\" is suspended (certificateHold) since %2; retry after the holder "
                        "resumes or revokes it.")
                         .arg(name, messageTime(rev.revokedAt)));
            break;
        case Revocation::Revoked:
            if (depth == 0) {
                r.revocationStatus = QStringLiteral("revoked");
                r.revokedAt = rev.revokedAt;
            }
            if (rev.revokedAt <= r.bestSignatureTime) {
                run.fail(Line::Certificate, SubIndication::Revoked, QStringLiteral("revoked"),
                         tr("The certificate \"%1\" was revoked on %2, before the signature time %3.")
                             .arg(name, messageTime(rev.revokedAt),
                                  messageTime(r.bestSignatureTime)));
            } else if (r.bestSignatureTimeSource == TimeSource::Timestamp) {
                run.warn(QStringLiteral("revoked_after_signature"),
                         tr("The certificate \"%1\" was revoked on %2, after the timestamp proved the signature "
                            "existed (%3).")
                             .arg(name, messageTime(rev.revokedAt),
                                  messageTime(r.bestSignatureTime)));
            } else {
                run.fail(Line::Certificate, SubIndication::RevokedNoPoe, QStringLiteral("revoked_no_poe"),
                         tr("The certificate \"%1\" was revoked on %2 and nothing proves the signature is older.")
                             .arg(name, messageTime(rev.revokedAt)));
            }
            break;
        }
    }
}

} // namespace

void validateCertificate(Run &run, X509 *leaf, STACK_OF(X509) *embedded)
{
    VerificationReport &r = run.report;
    // Untrusted helpers: what came with the signature, then the configured intermediates.
    X509StackPtr untrusted(sk_X509_new_null());
    const auto push = [&](X509 *cert) {
        X509_up_ref(cert);
        sk_X509_push(untrusted.get(), cert);
    };
    // Configured intermediates first: their fingerprints are precomputed.
    for (const Certificate &cert : run.trust.intermediates())
        push(cert.get());
    // An embedded copy of a configured intermediate is the same object (the trust store's):
    // listed twice, OpenSSL would weigh it twice as the signer's issuer.
    for (int i = 0; embedded && i < sk_X509_num(embedded); ++i) {
        X509 *cert = sk_X509_value(embedded, i);
        if (sk_X509_find(untrusted.get(), cert) < 0)
            push(cert);
    }

    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    PathState state;
    state.trust = &run.trust;
    state.at = time_t(r.bestSignatureTime.toSecsSinceEpoch());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), run.trust.x509Store(), leaf, untrusted.get()) != 1) {
        run.fail(Line::Certificate, SubIndication::NoCertificateChainFound, QStringLiteral("path_internal"),
                 tr("The certificate path could not be checked."));
        clearErrors();
        return;
    }
    X509_STORE_CTX_set_ex_data(ctx.get(), pathStateIndex(), &state);
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_time(param, state.at);
    X509_VERIFY_PARAM_set_auth_level(param, 2);
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_ANY);
    X509_STORE_CTX_set_verify_cb(ctx.get(), recordingCallback);
    X509_STORE_CTX_set_verify(ctx.get(), cachedInternalVerify);
    const int ok = X509_verify_cert(ctx.get());
    clearErrors();

    X509StackPtr chain(X509_STORE_CTX_get1_chain(ctx.get()));
    const int length = chain ? sk_X509_num(chain.get()) : 0;
    const TrustConfiguration::Anchor *anchor =
        length > 0 ? run.trust.anchorFor(sk_X509_value(chain.get(), length - 1)) : nullptr;
    r.chain.clear();
    r.chain.resize(length);
    for (int i = length - 1; i >= 0; --i) { // the anchor first: each certificate's issuer is known
        const bool top = i == length - 1;
        r.chain[i] = describe(run, sk_X509_value(chain.get(), i), top && anchor,
                              top ? nullptr : sk_X509_value(chain.get(), i + 1), top ? nullptr : &r.chain.at(i + 1),
                              leaf);
    }

    if (ok != 1 || state.error != X509_V_OK) {
        const int error = state.error != X509_V_OK ? state.error : X509_STORE_CTX_get_error(ctx.get());
        run.fail(Line::Certificate, mapPathError(error), QStringLiteral("path"),
                 pathErrorText(error, state.error != X509_V_OK ? state.errorDepth : 0));
        return;
    }
    if (!anchor) { // cannot happen after success, but never pass without a pinned anchor
        run.fail(Line::Certificate, SubIndication::NoCertificateChainFound, QStringLiteral("no_anchor"),
                 tr("The certificate path does not end at a configured trust anchor."));
        return;
    }
    if (state.timeError != X509_V_OK) {
        X509 *cert = sk_X509_value(chain.get(), state.timeErrorDepth);
        const Certificate c = Certificate::share(cert);
        if (state.timeError == X509_V_ERR_CERT_NOT_YET_VALID) {
            run.fail(Line::Certificate, SubIndication::NotYetValid, QStringLiteral("not_yet_valid"),
                     tr("The certificate \"%1\" is valid only from %2, after the signature time %3.")
                         .arg(c.subjectCommonName(), messageTime(c.notBefore()),
                              messageTime(r.bestSignatureTime)));
        } else {
            // Expired at the best signature time. The client's claimed signing time is never
            // trusted to pass, but when it falls inside the validity period we cannot exclude
            // that the signature is older: INDETERMINATE rather than FAILED.
            const bool claimedInside = r.claimedSigningTime.isValid() && r.claimedSigningTime >= c.notBefore()
                && r.claimedSigningTime < c.notAfter(); // at notAfter it has expired, as in checkTime
            if (claimedInside)
                run.fail(Line::Certificate, SubIndication::OutOfBoundsNoPoe, QStringLiteral("expired_no_poe"),
                         tr("The certificate \"%1\" expired on %2; the signer's clock says %3, but nothing proves "
                            "the signature was made before expiry.")
                             .arg(c.subjectCommonName(), messageTime(c.notAfter()),
                                  messageTime(r.claimedSigningTime)));
            else
                run.fail(Line::Certificate, SubIndication::Expired, QStringLiteral("expired"),
                         tr("The certificate \"%1\" expired on %2, before the signature time %3.")
                             .arg(c.subjectCommonName(), messageTime(c.notAfter()),
                                  messageTime(r.bestSignatureTime)));
        }
    }

    // Step 7: the signing certificate itself.
    const uint32_t flags = X509_get_extension_flags(leaf);
    const uint32_t usage = X509_get_key_usage(leaf);
    if (!(flags & EXFLAG_KUSAGE) || (usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) == 0)
        run.fail(Line::Certificate, SubIndication::ChainConstraintsFailure, QStringLiteral("key_usage"),
                 tr("The certificate is not a signing certificate (key usage lacks digitalSignature and "
                    "nonRepudiation); the card's encryption certificate cannot sign."));
    if ((flags & EXFLAG_CA) != 0) // basicConstraints cA, whatever the key usage says
        run.fail(Line::Certificate, SubIndication::ChainConstraintsFailure, QStringLiteral("signer_is_ca"),
                 tr("The signing certificate is a CA certificate."));
    if (!anchor->requiredPolicies.isEmpty() && !hasPolicy(leaf, anchor->requiredPolicies))
        run.fail(Line::Certificate, SubIndication::ChainConstraintsFailure, QStringLiteral("policy"),
                 tr("The certificate does not carry the policy its CA requires (%1).")
                     .arg(anchor->requiredPolicies.join(QLatin1String(", "))));

    // Step 8: revocation now.
    checkRevocation(run, chain.get());
    run.certificateChecked = true;
}

QString idLast4From(X509 *cert)
{
    // SubjectDirectoryAttributes ::= SEQUENCE OF Attribute { type, values SET OF value }: the
    // first value of the first ID-digits attribute that has a string value. Read in place:
    // decoding it with OpenSSL's templates cost as much as the rest of step 10.
    const int index = X509_get_ext_by_OBJ(cert, objectFor(oid::subjectDirectoryAttributes), -1);
    if (index < 0)
        return {};
    const ASN1_OCTET_STRING *data = X509_EXTENSION_get_data(X509_get_ext(cert, index));
    der::Bytes extension{ASN1_STRING_get0_data(data), size_t(ASN1_STRING_length(data))};
    der::Bytes attributes;
    if (!der::take(extension, V_ASN1_SEQUENCE | V_ASN1_CONSTRUCTED, &attributes) || extension.size != 0)
        return {};
    const ASN1_OBJECT *idLast4 = objectFor(oid::idLast4Attribute);
    QString found;
    der::Bytes item;
    unsigned char itemTag = 0;
    while (der::takeAny(attributes, &itemTag, &item)) {
        der::Bytes type, values, value;
        unsigned char tag = 0;
        if (!found.isEmpty() || itemTag != (V_ASN1_SEQUENCE | V_ASN1_CONSTRUCTED) || !der::take(item, V_ASN1_OBJECT, &type)
            || !der::isOid(type, idLast4) || !der::take(item, V_ASN1_SET | V_ASN1_CONSTRUCTED, &values)
            || !der::takeAny(values, &tag, &value))
            continue;
        const auto *text = reinterpret_cast<const char *>(value.data);
        const auto length = qsizetype(value.size);
        if (tag == V_ASN1_PRINTABLESTRING || tag == V_ASN1_IA5STRING) {
            found = QString::fromLatin1(text, length); // one octet per character, as OpenSSL reads them
        } else if (tag == V_ASN1_UTF8STRING) {
            // A byte order mark stays a character, as ASN1_STRING_to_UTF8 keeps it.
            QStringDecoder utf8(QStringDecoder::Utf8,
                                QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
            found = utf8(QByteArrayView(text, length));
            if (utf8.hasError())
                found.clear(); // not UTF-8: no digits, as ASN1_STRING_to_UTF8 refuses it
        }
    }
    return attributes.size == 0 ? found : QString(); // a malformed extension states nothing
}

void checkIdentity(Run &run, X509 *leaf, const ExpectedSigner &expected)
{
    VerificationReport &r = run.report;
    const QString idLast4 = idLast4From(leaf);
    r.signerIdLast4Masked = idLast4.isEmpty() ? QString() : QLatin1Char('*') + idLast4.right(3);
    if (expected.name.isEmpty() && expected.idLast4.isEmpty()) {
        run.info(QStringLiteral("identity_not_checked"),
                 tr("No applicant was given: the signer's name and ID digits were not compared."));
        return;
    }
    r.identityChecked = true;
    const auto normalize = [](const QString &s) { return s.trimmed().normalized(QString::NormalizationForm_C); };
    const bool nameGiven = !expected.name.trimmed().isEmpty();
    const bool idGiven = !expected.idLast4.trimmed().isEmpty();
    r.signerNameMatches = nameGiven && normalize(r.signerName) == normalize(expected.name);
    r.signerIdMatches = idGiven && !idLast4.isEmpty()
        && idLast4.trimmed().compare(expected.idLast4.trimmed(), Qt::CaseInsensitive) == 0;
    // Half an applicant confirms nobody: what is missing is never taken as matching.
    if (!nameGiven || !idGiven)
        run.fail(Line::Certificate, SubIndication::SignerMismatch, QStringLiteral("identity_incomplete"),
                 nameGiven ? tr("The applicant's ID digits are missing, so the signer cannot be confirmed as the "
                                "applicant.")
                           : tr("The applicant's name is missing, so the signer cannot be confirmed as the "
                                "applicant."));
    if (nameGiven && !r.signerNameMatches)
        run.fail(Line::Certificate, SubIndication::SignerMismatch, QStringLiteral("name_mismatch"),
                 tr("The certificate holder's name is not the applicant's name."));
    if (idGiven && !r.signerIdMatches)
        run.fail(Line::Certificate, SubIndication::SignerMismatch, QStringLiteral("id_mismatch"),
                 idLast4.isEmpty()
                     ? tr("The certificate does not state the holder's ID digits (Subject Directory Attributes).")
                     : tr("The last 4 characters of the holder's ID differ from the applicant's."));
    if (r.signerNameMatches && r.signerIdMatches)
        run.info(QStringLiteral("identity_matches"),
                 tr("The certificate holder is the applicant (name and last 4 ID characters match)."));
}

} // namespace cooc::esign::detail
