#pragma once

#include <QByteArray>
#include <QList>

namespace cooc::test {

// One DER TLV (contents under 256 bytes); `longLength` writes the length in the long form
// even when it is short, which DER forbids.
inline QByteArray tlv(char tag, const QByteArray &content, bool longLength = false)
{
    QByteArray out(1, tag);
    if (longLength || content.size() > 127)
        out += '\x81';
    return out + char(content.size()) + content;
}

// One DER TLV of any size (definite, shortest length).
inline QByteArray derTlv(unsigned char tag, const QByteArray &content)
{
    QByteArray length;
    if (content.size() < 0x80) {
        length += char(content.size());
    } else {
        for (qsizetype l = content.size(); l > 0; l >>= 8)
            length.prepend(char(l & 0xff));
        length.prepend(char(0x80 | length.size()));
    }
    return char(tag) + length + content;
}

// The TLVs one after another in `bytes` (definite lengths; stops at anything malformed), and
// the content of one TLV.
struct DerItem
{
    unsigned char tag = 0;
    QByteArray whole;
    QByteArray content;
};
inline QList<DerItem> derItems(const QByteArray &bytes)
{
    QList<DerItem> out;
    qsizetype p = 0;
    while (p + 2 <= bytes.size()) {
        const auto *d = reinterpret_cast<const unsigned char *>(bytes.constData()) + p;
        qsizetype length = d[1];
        qsizetype header = 2;
        if (length & 0x80) {
            const int count = int(length & 0x7f);
            length = 0;
            for (int i = 0; i < count && p + 2 + i < bytes.size(); ++i)
                length = (length << 8) | d[2 + i];
            header += count;
        }
        if (p + header + length > bytes.size())
            break;
        out.append({d[0], bytes.mid(p, header + length), bytes.mid(p + header, length)});
        p += header + length;
    }
    return out;
}

// A CMS ContentInfo's SignedData fields (version, digestAlgorithms, ...), and the ContentInfo
// rebuilt around other fields.
inline QList<DerItem> signedDataFields(const QByteArray &contentInfo)
{
    const auto top = derItems(derItems(contentInfo).value(0).content);
    return derItems(derItems(top.value(1).content).value(0).content);
}
inline QByteArray withSignedDataFields(const QByteArray &contentInfo, const QList<QByteArray> &fields)
{
    QByteArray joined;
    for (const QByteArray &f : fields)
        joined += f;
    const QByteArray contentType = derItems(derItems(contentInfo).value(0).content).value(0).whole;
    return derTlv(0x30, contentType + derTlv(0xa0, derTlv(0x30, joined)));
}

} // namespace cooc::test
