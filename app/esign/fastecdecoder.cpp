// The fast parsing context's decoder for named-curve EC SubjectPublicKeyInfo (see the header).
// Only public provider interfaces are used: the default provider's dispatch tables as
// OSSL_PROVIDER_query_operation returns them, the core's BIO functions, OSSL_PARAMs.
#include "app/esign/fastecdecoder_p.h"

#include "app/esign/der_p.h"

#include <openssl/core_dispatch.h>
#include <openssl/core_names.h>
#include <openssl/core_object.h>
#include <openssl/objects.h>
#include <openssl/params.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <limits>
#include <new>
#include <vector>

namespace cooc::esign::ossl::fastec {

namespace {

template<typename Fn>
Fn *functionIn(const OSSL_DISPATCH *table, int id)
{
    for (const OSSL_DISPATCH *d = table; d && d->function_id != 0; ++d) {
        if (d->function_id == id)
            return reinterpret_cast<Fn *>(d->function);
    }
    return nullptr;
}

// What is used of the default provider (set once by prepare(), before any context uses it).
struct Defaults
{
    void *providerContext = nullptr;
    OSSL_FUNC_decoder_newctx_fn *newContext = nullptr;
    OSSL_FUNC_decoder_freectx_fn *freeContext = nullptr;
    OSSL_FUNC_decoder_set_ctx_params_fn *setContextParams = nullptr;
    OSSL_FUNC_decoder_decode_fn *decode = nullptr;
    OSSL_FUNC_keymgmt_new_fn *newKey = nullptr;
    OSSL_FUNC_keymgmt_free_fn *freeKey = nullptr;
    OSSL_FUNC_keymgmt_import_fn *importKey = nullptr;
    OSSL_FUNC_keymgmt_export_fn *exportKey = nullptr;
    OSSL_FUNC_keymgmt_dup_fn *dupKey = nullptr;
    OSSL_FUNC_keymgmt_set_params_fn *setKeyParams = nullptr;
    OSSL_FUNC_keymgmt_load_fn *loadKey = nullptr;
};
Defaults defaults;

// The core's BIO functions (the same for every context; written by each provider init).
std::atomic<OSSL_FUNC_BIO_read_ex_fn *> bioRead{nullptr};
std::atomic<OSSL_FUNC_BIO_new_membuf_fn *> bioNewMembuf{nullptr};
std::atomic<OSSL_FUNC_BIO_free_fn *> bioFree{nullptr};

// A curve whose keys are made by copying a prepared key; its OID as DER contents.
struct Curve
{
    int nid = NID_undef;
    const ASN1_OBJECT *oid = nullptr;
    void *prepared = nullptr; // the default key manager's key with only the domain parameters
};
std::array<Curve, 3> curves = {Curve{NID_X9_62_prime256v1}, Curve{NID_secp384r1}, Curve{NID_secp521r1}};
const ASN1_OBJECT *ecPublicKeyOid = nullptr;

std::vector<OSSL_DISPATCH> decoderTable;
std::vector<OSSL_DISPATCH> keymgmtTable;

using der::Bytes;
using der::isOid;
using der::take;

// SEQUENCE { SEQUENCE { id-ecPublicKey, namedCurve }, BIT STRING (no unused bits) } with one
// of our curves: that curve, and the encoded point in `point`.
const Curve *namedCurveKey(const std::vector<unsigned char> &der, Bytes *point)
{
    Bytes in{der.data(), der.size()};
    Bytes info, algorithm, keyType, curveOid, bits;
    if (!take(in, 0x30, &info) || in.size != 0 || !take(info, 0x30, &algorithm) || !take(info, 0x03, &bits)
        || info.size != 0 || !take(algorithm, 0x06, &keyType) || !take(algorithm, 0x06, &curveOid)
        || algorithm.size != 0 || !isOid(keyType, ecPublicKeyOid) || bits.size < 2 || bits.data[0] != 0)
        return nullptr;
    for (const Curve &curve : curves) {
        if (curve.prepared && isOid(curveOid, curve.oid)) {
            *point = {bits.data + 1, bits.size - 1};
            return &curve;
        }
    }
    return nullptr;
}

// A key of `curve` with the public point `point`, or null if the point does not decode.
void *makeKey(const Curve &curve, const Bytes &point)
{
    void *key = defaults.dupKey(curve.prepared, OSSL_KEYMGMT_SELECT_DOMAIN_PARAMETERS);
    if (!key)
        return nullptr;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, const_cast<unsigned char *>(point.data),
                                          point.size),
        OSSL_PARAM_construct_end(),
    };
    if (defaults.setKeyParams(key, params) != 1) {
        defaults.freeKey(key);
        return nullptr;
    }
    return key;
}

