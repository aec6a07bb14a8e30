// Parsing a CMS signature without re-parsing certificates we already hold. Every parent's
// signature embeds the same intermediate; parsing a certificate costs about as much as
// several RSA verifications in OpenSSL 3.0, so certificates that are byte-identical to one
// the TrustStore holds are cut out of the DER before d2i and the held (already parsed)
// object is used instead. The certificate set is not covered by the signature, and equal
// bytes are the same certificate, so nothing a check sees changes. Anything unexpected in
// the structure (BER, non-shortest or indefinite lengths, trailing bytes) → the original bytes
// are parsed.
//
// The certificates left (the signer's) are looked at for their key algorithm only, to parse
// in a context that decodes that one kind of key (ossl::KeyKind). A wrong guess cannot pass
// anything: a key the context cannot decode is no key, and the signature fails.
#include "app/esign/verification_p.h"

#include "app/esign/der_p.h"

namespace cooc::esign::detail {

namespace {

struct Tlv
{
    qsizetype start = 0;  // tag offset
    qsizetype content = 0; // content offset
    qsizetype end = 0;    // one past the last content byte
    unsigned char tag = 0;
};

// One TLV at `pos`, read with the verifier's strict DER reader (der_p.h), as offsets into `der`
// for cutting and rebuilding. Anything not DER (BER, a length not in its shortest form) is
// refused: the signature is then parsed as it came.
std::optional<Tlv> readTlv(const QByteArray &der, qsizetype pos, qsizetype limit)
{
    if (pos < 0 || pos > limit || limit > der.size())
        return std::nullopt;
    const auto *base = reinterpret_cast<const unsigned char *>(der.constData());
    der::Bytes in{base + pos, size_t(limit - pos)};
    der::Bytes content;
    unsigned char tag = 0;
    if (!der::takeAny(in, &tag, &content))
        return std::nullopt;
    return Tlv{pos, qsizetype(content.data - base), qsizetype(content.data + content.size - base), tag};
}

void appendHeader(QByteArray &out, unsigned char tag, qsizetype length)
{
    out += char(tag);
    if (length < 0x80) {
        out += char(length);
        return;
    }
    char digits[8];
    int count = 0;
    for (qsizetype l = length; l > 0; l >>= 8)
        digits[count++] = char(l & 0xff);
    out += char(0x80 | count);
    while (count > 0)
        out += digits[--count];
}

qsizetype headerSize(qsizetype length)
{
    if (length < 0x80)
        return 2;
    int count = 0;
    for (qsizetype l = length; l > 0; l >>= 8)
        ++count;
    return 2 + count;
}

// ContentInfo { contentType, [0] EXPLICIT content } whose content is a SEQUENCE (SignedData),
// filling the whole input; nullopt for anything else.
struct Content
{
    Tlv type;
    Tlv signedData;
};
std::optional<Content> contentOf(const QByteArray &der)
{
    const qsizetype size = der.size();
    const auto contentInfo = readTlv(der, 0, size);
    if (!contentInfo || contentInfo->tag != 0x30 || contentInfo->end != size)
        return std::nullopt;
    const auto type = readTlv(der, contentInfo->content, contentInfo->end);
    const auto explicitContent = type ? readTlv(der, type->end, contentInfo->end) : std::nullopt;
    if (!type || type->tag != 0x06 || !explicitContent || explicitContent->tag != 0xa0
        || explicitContent->end != contentInfo->end)
        return std::nullopt;
    const auto signedData = readTlv(der, explicitContent->content, explicitContent->end);
    if (!signedData || signedData->tag != 0x30 || signedData->end != explicitContent->end)
        return std::nullopt;
    return Content{*type, *signedData};
}

// SignedData's fields when they are exactly RFC 5652's { version, digestAlgorithms,
// encapContentInfo, [0] certificates OPTIONAL, [1] crls OPTIONAL, signerInfos }, each DER;
// nullopt for any other shape (a misplaced or second [0] among them: cutting certificates out
// of such a structure would make it parse, where as received it does not).
struct SignedDataFields
{
    std::optional<Tlv> certificates;
    Tlv signerInfos;
};
std::optional<SignedDataFields> fieldsOf(const QByteArray &der, const Tlv &signedData)
{
    QList<Tlv> fields;
    for (qsizetype p = signedData.content; p < signedData.end;) {
        const auto field = readTlv(der, p, signedData.end);
        if (!field || fields.size() == 6)
            return std::nullopt;
        fields.append(*field);
        p = field->end;
    }
    if (fields.size() < 4 || fields.at(0).tag != 0x02 || fields.at(1).tag != 0x31 || fields.at(2).tag != 0x30
        || fields.last().tag != 0x31)
        return std::nullopt;
    SignedDataFields out{std::nullopt, fields.last()};
    qsizetype next = 3;
    if (fields.at(next).tag == 0xa0)
        out.certificates = fields.at(next++);
    if (fields.at(next).tag == 0xa1)
        ++next;
    if (next != fields.size() - 1)
        return std::nullopt;
    return out;
}

// The kind of the key in a DER Certificate: its SubjectPublicKeyInfo's algorithm OID
// (id-ecPublicKey, rsaEncryption), Any for another or for anything unexpected.
ossl::KeyKind keyKindOf(const QByteArray &der, const Tlv &certificate)
{
    const auto tbs = readTlv(der, certificate.content, certificate.end);
    if (!tbs || tbs->tag != 0x30)
        return ossl::KeyKind::Any;
    auto field = readTlv(der, tbs->content, tbs->end);
    if (field && field->tag == 0xa0) // version
        field = readTlv(der, field->end, tbs->end);
    // serialNumber, signature, issuer, validity, subject
    for (const unsigned char tag : {0x02, 0x30, 0x30, 0x30, 0x30}) {
        if (!field || field->tag != tag)
            return ossl::KeyKind::Any;
        field = readTlv(der, field->end, tbs->end);
    }
    const auto algorithm = field && field->tag == 0x30 ? readTlv(der, field->content, field->end) : std::nullopt;
    const auto oid = algorithm && algorithm->tag == 0x30 ? readTlv(der, algorithm->content, algorithm->end)
                                                         : std::nullopt;
    if (!oid || oid->tag != 0x06)
        return ossl::KeyKind::Any;
    const QByteArrayView bytes(der.constData() + oid->content, oid->end - oid->content);
    static constexpr char ecPublicKey[] = "\x2a\x86\x48\xce\x3d\x02\x01"; // 1.2.840.10045.2.1
    static constexpr char rsaEncryption[] = "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01"; // 1.2.840.113549.1.1.1
    if (bytes == QByteArrayView(ecPublicKey, sizeof ecPublicKey - 1))
        return ossl::KeyKind::Ec;
    if (bytes == QByteArrayView(rsaEncryption, sizeof rsaEncryption - 1))
        return ossl::KeyKind::Rsa;
    return ossl::KeyKind::Any;
}

} // namespace

CmsForParsing forParsing(const QByteArray &der, const TrustStore &trust)
{
    const CmsForParsing asItIs{der, {}, ossl::KeyKind::Any};
    const auto outer = contentOf(der);
    if (!outer)
        return asItIs;
    const Tlv *const type = &outer->type;
    const Tlv *const signedData = &outer->signedData;
    // The certificates field: [0] IMPLICIT SET OF CertificateChoices, in its place.
    const auto fields = fieldsOf(der, *signedData);
    if (!fields || !fields->certificates)
        return asItIs;
    const std::optional<Tlv> &certificates = fields->certificates;
    QList<std::pair<qsizetype, qsizetype>> kept; // [start, end) of the certificates that stay
    qsizetype keptSize = 0;
    QList<Certificate> found;
    std::optional<ossl::KeyKind> keys; // of the certificates that stay
    for (qsizetype p = certificates->content; p < certificates->end;) {
        const auto item = readTlv(der, p, certificates->end);
        if (!item)
            return asItIs;
        const QByteArray bytes = QByteArray::fromRawData(der.constData() + item->start, item->end - item->start);
        const Certificate known = item->tag == 0x30 ? trust.knownCertificate(bytes) : Certificate();
        if (known.isNull()) {
            kept.append({item->start, item->end});
            keptSize += item->end - item->start;
            const ossl::KeyKind kind = item->tag == 0x30 ? keyKindOf(der, *item) : ossl::KeyKind::Any;
            keys = !keys || *keys == kind ? kind : ossl::KeyKind::Any;
        } else {
            found.append(known);
        }
        p = item->end;
    }
    if (found.isEmpty())
        return {der, {}, keys.value_or(ossl::KeyKind::Any)};
    // Rebuild with the remaining certificates (the field is optional), in one allocation.
    const qsizetype before = certificates->start - signedData->content;
    const qsizetype after = signedData->end - certificates->end;
    const qsizetype certField = kept.isEmpty() ? 0 : headerSize(keptSize) + keptSize;
    const qsizetype signedLength = before + certField + after;
    const qsizetype explicitLength = headerSize(signedLength) + signedLength;
    const qsizetype typeLength = type->end - type->start;
    const qsizetype outerLength = typeLength + headerSize(explicitLength) + explicitLength;
    // Rebuilt in a buffer the thread keeps: a signature's size is a large allocation for malloc
    // (it showed in profiles), and Qt 6 keeps the capacity on resize(0). If an earlier result
    // is still held, implicit sharing makes this a new buffer. An unusually large signature is
    // rebuilt in a buffer of its own, which goes with the result.
    const qsizetype rebuiltSize = headerSize(outerLength) + outerLength;
    thread_local QByteArray buffer;
    QByteArray large;
    QByteArray &rebuilt = rebuiltSize > 64 * 1024 ? large : buffer;
    rebuilt.resize(0);
    rebuilt.reserve(rebuiltSize);
    appendHeader(rebuilt, 0x30, outerLength);
    rebuilt.append(der.constData() + type->start, typeLength);
    appendHeader(rebuilt, 0xa0, explicitLength);
    appendHeader(rebuilt, 0x30, signedLength);
    rebuilt.append(der.constData() + signedData->content, before);
    if (!kept.isEmpty()) {
        appendHeader(rebuilt, 0xa0, keptSize);
        for (const auto &[start, end] : kept)
            rebuilt.append(der.constData() + start, end - start);
    }
    rebuilt.append(der.constData() + certificates->end, after);
    return {rebuilt, found, keys.value_or(ossl::KeyKind::Any)};
}

std::optional<QByteArrayView> signedAttributesOf(const QByteArray &der)
{
    // SignedData { version, digestAlgorithms, encapContentInfo, [0] certificates OPTIONAL,
    // [1] crls OPTIONAL, signerInfos }: the last field, a SET of exactly one SignerInfo
    // { version, sid, digestAlgorithm, [0] IMPLICIT signedAttrs, ... }.
    const auto outer = contentOf(der);
    const auto fields = outer ? fieldsOf(der, outer->signedData) : std::nullopt;
    if (!fields)
        return std::nullopt;
    const Tlv *const last = &fields->signerInfos;
    const auto signerInfo = readTlv(der, last->content, last->end);
    if (!signerInfo || signerInfo->tag != 0x30 || signerInfo->end != last->end)
        return std::nullopt;
    const auto version = readTlv(der, signerInfo->content, signerInfo->end);
    const auto sid = version && version->tag == 0x02 ? readTlv(der, version->end, signerInfo->end) : std::nullopt;
    const auto digestAlgorithm = sid ? readTlv(der, sid->end, signerInfo->end) : std::nullopt;
    const auto attributes =
        digestAlgorithm && digestAlgorithm->tag == 0x30 ? readTlv(der, digestAlgorithm->end, signerInfo->end) : std::nullopt;
    if (!attributes || attributes->tag != 0xa0)
        return std::nullopt;
    return QByteArrayView(der.constData() + attributes->start, attributes->end - attributes->start);
}

} // namespace cooc::esign::detail
