#include "app/bindingreview/bindingrechecks.h"

#include "app/esign/signatureverifier.h"
#include "app/esign/trustconfigservice.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace cooc::BindingRechecks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::BindingRechecks", text);
}

binding::Verdict toBindingVerdict(esign::Verdict v)
{
    switch (v) {
    case esign::Verdict::TotalPassed: return binding::Verdict::TotalPassed;
    case esign::Verdict::TotalFailed: return binding::Verdict::TotalFailed;
    case esign::Verdict::Indeterminate: return binding::Verdict::Indeterminate;
    case esign::Verdict::NoSignature: return binding::Verdict::NoSignature;
    case esign::Verdict::NotVerified: return binding::Verdict::NotVerified;
    }
    return binding::Verdict::NotVerified;
}

} // namespace

Result<BindingReviewService::Outcome> reverifySignature(const Database &db, const Actor &actor, const Clock &clock,
                                                        qint64 requestId, int expectedVersion)
{
    const BindingReviewService service(db, actor, clock);
    auto details = service.repository().details(requestId, BindingRequestRepository::Depth::Decision);
    if (!details)
        return details.error();
    auto material = service.repository().signatureMaterial(requestId);
    if (!material)
        return material.error();
    auto trust = esign::schoolTrustStore(db, details->summary.schoolId);
    if (!trust) {
        Error error = trust.error();
        error.message = tr("The e-signature cannot be verified: %1 Nothing was changed.").arg(error.message);
        return error;
    }
    const esign::SignatureVerifier verifier(trust.value());
    esign::SignatureInput input;
    if (material->format == QLatin1String("pkcs1"))
        input = esign::SignatureInput::pkcs1(material->signerCertificate, material->signature);
    else if (material->format == QLatin1String("cms") && !material->signature.isEmpty())
        input = esign::SignatureInput::cms(material->signature);
    else
        input = esign::SignatureInput::none();
    // The applicant, and what the request says the signed form is for (ESIGN step 3).
    const BindingRequestSummary &request = details->summary;
    const esign::ExpectedSigner applicant{request.applicantName, details->applicantIdLast4,
                                          {material->schoolCode, request.studentNumber, request.applicantEmail,
                                           binding::code(request.relationship), details->applicantIdLast4}};
    const esign::VerificationReport report =
        verifier.verify(input, applicant, material->consentDocument, clock.now());
    return service.recordVerification(requestId, expectedVersion, toBindingVerdict(report.verdict),
                                      esign::subIndicationCode(report.subIndication), report.toJson());
}

QFuture<Result<BindingReviewService::Outcome>> reverifySignatureAsync(const DatabaseUrl &url, const Actor &actor,
                                                                      const Clock &clock, qint64 requestId,
                                                                      int expectedVersion)
{
    return QtConcurrent::run([url, actor, &clock, requestId, expectedVersion]() -> Result<BindingReviewService::Outcome> {
        auto db = Database::open(url);
        if (!db)
            return db.error();
        return reverifySignature(*db.value(), actor, clock, requestId, expectedVersion);
    });
}

} // namespace cooc::BindingRechecks
