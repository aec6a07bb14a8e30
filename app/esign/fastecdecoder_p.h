#pragma once

// Part of the fast parsing context (openssl.cpp): a decoder for EC SubjectPublicKeyInfo with a
// named curve that does not build a new EC group for every key. Internal to app/esign.
//
// OpenSSL 3.0's own decoder (der2key) turns the DER into a legacy EVP_PKEY first and builds
// the curve's EC_GROUP from scratch for every key (Montgomery set-up of the field and of the
// order: about 14 µs for P-256, a sixth of an ECDSA verification); that group is then copied
// into the key anyway. Here the default EC key manager's own functions make the key instead:
// `dup` of a key of that curve prepared once (copies the group, ~1 µs), then `set_params`
// with the encoded point (EC_KEY_oct2key, the same point check o2i_ECPublicKey does).
// Anything else (explicit parameters, other curves, BER, unused bits, a point that does not
// decode, a private-key selection) is passed to the default decoder on the same bytes.

#include <openssl/core.h>

namespace cooc::esign::ossl::fastec {

// Prepares the replacement from the default provider's EC SubjectPublicKeyInfo decoder and
// EC key manager (their dispatch tables) and its provider context. False if anything is
// missing: then the default decoder and key manager are used as they are.
bool prepare(void *defaultProviderContext, const OSSL_DISPATCH *defaultDecoder,
             const OSSL_DISPATCH *defaultKeymgmt);

// The core's BIO functions, from the fast provider's init (the decoder reads its input
// through them). Without them every input goes to the default decoder.
void takeCoreFunctions(const OSSL_DISPATCH *core);

// The dispatch tables to register instead of the default's (after prepare() returned true).
// The key manager is the default EC key manager with its `load` replaced: it takes the keys
// this decoder hands over (the reference is only ever interpreted by a key manager of the
// same provider, i.e. this one).
const OSSL_DISPATCH *decoderFunctions();
const OSSL_DISPATCH *keymgmtFunctions();

} // namespace cooc::esign::ossl::fastec
