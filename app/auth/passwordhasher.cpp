#include "app/auth/passwordhasher.h"

#include "app/logging.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

namespace cooc::PasswordHasher {

namespace {

struct Params
{
    quint64 n = 0;
    quint32 r = 0;
    quint32 p = 0;
};

// Interactive: ~32 MiB and a few tens of milliseconds per hash (OWASP's scrypt minimum is
// N=2^17 r=8 p=1 for servers; a desktop login verifies one hash at a time, and 2^15 keeps
// it well under a second on old school PCs). Bulk: only for default passwords, which the
// user must replace at first login and which are derivable from the national ID anyway;
// cheap enough to generate a 300,000-student city.
constexpr Params kInteractive { quint64(1) << 15, 8, 1 };
constexpr Params kBulk { quint64(1) << 7, 8, 1 };

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// Upper bounds for parameters read from a stored string: a tampered string must not make
// verify() allocate gigabytes or spin for minutes.
constexpr quint64 kMaxN = quint64(1) << 20;
constexpr quint32 kMaxR = 32;
constexpr quint32 kMaxP = 16;
constexpr quint64 kMaxMem = quint64(256) * 1024 * 1024;

const QString kScheme = QStringLiteral("scrypt");
const QLatin1Char kSep('$');

struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};

QByteArray passwordBytes(const QString &password)
{
    // NFC, so that the same password typed through different input methods (composed vs.
    // decomposed characters) gives the same bytes.
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

QByteArray derive(const QByteArray &password, const QByteArray &salt, const Params &params, int length)
{
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf) {
        qCWarning(lcAuth) << "OpenSSL has no SCRYPT KDF:" << ERR_error_string(ERR_get_error(), nullptr);
        return {};
    }
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return {};
    uint64_t n = params.n;
    uint32_t r = params.r;
    uint32_t p = params.p;
    uint64_t maxMem = kMaxMem;
    // OpenSSL's parameter API takes non-const pointers; it does not modify the buffers.
    QByteArray pw = password;
    QByteArray s = salt;
    OSSL_PARAM list[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pw.data(), size_t(pw.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, s.data(), size_t(s.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMem),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(length, Qt::Uninitialized);
    const int rc = EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()), list);
    OPENSSL_cleanse(pw.data(), size_t(pw.size()));
    if (rc != 1) {
        qCWarning(lcAuth) << "scrypt failed:" << ERR_error_string(ERR_get_error(), nullptr);
        return {};
    }
    return out;
}

bool isPowerOfTwo(quint64 v)
{
    return v >= 2 && (v & (v - 1)) == 0;
}

struct Parsed
{
    Params params;
    QByteArray salt;
    QByteArray hash;
};

bool parse(const QString &stored, Parsed *out)
{
    const QStringList parts = stored.split(kSep);
    if (parts.size() != 6 || parts.at(0) != kScheme)
        return false;
    bool okN = false, okR = false, okP = false;
    const quint64 n = parts.at(1).toULongLong(&okN);
    const uint r = parts.at(2).toUInt(&okR);
    const uint p = parts.at(3).toUInt(&okP);
    if (!okN || !okR || !okP || !isPowerOfTwo(n) || n > kMaxN || r < 1 || r > kMaxR || p < 1 || p > kMaxP)
        return false;
    if (quint64(128) * r * n > kMaxMem || quint64(128) * r * p > kMaxMem)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(4).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts.at(5).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.size() < 8 || hash.decoded.size() < 16 || hash.decoded.size() > 64)
        return false;
    out->params = Params { n, quint32(r), quint32(p) };
    out->salt = salt.decoded;
    out->hash = hash.decoded;
    return true;
}

} // namespace

QString hash(const QString &password, Cost cost)
{
    const Params params = cost == Cost::Interactive ? kInteractive : kBulk;
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1) {
        qCWarning(lcAuth) << "no random bytes for a salt";
        return {};
    }
    const QByteArray derived = derive(passwordBytes(password), salt, params, kHashBytes);
    if (derived.isEmpty())
        return {};
    return kScheme + kSep + QString::number(params.n) + kSep + QString::number(params.r) + kSep
        + QString::number(params.p) + kSep + QString::fromLatin1(salt.toBase64()) + kSep
        + QString::fromLatin1(derived.toBase64());
}

bool verify(const QString &password, const QString &stored)
{
    Parsed parsed;
    if (!parse(stored, &parsed))
        return false;
    const QByteArray derived = derive(passwordBytes(password), parsed.salt, parsed.params, int(parsed.hash.size()));
    if (derived.size() != parsed.hash.size())
        return false;
    return CRYPTO_memcmp(derived.constData(), parsed.hash.constData(), size_t(derived.size())) == 0;
}

bool needsRehash(const QString &stored)
{
    Parsed parsed;
    if (!parse(stored, &parsed))
        return true;
    return parsed.params.n < kInteractive.n || parsed.params.r < kInteractive.r || parsed.params.p < kInteractive.p
        || parsed.salt.size() < kSaltBytes || parsed.hash.size() < kHashBytes;
}

} // namespace cooc::PasswordHasher
