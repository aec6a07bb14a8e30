// cooc-desk-cli trust list|add|remove: the e-signature trust material of a school (trust
// anchors pinned by SHA-256, intermediates, CRLs, TSA roots), for administrators and scripts.
// Changes are audited (actor "cli:<OS user>") exactly like the Settings screen's.
#include "app/cli/commandline.h"
#include "app/esign/trustconfigservice.h"
#include "models/database.h"
#include "models/esigntrustrepository.h"
#include "models/migrator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <optional>
#include <variant>

namespace cooc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::cli::trust", text);
}

QString usageText()
{
    return tr("usage: cooc-desk-cli trust list   --db URL [--school CODE]\n"
              "       cooc-desk-cli trust add    --db URL [--school CODE] --kind KIND\n"
              "                                  (--expect-sha256 HEX | --yes) [--label TEXT]\n"
              "                                  [--policy OID ... | --no-policy] FILE\n"
              "       cooc-desk-cli trust remove --db URL [--school CODE] ID|SHA-256|FILE\n"
              "\n"
              "Manages the e-signature trust material of a school: the trust anchors (the certificate\n"
              "authorities' root certificates, pinned by their SHA-256 fingerprint), intermediate CA\n"
              "certificates, certificate revocation lists (CRLs) and timestamping (TSA) roots. Binding\n"
              "requests are verified against exactly this material; nothing is ever fetched.\n"
              "\n"
              "  list      One line per entry, tab-separated: id, kind, SHA-256, valid until (a CRL's\n"
              "            next update), flags (demo, city, stale, expired), label, subject.\n"
              "  add       Adds FILE (PEM or DER; one certificate or one CRL). Like SSH, confirm the\n"
              "            fingerprint: compare the SHA-256 that the certificate authority publishes\n"
              "            and pass it with --expect-sha256; without it `add` prints the file's\n"
              "            fingerprint and refuses. --yes skips the comparison (scripts that verified\n"
              "            the file otherwise). A newer CRL replaces the older ones of its issuer.\n"
              "  remove    Removes the entry with this id (see `list`), this SHA-256 fingerprint, or\n"
              "            the fingerprint of FILE.\n"
              "\n"
              "  --db URL             sqlite:///absolute/path.sqlite or postgresql://user:password@host:port/dbname\n"
              "  --school CODE        the school (its code); may be left out when the database holds one school\n"
              "  --kind KIND          anchor, intermediate, crl or tsa\n"
              "  --expect-sha256 HEX  the fingerprint you confirmed (64 hex digits, colons allowed)\n"
              "  --yes                add without comparing the fingerprint\n"
              "  --label TEXT         the name shown in lists (default: the certificate's CN)\n"
              "  --policy OID         anchors: a certificate policy signers must carry (repeatable);\n"
              "                       default: the citizen-certificate policy 2.16.886.101.0.3.3\n"
              "  --no-policy          anchors: signers need no particular policy\n"
              "  --help               shows this text\n"
              "\n"
              "Only school administrators may change trust material; on a central database the\n"
              "server enforces it for the account in --db. Exit codes: 0 done, 1 refused or failed\n"
              "(the reason is printed), 3 usage error.\n");
}

QString day(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("-");
}

struct School
{
    qint64 id = 0;
    QString code;
    QString name;
};

// --school CODE, or the only school of the database. A usage problem returns UsageError in *exit.
Result<School> chooseSchool(const Database &db, const QString &code, int *exit)
{
    *exit = Failure;
    auto q = code.isEmpty() ? db.exec(QStringLiteral("SELECT id, code, name FROM schools ORDER BY code LIMIT 2"))
                            : db.exec(QStringLiteral("SELECT id, code, name FROM schools WHERE code = ?"), {code});
    if (!q)
        return q.error();
    QList<School> found;
    while (q.value().next())
        found.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString()});
    if (found.isEmpty()) {
        *exit = code.isEmpty() ? Failure : UsageError;
        return Error::make(Error::Code::NotFound, code.isEmpty() ? tr("The database holds no school.")
                                                                 : tr("There is no school with the code \"%1\".").arg(code));
    }
    if (found.size() > 1) {
        *exit = UsageError;
        return Error::make(Error::Code::InvalidInput,
                           tr("The database holds several schools: choose one with --school CODE."));
    }
    return found.first();
}

