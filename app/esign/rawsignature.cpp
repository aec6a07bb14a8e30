// Step 4 from raw bytes. For RSA PKCS#1 v1.5 signatures made without signed attributes (the
// mobile form, and CMS without signed attributes) the DigestInfo is recovered, so that a
// changed document (HASH_FAILURE) is told from a wrong signature (SIG_CRYPTO_FAILURE). For an
// EC key's signature over signed attributes, the attributes as received are verified directly.
#include "app/esign/verification_p.h"

#include "app/esign/der_p.h"

#include <algorithm>
#include <cstring>

namespace cooc::esign::detail {

using namespace ossl;

namespace {

// The DER DigestInfo of RFC 8017 §9.2 for `digest` made with the digest `nid` (parameters
// NULL, as OpenSSL's own RSA_verify expects); empty when it cannot be made.
QByteArray digestInfoDer(int nid, const QByteArray &digest)
{
    X509_SIG *info = X509_SIG_new();
    X509_ALGOR *algorithm = nullptr;
    ASN1_OCTET_STRING *octets = nullptr;
    QByteArray der;
    if (info) {
        X509_SIG_getm(info, &algorithm, &octets);
        unsigned char *out = nullptr;
        int length = 0;
        if (X509_ALGOR_set0(algorithm, OBJ_nid2obj(nid), V_ASN1_NULL, nullptr) == 1
            && ASN1_OCTET_STRING_set(octets, reinterpret_cast<const unsigned char *>(digest.constData()),
                                     int(digest.size()))
                == 1
            && (length = i2d_X509_SIG(info, &out)) > 0)
            der = QByteArray(reinterpret_cast<const char *>(out), length);
        OPENSSL_free(out);
    }
    X509_SIG_free(info);
    return der;
}

} // namespace

RawCheck checkRsaPkcs1(EVP_PKEY *key, const QByteArray &signature, const QByteArray &data)
{
    RawCheck result;
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new(key, nullptr));
    size_t len = 0;
    const auto *sig = reinterpret_cast<const unsigned char *>(signature.constData());
    if (!ctx || EVP_PKEY_verify_recover_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1
        || EVP_PKEY_verify_recover(ctx.get(), nullptr, &len, sig, size_t(signature.size())) != 1) {
        clearErrors();
        return result;
    }
    QByteArray recovered(qsizetype(len), '\0');
    if (EVP_PKEY_verify_recover(ctx.get(), reinterpret_cast<unsigned char *>(recovered.data()), &len, sig,
                                size_t(signature.size()))
        != 1) {
        clearErrors();
        return result;
    }
    recovered.truncate(qsizetype(len));
    // Which digest the signer claims, and its value...
    const auto *p = reinterpret_cast<const unsigned char *>(recovered.constData());
    X509_SIG *digestInfo = d2i_X509_SIG(nullptr, &p, long(recovered.size()));
    if (!digestInfo) {
        clearErrors();
        return result; // not a DigestInfo: the signature is not ours
    }
    const X509_ALGOR *algorithm = nullptr;
    const ASN1_OCTET_STRING *digest = nullptr;
    X509_SIG_get0(digestInfo, &algorithm, &digest);
    result.digestNid = OBJ_obj2nid(algorithm->algorithm);
    const QByteArray claimed(reinterpret_cast<const char *>(ASN1_STRING_get0_data(digest)), ASN1_STRING_length(digest));
    X509_SIG_free(digestInfo);
    const EVP_MD *md = digestFor(result.digestNid);
    if (!md) {
        result.outcome = RawCheck::Unsupported;
        return result;
    }
    // ...and only in exactly the one encoding of that claim: a DigestInfo with other
    // parameters, longer length fields or bytes after it is a forgery's room to move
    // (e = 3 signatures), never what a signer makes.
    if (claimed.size() != EVP_MD_get_size(md) || digestInfoDer(result.digestNid, claimed) != recovered) {
        result.outcome = RawCheck::BadSignature;
        return result;
    }
    unsigned char actual[EVP_MAX_MD_SIZE];
    unsigned int actualLen = 0;
    EVP_Digest(data.constData(), size_t(data.size()), actual, &actualLen, md, nullptr);
    result.outcome = claimed == QByteArray::fromRawData(reinterpret_cast<const char *>(actual), int(actualLen))
        ? RawCheck::Ok
        : RawCheck::HashMismatch;
    return result;
}

