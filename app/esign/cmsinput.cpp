// Parsing a CMS signature without re-parsing certificates we already hold. Every parent's
// signature embeds the same intermediate; parsing a certificate costs about as much as
// several RSA verifications in OpenSSL 3.0, so certificates that are byte-identical to one
// the TrustStore holds are cut out of the DER before d2i and the held (already parsed)
// object is used instead. The certificate set is not covered by the signature, and equal
// bytes are the same certificate, so nothing a check sees changes. Anything unexpected in
// the structure (BER, indefinite lengths, trailing bytes) → the original bytes are parsed.
#include "app/esign/verification_p.h"

namespace cooc::esign::detail {

namespace {

struct Tlv
{
    qsizetype start = 0;  // tag offset
    qsizetype content = 0; // content offset
    qsizetype end = 0;    // one past the last content byte
    unsigned char tag = 0;
};

// One DER TLV at `pos` (low tag numbers, definite lengths of up to 4 octets).
std::optional<Tlv> readTlv(const QByteArray &der, qsizetype pos, qsizetype limit)
{
    if (pos + 2 > limit)
        return std::nullopt;
    Tlv t;
    t.start = pos;
    t.tag = static_cast<unsigned char>(der.at(pos));
    if ((t.tag & 0x1f) == 0x1f)
        return std::nullopt;
    auto first = static_cast<unsigned char>(der.at(pos + 1));
    qsizetype length = 0;
    qsizetype p = pos + 2;
    if (first < 0x80) {
        length = first;
    } else {
        const int count = first & 0x7f;
        if (count == 0 || count > 4 || p + count > limit)
            return std::nullopt; // indefinite (BER) or absurd
        for (int i = 0; i < count; ++i)
            length = (length << 8) | static_cast<unsigned char>(der.at(p + i));
        p += count;
    }
    if (length > limit - p)
        return std::nullopt;
    t.content = p;
    t.end = p + length;
    return t;
}

QByteArray lengthOctets(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray digits;
    for (; length > 0; length >>= 8)
        digits.prepend(char(length & 0xff));
    return QByteArray(1, char(0x80 | digits.size())) + digits;
}

QByteArray wrap(unsigned char tag, const QByteArray &content)
{
    return QByteArray(1, char(tag)) + lengthOctets(content.size()) + content;
}

} // namespace

std::optional<QByteArray> withoutKnownCertificates(const QByteArray &der, const TrustStore &trust,
                                                   QList<Certificate> *removed)
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
    // Find the certificates field: [0] IMPLICIT SET OF CertificateChoices.
    std::optional<Tlv> certificates;
    for (qsizetype p = signedData->content; p < signedData->end;) {
        const auto field = readTlv(der, p, signedData->end);
        if (!field)
            return std::nullopt;
        if (field->tag == 0xa0) {
            certificates = field;
            break;
        }
        p = field->end;
    }
    if (!certificates)
        return std::nullopt;
    QByteArray kept;
    QList<Certificate> found;
    for (qsizetype p = certificates->content; p < certificates->end;) {
        const auto item = readTlv(der, p, certificates->end);
        if (!item)
            return std::nullopt;
        const QByteArray bytes = QByteArray::fromRawData(der.constData() + item->start, item->end - item->start);
        const Certificate known = item->tag == 0x30 ? trust.knownCertificate(bytes) : Certificate();
        if (known.isNull())
            kept += bytes;
        else
            found.append(known);
        p = item->end;
    }
    if (found.isEmpty())
        return std::nullopt;
    // Rebuild SignedData with the remaining certificates (the field is optional).
    QByteArray signedContent = der.mid(signedData->content, certificates->start - signedData->content);
    if (!kept.isEmpty())
        signedContent += wrap(0xa0, kept);
    signedContent += der.mid(certificates->end, signedData->end - certificates->end);
    const QByteArray rebuilt =
        wrap(0x30, der.mid(type->start, type->end - type->start) + wrap(0xa0, wrap(0x30, signedContent)));
    *removed = found;
    return rebuilt;
}

} // namespace cooc::esign::detail
