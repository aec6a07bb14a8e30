// libFuzzer target for everything that parses untrusted e-signature input: CMS (DER/PEM),
// the PKCS#1 pair, consent documents and stored reports. Built by tests/fuzz/esign (clang):
//   build-esign-asan/fuzz_esign -max_total_time=60 CORPUS_DIR
// With COOC_FUZZ_WRITE_SEEDS=DIR it writes valid seeds into DIR and exits.
// The first input byte chooses the parser; the verdict must always be a known one.
#include "app/esign/consentdocument.h"
#include "app/esign/signatureverifier.h"
#include "support/testpki.h"

#include <QDir>
#include <QFile>

#include <cstdlib>

using namespace cooc;
using namespace cooc::esign;

namespace {

struct Fixture
{
    test::TestPki pki;
    QByteArray document;
    std::unique_ptr<SignatureVerifier> verifier;

    Fixture()
    {
        document = ConsentDocument::create(QStringLiteral("REQ-1"), QStringLiteral("353604"), QStringLiteral("1"),
                                           QStringLiteral("a@example.tw"), QStringLiteral("mother"),
                                           QStringLiteral("6789"))
                       .toCanonicalBytes();
        auto store = TrustStore::build(pki.configuration(pki.intermediateCrl()));
        if (!store)
            std::abort();
        verifier = std::make_unique<SignatureVerifier>(*store);
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void writeSeeds(const QString &dir)
{
    Fixture &f = fixture();
    QDir().mkpath(dir);
    const Certificate cert = f.pki.issue(f.pki.rsaKey);
    const auto write = [&](const char *name, char mode, const QByteArray &bytes) {
        QFile file(dir + QLatin1Char('/') + QLatin1String(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray(1, mode) + bytes);
    };
    CmsSignOptions options;
    options.extraCertificates = {f.pki.intermediate.certificate()};
    options.cardNumber = QStringLiteral("TP03000012345678");
    const TimestampAuthority tsa = f.pki.timestampAuthority();
    options.timestamp = &tsa;
    write("cms-attached", 0, *signCms(f.document, cert, f.pki.rsaKey, options));
    options.detached = true;
    write("cms-detached", 0, *signCms(f.document, cert, f.pki.rsaKey, options));
    options.pem = true;
    write("cms-pem", 0, *signCms(f.document, cert, f.pki.rsaKey, options));
    // A P-256 signer: its own parsing context and the direct check of the signed attributes.
    CmsSignOptions ec;
    ec.extraCertificates = {f.pki.intermediate.certificate()};
    write("cms-p256", 0, *signCms(f.document, f.pki.issue(f.pki.ecKey), f.pki.ecKey, ec));
    const QByteArray der = cert.toDer();
    write("pkcs1", 1, QByteArray(1, char(der.size() >> 8)) + QByteArray(1, char(der.size() & 0xff)) + der
                          + *signPkcs1(f.document, f.pki.rsaKey));
    write("consent", 2, f.document);
    write("report", 3, f.verifier->verify(SignatureInput::cms({}), {}, f.document, f.pki.now).toJsonBytes());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const char *dir = std::getenv("COOC_FUZZ_WRITE_SEEDS")) {
        writeSeeds(QString::fromLocal8Bit(dir));
        std::exit(0);
    }
    fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    Fixture &f = fixture();
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    VerificationReport report;
    switch (data[0] % 4) {
    case 0:
        report = f.verifier->verify(SignatureInput::cms(bytes), {QStringLiteral("王大明"), QStringLiteral("6789")},
                                    f.document, f.pki.now);
        break;
    case 1: { // 2-byte certificate length, certificate, signature
        const qsizetype certLength = bytes.size() >= 2
            ? (qsizetype(static_cast<unsigned char>(bytes[0])) << 8) | static_cast<unsigned char>(bytes[1])
            : 0;
        const QByteArray rest = bytes.mid(2);
        report = f.verifier->verify(SignatureInput::pkcs1(rest.left(certLength), rest.mid(certLength)), {},
                                    f.document, f.pki.now);
        break;
    }
    case 2:
        (void)ConsentDocument::parse(bytes);
        return 0;
    default:
        (void)VerificationReport::fromJsonBytes(bytes);
        return 0;
    }
    // Whatever the input, the verifier answers with a verdict, never a pass for garbage.
    if (report.verdict == Verdict::NotVerified || report.verdict == Verdict::NoSignature)
        std::abort();
    return 0;
}