namespace {

// Each signed attribute once with one value, no countersignature among them; unsigned ones only
// timestamp tokens: then OpenSSL's attribute rules (RFC 5652 §11) hold, which
// CMS_SignerInfo_verify checks before anything else.
bool plainAttributes(CMS_SignerInfo *si)
{
    const int count = CMS_signed_get_attr_count(si);
    for (int i = 0; i < count; ++i) {
        X509_ATTRIBUTE *attribute = CMS_signed_get_attr(si, i);
        const ASN1_OBJECT *type = X509_ATTRIBUTE_get0_object(attribute);
        if (X509_ATTRIBUTE_count(attribute) != 1 || OBJ_obj2nid(type) == NID_pkcs9_countersignature)
            return false;
        for (int j = 0; j < i; ++j) {
            if (OBJ_cmp(type, X509_ATTRIBUTE_get0_object(CMS_signed_get_attr(si, j))) == 0)
                return false;
        }
    }
    for (int i = 0; i < CMS_unsigned_get_attr_count(si); ++i) {
        if (OBJ_cmp(X509_ATTRIBUTE_get0_object(CMS_unsigned_get_attr(si, i)), objectFor(oid::timeStampToken)) != 0)
            return false;
    }
    return true;
}

// Whether the received attributes are exactly what CMS_SignerInfo_verify hashes, the DER it
// re-encodes them to: shortest lengths (der::take refuses others), as many as it parsed, in the
// order DER gives a SET OF (OpenSSL's: bytewise, a prefix first), each an Attribute { OID, SET
// of one value } whose value is of a type OpenSSL writes back with the content it read (a
// string, a time, an OID, or a SEQUENCE, kept whole). Then the signature over them means the
// same to both; anything else is left to OpenSSL.
bool attributesAreDer(CMS_SignerInfo *si, QByteArrayView attributes)
{
    der::Bytes in{reinterpret_cast<const unsigned char *>(attributes.data()), size_t(attributes.size())};
    der::Bytes content;
    if (!der::take(in, 0xa0, &content) || in.size != 0)
        return false;
    der::Bytes previous;
    int count = 0;
    while (content.size > 0) {
        const unsigned char *start = content.data;
        der::Bytes attribute, type, values, value;
        unsigned char tag = 0;
        if (!der::take(content, V_ASN1_SEQUENCE | V_ASN1_CONSTRUCTED, &attribute)
            || !der::take(attribute, V_ASN1_OBJECT, &type)
            || !der::take(attribute, V_ASN1_SET | V_ASN1_CONSTRUCTED, &values) || attribute.size != 0
            || !der::takeAny(values, &tag, &value) || values.size != 0)
            return false;
        switch (tag) {
        case V_ASN1_OCTET_STRING:
        case V_ASN1_OBJECT:
        case V_ASN1_UTF8STRING:
        case V_ASN1_PRINTABLESTRING:
        case V_ASN1_IA5STRING:
        case V_ASN1_UTCTIME:
        case V_ASN1_GENERALIZEDTIME:
        case V_ASN1_SEQUENCE | V_ASN1_CONSTRUCTED:
            break;
        default:
            return false;
        }
        const der::Bytes element{start, size_t(content.data - start)};
        const int order = count == 0 ? -1 : std::memcmp(previous.data, element.data, std::min(previous.size, element.size));
        if (order > 0 || (order == 0 && previous.size >= element.size))
            return false;
        previous = element;
        ++count;
    }
    return count == CMS_signed_get_attr_count(si);
}

} // namespace

int verifyEcSignedAttributes(EVP_PKEY *key, OSSL_LIB_CTX *context, const EVP_MD *md, CMS_SignerInfo *si,
                             QByteArrayView attributes)
{
    // RFC 5652 §5.4: the digest is over the attributes' DER with the SET OF tag in place of
    // [0] IMPLICIT. ECDSA signs the digest itself (no DigestInfo), so no digest is set on the
    // context; any other key type is left to CMS_SignerInfo_verify.
    const ASN1_OCTET_STRING *signature = si ? CMS_SignerInfo_get0_signature(si) : nullptr;
    if (!key || !md || !signature || EVP_PKEY_is_a(key, "EC") != 1 || !plainAttributes(si)
        || !attributesAreDer(si, attributes))
        return -1;
    static constexpr unsigned char setOf = 0x31;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    EvpMdCtxPtr hashing(EVP_MD_CTX_new());
    if (!hashing || EVP_DigestInit_ex(hashing.get(), md, nullptr) != 1 || EVP_DigestUpdate(hashing.get(), &setOf, 1) != 1
        || EVP_DigestUpdate(hashing.get(), attributes.data() + 1, size_t(attributes.size() - 1)) != 1
        || EVP_DigestFinal_ex(hashing.get(), digest, &digestLength) != 1) {
        clearErrors();
        return -1;
    }
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(context, key, nullptr));
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1) {
        clearErrors();
        return -1;
    }
    const int verified = EVP_PKEY_verify(ctx.get(), ASN1_STRING_get0_data(signature),
                                         size_t(ASN1_STRING_length(signature)), digest, digestLength);
    clearErrors();
    return verified == 1 ? 1 : 0;
}

} // namespace cooc::esign::detail