Actor cliActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return Actor::system(QStringLiteral("cli:") + user);
}

int list(const CommandLine &cli, const Database &db, const School &school)
{
    auto entries = esign::TrustConfigService::shared().entries(db, school.id);
    if (!entries)
        return cli.fail(entries.error());
    QTextStream out(stdout);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out << "id\tkind\tsha256\tvalid_until\tflags\tlabel\tsubject\n";
    for (const TrustMaterialEntry &entry : entries.value()) {
        const TrustMaterial &m = entry.material;
        QStringList flags;
        if (m.isDemo)
            flags << QStringLiteral("demo");
        if (m.isCityWide())
            flags << QStringLiteral("city");
        if (entry.info && entry.info->isExpired(now))
            flags << (m.kind == TrustMaterial::Kind::Crl ? QStringLiteral("stale") : QStringLiteral("expired"));
        if (!entry.problem.isEmpty())
            flags << QStringLiteral("problem");
        out << m.id << '\t' << TrustMaterial::kindCode(m.kind) << '\t' << m.sha256 << '\t'
            << (entry.info ? day(entry.info->validUntil) : QStringLiteral("-")) << '\t'
            << (flags.isEmpty() ? QStringLiteral("-") : flags.join(QLatin1Char(','))) << '\t' << m.label << '\t'
            << (entry.info ? entry.info->subject : entry.problem) << '\n';
    }
    QTextStream err(stderr);
    err << tr("%1 (%2): %3 trust entries.").arg(school.name, school.code).arg(entries->size()) << '\n';
    for (const TrustMaterialEntry &entry : entries.value()) {
        if (!entry.problem.isEmpty())
            err << tr("Problem with #%1 \"%2\": %3").arg(entry.material.id).arg(entry.material.label, entry.problem)
                << '\n';
    }
    return Success;
}

// `trust add`: everything checked before the database is opened. Returns the addition, or
// the exit code (usage error, or a file that cannot be used).
std::variant<TrustAddition, int> prepareAdd(const CommandLine &cli, const QString &file)
{
    const QCommandLineParser &parser = cli.parser();
    const QString kindText = parser.value(QStringLiteral("kind"));
    if (kindText.isEmpty())
        return cli.usageError(tr("add needs --kind anchor, intermediate, crl or tsa."));
    const auto kind = TrustMaterial::kindFromCode(kindText);
    if (!kind)
        return cli.usageError(tr("--kind must be anchor, intermediate, crl or tsa, not \"%1\".").arg(kindText));
    const bool yes = parser.isSet(QStringLiteral("yes"));
    const QString expected = parser.value(QStringLiteral("expect-sha256"));
    if (!expected.isEmpty() && !normalizeSha256(expected))
        return cli.usageError(tr("--expect-sha256 must be 64 hexadecimal digits (colons allowed), not \"%1\".").arg(expected));
    const QStringList policies = parser.values(QStringLiteral("policy"));
    const bool noPolicy = parser.isSet(QStringLiteral("no-policy"));
    if (!policies.isEmpty() && noPolicy)
        return cli.usageError(tr("--policy and --no-policy exclude each other."));
    if ((!policies.isEmpty() || noPolicy) && *kind != TrustMaterial::Kind::Anchor)
        return cli.usageError(tr("--policy and --no-policy apply to trust anchors only."));

    auto addition = esign::TrustConfigService::readFile(file, *kind);
    if (!addition)
        return cli.fail(addition.error());
    auto info = EsignTrustRepository::inspect(*kind, addition->bytes);
    if (!info)
        return cli.fail(info.error());
    if (expected.isEmpty() && !yes) {
        QTextStream(stderr) << tr("%1: %2\n  subject: %3\n  SHA-256: %4\n\nCompare this fingerprint with the one the "
                                  "certificate authority publishes, then run the command again with --expect-sha256 %5 "
                                  "(or --yes to add it without comparing). Nothing was added.")
                                   .arg(TrustMaterial::kindName(*kind), file, info->subject, info->sha256Display(),
                                        info->sha256)
                            << '\n';
        return int(UsageError);
    }
    TrustAddition prepared = addition.value();
    prepared.label = parser.value(QStringLiteral("label"));
    prepared.expectedSha256 = expected;
    if (noPolicy)
        prepared.requiredPolicies = QStringList();
    else if (!policies.isEmpty())
        prepared.requiredPolicies = policies;
    return prepared;
}

