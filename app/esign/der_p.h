#pragma once

// Reading strict DER in place, for the few structures the verifier reads without OpenSSL's
// ASN.1 templates (a key, an extension's contents). Internal to app/esign.

#include <openssl/objects.h>

#include <algorithm>
#include <cstddef>

namespace cooc::esign::der {

// Bytes not owned: a view into DER that outlives it.
struct Bytes
{
    const unsigned char *data = nullptr;
    size_t size = 0;
};

// Takes one TLV from the front of `in`: its tag (low tag numbers only) and contents. Definite
// lengths in the shortest form of up to 4 octets; anything else is not DER and is refused.
inline bool takeAny(Bytes &in, unsigned char *tag, Bytes *content)
{
    if (in.size < 2 || (in.data[0] & 0x1f) == 0x1f)
        return false;
    size_t length = in.data[1];
    size_t header = 2;
    if (length >= 0x80) {
        const size_t count = length & 0x7f;
        if (count == 0 || count > 4 || in.size < 2 + count || in.data[2] == 0)
            return false; // indefinite (BER), absurd, or a leading zero octet
        length = 0;
        for (size_t i = 0; i < count; ++i)
            length = (length << 8) | in.data[2 + i];
        if (length < 0x80)
            return false; // not the shortest form
        header += count;
    }
    if (in.size - header < length)
        return false;
    *tag = in.data[0];
    *content = {in.data + header, length};
    in.data += header + length;
    in.size -= header + length;
    return true;
}

// As takeAny, for a TLV that must have `tag`.
inline bool take(Bytes &in, unsigned char tag, Bytes *content)
{
    Bytes rest = in;
    unsigned char found = 0;
    if (!takeAny(rest, &found, content) || found != tag)
        return false;
    in = rest;
    return true;
}

// Whether the contents of an OBJECT IDENTIFIER are `oid`.
inline bool isOid(const Bytes &contents, const ASN1_OBJECT *oid)
{
    return oid && contents.size == size_t(OBJ_length(oid))
        && std::equal(contents.data, contents.data + contents.size, OBJ_get0_data(oid));
}

} // namespace cooc::esign::der