// --- the decoder ------------------------------------------------------------------------

struct DecoderContext
{
    void *inner = nullptr; // the default decoder's context, for everything passed on
    int selection = 0;
};

void *newContext(void *providerContext)
{
    auto *ctx = new (std::nothrow) DecoderContext;
    if (ctx)
        ctx->inner = defaults.newContext(providerContext);
    if (ctx && !ctx->inner) {
        delete ctx;
        return nullptr;
    }
    return ctx;
}

void freeContext(void *vctx)
{
    auto *ctx = static_cast<DecoderContext *>(vctx);
    if (ctx)
        defaults.freeContext(ctx->inner);
    delete ctx;
}

int setContextParams(void *vctx, const OSSL_PARAM params[])
{
    return defaults.setContextParams(static_cast<DecoderContext *>(vctx)->inner, params);
}

// Hands `key` (a key of the default key manager) to the caller as an object reference that
// our key manager's load takes; frees it if nobody took it.
int offer(void *key, const char *dataType, OSSL_CALLBACK *callback, void *callbackArg)
{
    int objectType = OSSL_OBJECT_PKEY;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_int(OSSL_OBJECT_PARAM_TYPE, &objectType),
        OSSL_PARAM_construct_utf8_string(OSSL_OBJECT_PARAM_DATA_TYPE, const_cast<char *>(dataType), 0),
        OSSL_PARAM_construct_octet_string(OSSL_OBJECT_PARAM_REFERENCE, &key, sizeof key),
        OSSL_PARAM_construct_end(),
    };
    const int ok = callback(params, callbackArg);
    if (key)
        defaults.freeKey(key);
    return ok;
}

// The default decoder's object reference is turned into a key by the default key manager's
// load right away (the reference is only valid during the callback), then offered as ours.
struct Relay
{
    OSSL_CALLBACK *callback;
    void *callbackArg;
};

int relayDefaultObject(const OSSL_PARAM params[], void *arg)
{
    const auto *relay = static_cast<const Relay *>(arg);
    const OSSL_PARAM *reference = OSSL_PARAM_locate_const(params, OSSL_OBJECT_PARAM_REFERENCE);
    if (!reference || reference->data_type != OSSL_PARAM_OCTET_STRING)
        return relay->callback(params, relay->callbackArg);
    const char *dataType = "EC";
    const OSSL_PARAM *type = OSSL_PARAM_locate_const(params, OSSL_OBJECT_PARAM_DATA_TYPE);
    if (type && type->data_type == OSSL_PARAM_UTF8_STRING && type->data)
        dataType = static_cast<const char *>(type->data);
    void *key = defaults.loadKey(reference->data, reference->data_size);
    return key ? offer(key, dataType, relay->callback, relay->callbackArg) : 0;
}

int decodeWithDefault(DecoderContext *ctx, OSSL_CORE_BIO *in, int selection, OSSL_CALLBACK *callback,
                      void *callbackArg, OSSL_PASSPHRASE_CALLBACK *passphrase, void *passphraseArg)
{
    Relay relay{callback, callbackArg};
    return defaults.decode(ctx->inner, in, selection, &relayDefaultObject, &relay, passphrase, passphraseArg);
}

