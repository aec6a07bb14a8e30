#pragma once

#include <QByteArray>

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

} // namespace cooc::test