int add(const CommandLine &cli, const Database &db, const School &school, const TrustAddition &addition)
{
    const SystemClock clock;
    auto change = esign::TrustConfigService::shared().add(db, cliActor(), clock, school.id, addition);
    if (!change)
        return cli.fail(change.error());
    QTextStream out(stdout);
    out << tr("Added %1 #%2 \"%3\" for %4 (SHA-256 %5).")
               .arg(TrustMaterial::kindName(change->material.kind))
               .arg(change->material.id)
               .arg(change->material.label, school.code,
                    TrustMaterialInfo::displayFingerprint(change->material.sha256))
        << '\n';
    for (const TrustMaterial &old : change->superseded)
        out << tr("Replaced the older revocation list #%1 \"%2\".").arg(old.id).arg(old.label) << '\n';
    return Success;
}

int remove(const CommandLine &cli, const Database &db, const School &school, const QString &target)
{
    auto rows = EsignTrustRepository(db, cliActor(), SystemClock()).list(school.id);
    if (!rows)
        return cli.fail(rows.error());
    qint64 id = 0;
    bool isNumber = false;
    const qint64 asNumber = target.toLongLong(&isNumber);
    std::optional<QString> fingerprint = normalizeSha256(target);
    if (!isNumber && !fingerprint) {
        // A file: its fingerprint, whichever kind it is.
        auto bytes = esign::TrustConfigService::readFile(target, TrustMaterial::Kind::Anchor);
        if (!bytes)
            return cli.usageError(tr("\"%1\" is neither an entry id, a SHA-256 fingerprint nor a readable file.").arg(target));
        auto info = EsignTrustRepository::inspect(TrustMaterial::Kind::Anchor, bytes->bytes);
        if (!info)
            info = EsignTrustRepository::inspect(TrustMaterial::Kind::Crl, bytes->bytes);
        if (!info)
            return cli.fail(info.error());
        fingerprint = info->sha256;
    }
    for (const TrustMaterial &row : rows.value()) {
        if ((isNumber && row.id == asNumber) || (fingerprint && row.sha256 == *fingerprint))
            id = row.id;
    }
    if (id == 0)
        return cli.fail(Error::make(Error::Code::NotFound,
                                    tr("No trust entry of %1 matches \"%2\"; `trust list` shows them.").arg(school.code, target)));
    const SystemClock clock;
    auto change = esign::TrustConfigService::shared().remove(db, cliActor(), clock, school.id, id);
    if (!change)
        return cli.fail(change.error());
    QTextStream(stdout) << tr("Removed %1 #%2 \"%3\" from %4.")
                               .arg(TrustMaterial::kindName(change->material.kind))
                               .arg(change->material.id)
                               .arg(change->material.label, school.code)
                        << '\n';
    return Success;
}

