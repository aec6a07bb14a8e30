#include "app/esign/openssl.h"

#include "app/esign/fastecdecoder_p.h"

#include <QStringList>

#include <openssl/core_dispatch.h>
#include <openssl/err.h>
#include <openssl/provider.h>

#include <cstring>
#include <mutex>
#include <vector>

namespace cooc::esign::ossl {

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

QString takeErrors()
{
    QStringList parts;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        parts << QString::fromLatin1(buffer);
    }
    return parts.join(QLatin1String("; "));
}

void clearErrors()
{
    ERR_clear_error();
}

const EVP_MD *sha256Md()
{
    static const EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

int peekErrorReason()
{
    return ERR_GET_REASON(ERR_peek_error());
}

namespace {

OSSL_PROVIDER *defaultProvider = nullptr;
constexpr int kindCount = 3; // KeyKind::Any, Ec, Rsa
// The algorithms each kind of fast context offers, per operation (see tableIndex).
std::vector<OSSL_ALGORITHM> tables[kindCount][4];

int tableIndex(int operation)
{
    switch (operation) {
    case OSSL_OP_DIGEST: return 0;
    case OSSL_OP_KEYMGMT: return 1;
    case OSSL_OP_SIGNATURE: return 2;
    case OSSL_OP_DECODER: return 3;
    default: return -1;
    }
}

bool hasName(const char *names, const char *wanted)
{
    // Names are colon-separated ("RSA:rsaEncryption:1.2.840.113549.1.1.1").
    const size_t length = std::strlen(wanted);
    for (const char *p = names; p && *p;) {
        const char *end = std::strchr(p, ':');
        const size_t n = end ? size_t(end - p) : std::strlen(p);
        if (n == length && OPENSSL_strncasecmp(p, wanted, n) == 0)
            return true;
        p = end ? end + 1 : nullptr;
    }
    return false;
}

// Key managers and SubjectPublicKeyInfo decoders are what OpenSSL 3.0 enumerates for every
// public key it decodes; a context for one kind of key offers only that kind's.
bool wanted(int operation, const OSSL_ALGORITHM &algorithm, KeyKind keys)
{
    const char *names = algorithm.algorithm_names;
    const bool keyType = hasName(names, "RSA") || hasName(names, "RSA-PSS") || hasName(names, "EC")
        || hasName(names, "ECDSA");
    const bool decodesKeys = operation == OSSL_OP_KEYMGMT || operation == OSSL_OP_DECODER;
    if (decodesKeys && keys == KeyKind::Ec && !hasName(names, "EC"))
        return false;
    if (decodesKeys && keys == KeyKind::Rsa && !hasName(names, "RSA"))
        return false;
    switch (operation) {
    case OSSL_OP_DIGEST:
        return hasName(names, "SHA1") || hasName(names, "SHA2-256") || hasName(names, "SHA2-384")
            || hasName(names, "SHA2-512") || hasName(names, "MD5");
    case OSSL_OP_KEYMGMT:
    case OSSL_OP_SIGNATURE:
        return keyType;
    case OSSL_OP_DECODER:
        return keyType && algorithm.property_definition
            && std::strstr(algorithm.property_definition, "SubjectPublicKeyInfo");
    default:
        return false;
    }
}

// One provider per kind: its query function is the only thing that knows the kind (the
// provider context is the default provider's).
template<KeyKind keys>
const OSSL_ALGORITHM *fastQuery(void *, int operation, int *noCache)
{
    *noCache = 0;
    const int index = tableIndex(operation);
    return index < 0 ? nullptr : tables[int(keys)][index].data();
}

template<KeyKind keys>
const OSSL_DISPATCH fastDispatch[] = {
    {OSSL_FUNC_PROVIDER_QUERY_OPERATION, reinterpret_cast<void (*)()>(&fastQuery<keys>)},
    {0, nullptr},
};

// The implementations are the default provider's, so they get its provider context.
template<KeyKind keys>
int fastInit(const OSSL_CORE_HANDLE *, const OSSL_DISPATCH *core, const OSSL_DISPATCH **out, void **providerContext)
{
    fastec::takeCoreFunctions(core);
    *out = fastDispatch<keys>;
    *providerContext = OSSL_PROVIDER_get0_provider_ctx(defaultProvider);
    return 1;
}

struct FastProvider
{
    const char *name;
    OSSL_provider_init_fn *init;
};

FastProvider fastProvider(KeyKind keys)
{
    switch (keys) {
    case KeyKind::Ec: return {"cooc-esign-fast-ec", &fastInit<KeyKind::Ec>};
    case KeyKind::Rsa: return {"cooc-esign-fast-rsa", &fastInit<KeyKind::Rsa>};
    case KeyKind::Any: break;
    }
    return {"cooc-esign-fast", &fastInit<KeyKind::Any>};
}

bool isEc(int operation, const OSSL_ALGORITHM &algorithm)
{
    return (operation == OSSL_OP_KEYMGMT || operation == OSSL_OP_DECODER) && hasName(algorithm.algorithm_names, "EC");
}

// The default provider's EC key manager and EC SubjectPublicKeyInfo decoder are replaced by
// fastec's (the same key manager with its own load, a decoder that does not build a new EC
// group per key) when it can be set up.
bool prepareFastEc()
{
    const OSSL_DISPATCH *keymgmt = nullptr;
    const OSSL_DISPATCH *decoder = nullptr;
    for (const int operation : {OSSL_OP_KEYMGMT, OSSL_OP_DECODER}) {
        int noCache = 0;
        for (const OSSL_ALGORITHM *a = OSSL_PROVIDER_query_operation(defaultProvider, operation, &noCache);
             a && a->algorithm_names; ++a) {
            if (!wanted(operation, *a, KeyKind::Any) || !isEc(operation, *a))
                continue;
            const OSSL_DISPATCH *&found = operation == OSSL_OP_KEYMGMT ? keymgmt : decoder;
            if (found)
                return false; // more than one: keep the default's
            found = a->implementation;
        }
    }
    return keymgmt && decoder
        && fastec::prepare(OSSL_PROVIDER_get0_provider_ctx(defaultProvider), decoder, keymgmt);
}

bool makeTables()
{
    defaultProvider = OSSL_PROVIDER_load(nullptr, "default");
    if (!defaultProvider)
        return false;
    const bool fastEc = prepareFastEc();
    for (const KeyKind keys : {KeyKind::Any, KeyKind::Ec, KeyKind::Rsa}) {
        for (const int operation : {OSSL_OP_DIGEST, OSSL_OP_KEYMGMT, OSSL_OP_SIGNATURE, OSSL_OP_DECODER}) {
            int noCache = 0;
            std::vector<OSSL_ALGORITHM> &table = tables[int(keys)][tableIndex(operation)];
            for (const OSSL_ALGORITHM *a = OSSL_PROVIDER_query_operation(defaultProvider, operation, &noCache);
                 a && a->algorithm_names; ++a) {
                if (!wanted(operation, *a, keys))
                    continue;
                table.push_back(*a);
                if (fastEc && isEc(operation, *a))
                    table.back().implementation =
                        operation == OSSL_OP_KEYMGMT ? fastec::keymgmtFunctions() : fastec::decoderFunctions();
            }
            if (table.empty())
                return false;
            table.push_back(OSSL_ALGORITHM{nullptr, nullptr, nullptr, nullptr});
        }
    }
    return true;
}

OSSL_LIB_CTX *makeFastLibCtx(KeyKind keys)
{
    static const bool tablesMade = makeTables();
    if (!tablesMade)
        return nullptr;
    const FastProvider provider = fastProvider(keys);
    OSSL_LIB_CTX *ctx = OSSL_LIB_CTX_new();
    if (!ctx || OSSL_PROVIDER_add_builtin(ctx, provider.name, provider.init) != 1
        || !OSSL_PROVIDER_load(ctx, provider.name)) {
        OSSL_LIB_CTX_free(ctx);
        takeErrors();
        return nullptr;
    }
    return ctx;
}

// Contexts for threads that verify: each thread leases one for its lifetime and returns it
// when it ends. Contexts are never freed (objects parsed in them, such as CA certificates
// the TrustStore learns, may outlive the thread), so their number is the largest number of
// threads that ever verified at once, capped.
struct ContextPool
{
    std::mutex lock;
    std::vector<OSSL_LIB_CTX *> free[kindCount];
    int made = 0;
};

ContextPool &contextPool()
{
    static auto *const pool = new ContextPool; // never destroyed: thread exits may come late
    return *pool;
}

struct ContextLease
{
    OSSL_LIB_CTX *ctx[kindCount] = {};
    bool tried[kindCount] = {};
    ContextLease() = default;
    ContextLease(const ContextLease &) = delete;
    ContextLease &operator=(const ContextLease &) = delete;
    ~ContextLease()
    {
        ContextPool &pool = contextPool();
        std::lock_guard guard(pool.lock);
        for (int kind = 0; kind < kindCount; ++kind) {
            if (ctx[kind])
                pool.free[kind].push_back(ctx[kind]);
        }
    }
};

thread_local ContextLease threadLease;

} // namespace

OSSL_LIB_CTX *fastLibCtx()
{
    static OSSL_LIB_CTX *const ctx = makeFastLibCtx(KeyKind::Any); // lives as long as the process
    return ctx;
}

OSSL_LIB_CTX *threadFastLibCtx(KeyKind keys)
{
    ContextLease &lease = threadLease;
    const int kind = int(keys);
    if (!lease.ctx[kind] && !lease.tried[kind]) {
        lease.tried[kind] = true;
        if (!fastLibCtx()) // sets up the shared tables first
            return nullptr;
        ContextPool &pool = contextPool();
        std::lock_guard guard(pool.lock);
        if (!pool.free[kind].empty()) {
            lease.ctx[kind] = pool.free[kind].back();
            pool.free[kind].pop_back();
        } else if (pool.made < 3 * 64) {
            lease.ctx[kind] = makeFastLibCtx(keys);
            pool.made += lease.ctx[kind] ? 1 : 0;
        }
    }
    if (lease.ctx[kind])
        return lease.ctx[kind];
    return keys == KeyKind::Any ? fastLibCtx() : threadFastLibCtx(KeyKind::Any);
}

QByteArray toDer(X509 *cert)
{
    unsigned char *out = nullptr;
    const int len = i2d_X509(cert, &out);
    if (len <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), len);
    OPENSSL_free(out);
    return der;
}

QByteArray sha256(const QByteArray &bytes)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(bytes.constData(), size_t(bytes.size()), md, &len, sha256Md(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

} // namespace cooc::esign::ossl