int decode(void *vctx, OSSL_CORE_BIO *in, int selection, OSSL_CALLBACK *callback, void *callbackArg,
           OSSL_PASSPHRASE_CALLBACK *passphrase, void *passphraseArg)
{
    auto *ctx = static_cast<DecoderContext *>(vctx);
    ctx->selection = selection;
    OSSL_FUNC_BIO_read_ex_fn *const readBio = bioRead.load(std::memory_order_acquire);
    OSSL_FUNC_BIO_new_membuf_fn *const newMembuf = bioNewMembuf.load(std::memory_order_acquire);
    OSSL_FUNC_BIO_free_fn *const freeBio = bioFree.load(std::memory_order_acquire);
    const bool publicKey = (selection & OSSL_KEYMGMT_SELECT_PUBLIC_KEY) != 0
        && (selection & OSSL_KEYMGMT_SELECT_PRIVATE_KEY) == 0;
    if (!readBio || !newMembuf || !freeBio || !publicKey)
        return decodeWithDefault(ctx, in, selection, callback, callbackArg, passphrase, passphraseArg);

    std::vector<unsigned char> der;
    der.reserve(256);
    for (;;) {
        unsigned char chunk[512];
        size_t got = 0;
        if (readBio(in, chunk, sizeof chunk, &got) != 1 || got == 0)
            break; // end of input (the default decoder reads the same way: a failed read ends it)
        der.insert(der.end(), chunk, chunk + got);
    }
    Bytes point;
    if (const Curve *curve = namedCurveKey(der, &point)) {
        if (void *key = makeKey(*curve, point))
            return offer(key, "EC", callback, callbackArg);
    }
    if (der.empty() || der.size() > size_t(std::numeric_limits<int>::max()))
        return 1; // nothing to decode: empty-handed, not an error (as the default decoder)
    // Not one we make: the default decoder decides, on the same bytes.
    OSSL_CORE_BIO *copy = newMembuf(der.data(), int(der.size()));
    if (!copy)
        return 0;
    const int ok = decodeWithDefault(ctx, copy, selection, callback, callbackArg, passphrase, passphraseArg);
    freeBio(copy);
    return ok;
}

int exportObject(void *vctx, const void *reference, size_t referenceSize, OSSL_CALLBACK *callback,
                 void *callbackArg)
{
    if (referenceSize != sizeof(void *) || !defaults.exportKey)
        return 0;
    const int selection = static_cast<DecoderContext *>(vctx)->selection;
    void *key = *static_cast<void *const *>(reference);
    return defaults.exportKey(key, selection != 0 ? selection : OSSL_KEYMGMT_SELECT_ALL, callback, callbackArg);
}

// --- the key manager's load -------------------------------------------------------------

// Takes the key `offer` put behind the reference (and leaves null there, so it is not freed).
void *loadKey(const void *reference, size_t referenceSize)
{
    if (referenceSize != sizeof(void *))
        return nullptr;
    void **slot = static_cast<void **>(const_cast<void *>(reference));
    void *key = *slot;
    *slot = nullptr;
    return key;
}

template<typename Fn>
OSSL_DISPATCH entry(int id, Fn *fn)
{
    return OSSL_DISPATCH{id, reinterpret_cast<void (*)()>(fn)};
}

} // namespace

