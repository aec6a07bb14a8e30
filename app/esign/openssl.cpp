#include "app/esign/openssl.h"

#include <QStringList>

#include <openssl/err.h>

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

int peekErrorReason()
{
    return ERR_GET_REASON(ERR_peek_error());
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
    EVP_Digest(bytes.constData(), size_t(bytes.size()), md, &len, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

} // namespace cooc::esign::ossl