int run(const QStringList &args)
{
    CommandLine cli(QStringLiteral("trust"), usageText());
    const QCommandLineOption schoolOption(QStringLiteral("school"), tr("School code."), QStringLiteral("CODE"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), tr("Kind."), QStringLiteral("KIND"));
    const QCommandLineOption expectOption(QStringLiteral("expect-sha256"), tr("Expected fingerprint."),
                                          QStringLiteral("HEX"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), tr("Skip the fingerprint comparison."));
    const QCommandLineOption labelOption(QStringLiteral("label"), tr("Label."), QStringLiteral("TEXT"));
    const QCommandLineOption policyOption(QStringLiteral("policy"), tr("Required policy."), QStringLiteral("OID"));
    const QCommandLineOption noPolicyOption(QStringLiteral("no-policy"), tr("No required policy."));
    cli.addOptions({schoolOption, kindOption, expectOption, yesOption, labelOption, policyOption, noPolicyOption});
    // Unlike the other commands, an unknown sub-command is named only after the options parse.
    if (auto exit = cli.parse(args, {}, tr("list, add or remove"), true))
        return *exit;
    const QString sub = cli.subCommand();
    const QCommandLineParser &parser = cli.parser();
    if (sub != QLatin1String("list") && sub != QLatin1String("add") && sub != QLatin1String("remove"))
        return cli.usageError(tr("unknown sub-command \"%1\": list, add or remove.").arg(sub));
    const QStringList positional = parser.positionalArguments();
    if (sub == QLatin1String("list") && !positional.isEmpty())
        return cli.usageError(tr("unexpected argument \"%1\".").arg(positional.first()));
    if (sub != QLatin1String("list") && positional.size() != 1)
        return cli.usageError(sub == QLatin1String("add") ? tr("add needs exactly one FILE.")
                                                          : tr("remove needs exactly one ID, SHA-256 or FILE."));
    if (sub != QLatin1String("add")) {
        for (const QCommandLineOption &option : {kindOption, expectOption, yesOption, labelOption, policyOption,
                                                 noPolicyOption}) {
            if (parser.isSet(option))
                return cli.usageError(tr("--%1 applies to `trust add` only.").arg(option.names().first()));
        }
    }
    if (!parser.isSet(QStringLiteral("db")))
        return cli.usageError(tr("--db URL is required."));
    std::optional<TrustAddition> addition;
    if (sub == QLatin1String("add")) {
        auto prepared = prepareAdd(cli, positional.first());
        if (const int *exit = std::get_if<int>(&prepared))
            return *exit;
        addition = std::get<TrustAddition>(std::move(prepared));
    }
    const auto url = cli.databaseUrl();
    if (!url)
        return UsageError;
    if (url->dialect == Dialect::Sqlite && !QFileInfo::exists(url->path))
        return cli.fail(Error::make(Error::Code::NotFound,
                                    tr("The database file %1 does not exist (`cooc-desk-cli db init` creates one).")
                                        .arg(url->path)));
    auto db = Database::open(*url, sub == QLatin1String("list") ? Database::Access::ReadOnly
                                                                : Database::Access::ReadWrite);
    if (!db)
        return cli.fail(db.error());
    const Migrator migrator(*db.value());
    auto version = migrator.databaseVersion();
    if (!version)
        return cli.fail(version.error());
    if (Status compatible = migrator.checkCompatible(); !compatible)
        return cli.fail(compatible.error());
    if (version.value() < Migrator::clientVersion())
        return cli.fail(Error::make(Error::Code::InvalidInput,
                                    tr("The database is older than this client (schema %1, this version knows %2): run "
                                       "`cooc-desk-cli db init --db URL` first.")
                                        .arg(version.value())
                                        .arg(Migrator::clientVersion())));
    int exit = Failure;
    auto school = chooseSchool(*db.value(), parser.value(schoolOption), &exit);
    if (!school)
        return exit == UsageError ? cli.usageError(school.error().message) : cli.fail(school.error());

    if (sub == QLatin1String("list"))
        return list(cli, *db.value(), school.value());
    if (sub == QLatin1String("add"))
        return add(cli, *db.value(), school.value(), *addition);
    return remove(cli, *db.value(), school.value(), positional.first());
}

const CommandRegistration registration({QStringLiteral("trust"),
                                        QStringLiteral("list, add or remove a school's e-signature trust anchors, "
                                                       "intermediates, CRLs and TSA roots"),
                                        run});

} // namespace

} // namespace cooc::cli
