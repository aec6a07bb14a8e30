#pragma once

// RAII for the OpenSSL 3 C API: every object we own is a std::unique_ptr with the matching
// free function, so no early return can leak. Internal to app/esign (and its tests).

#include <QByteArray>
#include <QString>

#include <openssl/pem.h> // before cms.h: declares PEM_read/write_bio_CMS

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace cooc::esign::ossl {

template<auto FreeFn>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const
    {
        if (p)
            FreeFn(p);
    }
};

using BioPtr = std::unique_ptr<BIO, Deleter<&BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<&X509_free>>;
using X509CrlPtr = std::unique_ptr<X509_CRL, Deleter<&X509_CRL_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<&X509_NAME_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<&X509_EXTENSION_free>>;
using X509RevokedPtr = std::unique_ptr<X509_REVOKED, Deleter<&X509_REVOKED_free>>;
using X509AttributePtr = std::unique_ptr<X509_ATTRIBUTE, Deleter<&X509_ATTRIBUTE_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, Deleter<&X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<&X509_STORE_CTX_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<&EVP_PKEY_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<&EVP_PKEY_CTX_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<&EVP_MD_CTX_free>>;
using EvpMdPtr = std::unique_ptr<EVP_MD, Deleter<&EVP_MD_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<&CMS_ContentInfo_free>>;
using Asn1ObjectPtr = std::unique_ptr<ASN1_OBJECT, Deleter<&ASN1_OBJECT_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, Deleter<&ASN1_INTEGER_free>>;
using Asn1TimePtr = std::unique_ptr<ASN1_TIME, Deleter<&ASN1_TIME_free>>;
using Asn1OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, Deleter<&ASN1_OCTET_STRING_free>>;
using Asn1StringPtr = std::unique_ptr<ASN1_STRING, Deleter<&ASN1_STRING_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<&BN_free>>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, Deleter<&PKCS7_free>>;
using TsReqPtr = std::unique_ptr<TS_REQ, Deleter<&TS_REQ_free>>;
using TsRespPtr = std::unique_ptr<TS_RESP, Deleter<&TS_RESP_free>>;
using TsRespCtxPtr = std::unique_ptr<TS_RESP_CTX, Deleter<&TS_RESP_CTX_free>>;
using TsVerifyCtxPtr = std::unique_ptr<TS_VERIFY_CTX, Deleter<&TS_VERIFY_CTX_free>>;
using TsTstInfoPtr = std::unique_ptr<TS_TST_INFO, Deleter<&TS_TST_INFO_free>>;
using TsMsgImprintPtr = std::unique_ptr<TS_MSG_IMPRINT, Deleter<&TS_MSG_IMPRINT_free>>;
using X509AlgorPtr = std::unique_ptr<X509_ALGOR, Deleter<&X509_ALGOR_free>>;

struct X509StackDeleter
{
    void operator()(STACK_OF(X509) *s) const { sk_X509_pop_free(s, X509_free); }
};
// A stack that owns its certificates (X509_free on each).
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

// A read-only memory BIO over bytes that outlive it.
BioPtr memoryBio(const QByteArray &bytes);
// Everything written to a memory BIO.
QByteArray bioBytes(BIO *bio);

// The OpenSSL error queue as one line (and clears it). For `detail`s and logs only.
QString takeErrors();
// Empties the error queue without formatting anything (hot paths).
void clearErrors();
// SHA-256, fetched once (the legacy EVP_sha256() is looked up by name on every use).
const EVP_MD *sha256Md();
// The reason code of the first queued error (0 if none); does not clear the queue.
int peekErrorReason();

// A library context for parsing untrusted signatures quickly. OpenSSL 3.0 builds a new
// decoder context for every certificate's public key, enumerating every key manager and
// decoder of every loaded provider (about five RSA verifications' worth of time per
// certificate). This context holds one built-in provider that re-exports only the default
// provider's own RSA, RSA-PSS and EC key managers, SPKI decoders, signatures and SHA
// digests, so that enumeration is short. Same implementations, same results; only the EC
// SPKI decoder is ours (fastecdecoder_p.h: named-curve keys are made without building a new
// EC group each). Null if it could not be set up (callers then use the default context).
OSSL_LIB_CTX *fastLibCtx();
// The same kind of context, one per thread (leased on first use, returned when the thread
// ends, never freed). OpenSSL 3.0 takes about 800 read locks of a context's name map and
// method stores per verified signature; with one shared context, the lock words bounce
// between the caches of the cores that verify in parallel.
//
// `keys` narrows it further: a context for one kind of key (EC, or RSA with rsaEncryption)
// offers only that kind's key manager and decoder, which OpenSSL enumerates again for every
// key it decodes. A certificate with another kind of key parsed there has no public key
// (X509_get0_pubkey is null), so use one only for input whose keys are all of that kind.
enum class KeyKind { Any, Ec, Rsa };
OSSL_LIB_CTX *threadFastLibCtx(KeyKind keys = KeyKind::Any);

QByteArray toDer(X509 *cert);
QByteArray sha256(const QByteArray &bytes);

} // namespace cooc::esign::ossl