bool prepare(void *defaultProviderContext, const OSSL_DISPATCH *defaultDecoder, const OSSL_DISPATCH *defaultKeymgmt)
{
    Defaults d;
    d.providerContext = defaultProviderContext;
    d.newContext = functionIn<OSSL_FUNC_decoder_newctx_fn>(defaultDecoder, OSSL_FUNC_DECODER_NEWCTX);
    d.freeContext = functionIn<OSSL_FUNC_decoder_freectx_fn>(defaultDecoder, OSSL_FUNC_DECODER_FREECTX);
    d.setContextParams =
        functionIn<OSSL_FUNC_decoder_set_ctx_params_fn>(defaultDecoder, OSSL_FUNC_DECODER_SET_CTX_PARAMS);
    d.decode = functionIn<OSSL_FUNC_decoder_decode_fn>(defaultDecoder, OSSL_FUNC_DECODER_DECODE);
    d.newKey = functionIn<OSSL_FUNC_keymgmt_new_fn>(defaultKeymgmt, OSSL_FUNC_KEYMGMT_NEW);
    d.freeKey = functionIn<OSSL_FUNC_keymgmt_free_fn>(defaultKeymgmt, OSSL_FUNC_KEYMGMT_FREE);
    d.importKey = functionIn<OSSL_FUNC_keymgmt_import_fn>(defaultKeymgmt, OSSL_FUNC_KEYMGMT_IMPORT);
    d.exportKey = functionIn<OSSL_FUNC_keymgmt_export_fn>(defaultKeymgmt, OSSL_FUNC_KEYMGMT_EXPORT);
    d.dupKey = functionIn<OSSL_FUNC_keymgmt_dup_fn>(defaultKeymgmt, OSSL_FUNC_KEYMGMT_DUP);
    d.setKeyParams = functionIn<OSSL_FUNC_keymgmt_set_params_fn>(defaultKeymgmt, OSSL_FUNC_KEYMGMT_SET_PARAMS);
    d.loadKey = functionIn<OSSL_FUNC_keymgmt_load_fn>(defaultKeymgmt, OSSL_FUNC_KEYMGMT_LOAD);
    if (!d.providerContext || !d.newContext || !d.freeContext || !d.decode || !d.newKey || !d.freeKey
        || !d.importKey || !d.dupKey || !d.setKeyParams || !d.loadKey)
        return false;
    defaults = d;

    ecPublicKeyOid = OBJ_nid2obj(NID_X9_62_id_ecPublicKey);
    bool any = false;
    for (Curve &curve : curves) {
        curve.oid = OBJ_nid2obj(curve.nid);
        void *key = defaults.newKey(defaults.providerContext);
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char *>(OBJ_nid2sn(curve.nid)), 0),
            OSSL_PARAM_construct_end(),
        };
        if (key && curve.oid && defaults.importKey(key, OSSL_KEYMGMT_SELECT_DOMAIN_PARAMETERS, params) == 1) {
            curve.prepared = key; // kept for the life of the process, like the provider
            any = true;
        } else if (key) {
            defaults.freeKey(key);
        }
    }
    if (!any || !ecPublicKeyOid)
        return false;

    // The decoder: ours where the context is involved, the default's where it is not.
    for (const OSSL_DISPATCH *f = defaultDecoder; f->function_id != 0; ++f) {
        switch (f->function_id) {
        case OSSL_FUNC_DECODER_NEWCTX: decoderTable.push_back(entry(f->function_id, &newContext)); break;
        case OSSL_FUNC_DECODER_FREECTX: decoderTable.push_back(entry(f->function_id, &freeContext)); break;
        case OSSL_FUNC_DECODER_DECODE: decoderTable.push_back(entry(f->function_id, &decode)); break;
        case OSSL_FUNC_DECODER_EXPORT_OBJECT: decoderTable.push_back(entry(f->function_id, &exportObject)); break;
        case OSSL_FUNC_DECODER_SET_CTX_PARAMS:
            decoderTable.push_back(entry(f->function_id, &setContextParams));
            break;
        case OSSL_FUNC_DECODER_GET_PARAMS:
        case OSSL_FUNC_DECODER_GETTABLE_PARAMS:
        case OSSL_FUNC_DECODER_SETTABLE_CTX_PARAMS:
        case OSSL_FUNC_DECODER_DOES_SELECTION: // these take the provider context, not ours
            decoderTable.push_back(*f);
            break;
        default: // anything new that would take a decoder context: not offered
            break;
        }
    }
    decoderTable.push_back(OSSL_DISPATCH{0, nullptr});
    // The key manager: the default's, with our load.
    for (const OSSL_DISPATCH *f = defaultKeymgmt; f->function_id != 0; ++f)
        keymgmtTable.push_back(f->function_id == OSSL_FUNC_KEYMGMT_LOAD ? entry(f->function_id, &loadKey) : *f);
    keymgmtTable.push_back(OSSL_DISPATCH{0, nullptr});
    return true;
}

void takeCoreFunctions(const OSSL_DISPATCH *core)
{
    if (auto *fn = functionIn<OSSL_FUNC_BIO_read_ex_fn>(core, OSSL_FUNC_BIO_READ_EX))
        bioRead.store(fn, std::memory_order_release);
    if (auto *fn = functionIn<OSSL_FUNC_BIO_new_membuf_fn>(core, OSSL_FUNC_BIO_NEW_MEMBUF))
        bioNewMembuf.store(fn, std::memory_order_release);
    if (auto *fn = functionIn<OSSL_FUNC_BIO_free_fn>(core, OSSL_FUNC_BIO_FREE))
        bioFree.store(fn, std::memory_order_release);
}

const OSSL_DISPATCH *decoderFunctions()
{
    return decoderTable.data();
}

const OSSL_DISPATCH *keymgmtFunctions()
{
    return keymgmtTable.data();
}

} // namespace cooc::esign::ossl::fastec
