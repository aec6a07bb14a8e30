#pragma once

// The personal-data consent form (個資授權同意書) a parent signs when applying to bind their
// account to a child. What is signed is its canonical byte form:
//
//   UTF-8 JSON, one object, keys sorted (byte order), no whitespace, every value a string,
//   non-ASCII characters written as UTF-8 (never \u escapes), only " \ and control
//   characters escaped (\b \f \n \r \t, others as \u00xx lower-case hex).
//
// Keys: consent_text, consent_text_version, format ("cooc-consent/1"), nonce,
// parent_email, parent_id_last4, relationship, request_id, school_code, student_number.
// The same fields always give the same bytes; parse() accepts only that exact form, so a
// document that parses is byte-for-byte what the fields say.

#include "models/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cooc::esign {

// What a binding request says its consent document must say (ESIGN.md step 3: the signed
// bytes are *this* request's document). An empty field is not compared.
struct ExpectedConsent
{
    QString schoolCode;
    QString studentNumber;
    QString parentEmail;   // compared case-insensitively
    QString relationship;
    QString parentIdLast4; // compared case-insensitively

    bool isEmpty() const
    {
        return schoolCode.isEmpty() && studentNumber.isEmpty() && parentEmail.isEmpty() && relationship.isEmpty()
            && parentIdLast4.isEmpty();
    }
};

struct ConsentDocument
{
    QString requestId;          // the binding request's id as the platform knows it
    QString nonce;              // random, from newNonce(): makes every signed form unique
    QString schoolCode;         // the school's code (e.g. "353604")
    QString studentNumber;      // 學號
    QString parentEmail;        // the applicant's e-mail (their future login)
    QString relationship;       // father | mother | guardian | grandparent | delegate
    QString consentTextVersion; // a key of consentTextVersions()
    QString parentIdLast4;      // last 4 characters of the parent's national ID
    QString consentText;        // the consent text of that version, verbatim

    static constexpr char formatTag[] = "cooc-consent/1";

    // A new document with a fresh nonce and the text of `version` (default: current).
    static ConsentDocument create(const QString &requestId, const QString &schoolCode,
                                  const QString &studentNumber, const QString &parentEmail,
                                  const QString &relationship, const QString &parentIdLast4,
                                  const QString &version = currentTextVersion());

    QByteArray toCanonicalBytes() const;
    // Fails (InvalidInput) on anything that is not exactly a canonical consent document,
    // including a consent text that differs from the published text of its version.
    static Result<ConsentDocument> parse(const QByteArray &bytes);
    // The fields of a consent form of this format, whatever its text version (one published
    // after this client was built included) and extra fields: to hold a signed form to its
    // request, not to show it as canonical. Fails only when it is no such form at all.
    static Result<ConsentDocument> readFields(const QByteArray &bytes);

    // The fields that differ from what the request expects, as translated labels ("student
    // number", …); empty when the document is this request's.
    QStringList differencesFrom(const ExpectedConsent &expected) const;

    // For the reviewer: labelled fields and the consent text, translated labels.
    QString toDisplayText() const;

    static QString newNonce();                 // 128 random bits, hex
    static QString currentTextVersion();       // "2026.1"
    static QStringList consentTextVersions();  // every published version, oldest first
    static QString publishedText(const QString &version); // the text of a version; empty if unknown
    static bool isKnownRelationship(const QString &relationship);

    bool operator==(const ConsentDocument &) const = default;
};

} // namespace cooc::esign
