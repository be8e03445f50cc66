// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/policycommand.h"

#include "cli/holdersverbs.h"
#include "crypto/digest.h"
#include "crypto/keystore.h"
#include "crypto/passphrasebox.h"
#include "crypto/signingkey.h"
#include "policy/noticetext.h"
#include "policy/packloader.h"
#include "policy/packsignature.h"
#include "policy/rulematcher.h"
#include "policy/schooltime.h"
#include "policy/shippedpacks.h"
#include "policy/vocabulary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QTextStream>

namespace clearline::cli {

namespace {

QString english(const policy::Localized &text)
{
    return text.value(QStringLiteral("en"), text.isEmpty() ? QString() : text.first());
}

QJsonObject clauseJson(const policy::Clause &clause)
{
    return {{QStringLiteral("id"), clause.id},
            {QStringLiteral("section"), clause.section},
            {QStringLiteral("title"), clause.title},
            {QStringLiteral("summary"), clause.summary}};
}

QJsonArray routeJson(const QList<policy::RouteStage> &route)
{
    QJsonArray stages;
    for (const policy::RouteStage &stage : route) {
        QJsonArray steps;
        for (const policy::RouteStep &step : stage.steps) {
            steps.append(QJsonObject{{QStringLiteral("action"), step.action},
                                     {QStringLiteral("role"), step.role.id},
                                     {QStringLiteral("clause"), step.clause.id}});
        }
        stages.append(QJsonObject{{QStringLiteral("together"), stage.together}, {QStringLiteral("steps"), steps}});
    }
    return stages;
}

} // namespace

QString PolicyCommand::name() const
{
    return QStringLiteral("policy");
}

QString PolicyCommand::summary() const
{
    return tr("check, read and sign district policy packs (validate, show, check, keygen, sign, holders)");
}

QString PolicyCommand::synopsis() const
{
    return QStringLiteral(
        "validate PATH… | show PACK [--clause ID] | check PACK --channel C --audience A [--at TIME] "
        "[--when COND]… [--purpose ID] [--grade N] [--approved PROCEDURE]… | keygen --out FILE | sign PACK --key FILE "
        "| "
        "holders add ENROLMENT-FILE|FINGERPRINT --pack FILE | holders remove FINGERPRINT --pack FILE [--at TIME] "
        "[--json]");
}

void PolicyCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("clause"), tr("Show this clause and what cites it."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("channel"), tr("check: the channel used."), QStringLiteral("CHANNEL")});
    parser.addOption(
        {QStringLiteral("audience"), tr("check: students, parents or students-and-parents."), QStringLiteral("WHO")});
    parser.addOption({QStringLiteral("at"), tr("check: when (ISO 8601; default now)."), QStringLiteral("TIME")});
    parser.addOption(
        {QStringLiteral("when"), tr("check: a condition that holds (may be repeated)."), QStringLiteral("CONDITION")});
    parser.addOption({QStringLiteral("purpose"),
                      tr("check: the contact's purpose, one of the pack's purposes (its conditions hold)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("grade"), tr("check: the student's grade (K = 0)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("approved"),
                      tr("check: the person holds an approved request of this procedure that covers the contact "
                         "(may be repeated)."),
                      QStringLiteral("PROCEDURE")});
    parser.addOption(
        {QStringLiteral("out"), tr("Where keygen writes the district's signing key."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("key"), tr("The district signing key that sign uses."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("pack"), tr("holders: the district's pack.yaml to change."), QStringLiteral("FILE")});
}

int PolicyCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    if (args.value(0) == QLatin1String("validate") && args.size() >= 2) {
        return validate(context, args.mid(1));
    }
    if (args.value(0) == QLatin1String("show") && args.size() == 2) {
        return show(context, args.at(1));
    }
    if (args.value(0) == QLatin1String("check") && args.size() == 2) {
        return check(context, args.at(1));
    }
    if (args.value(0) == QLatin1String("keygen") && args.size() == 1) {
        return keygen(context);
    }
    if (args.value(0) == QLatin1String("sign") && args.size() == 2) {
        return sign(context, args.at(1));
    }
    if (args.value(0) == QLatin1String("holders") && args.size() == 3 && args.at(1) == QLatin1String("add")) {
        return HoldersVerbs::add(context, args.at(2));
    }
    if (args.value(0) == QLatin1String("holders") && args.size() == 3 && args.at(1) == QLatin1String("remove")) {
        return HoldersVerbs::remove(context, args.at(2));
    }
    return context.usageError(tr("Use 'clearline policy validate PATH…', 'show PACK', 'keygen --out FILE', "
                                 "'sign PACK --key FILE' or 'holders add|remove ENROLMENT-FILE|FINGERPRINT --pack "
                                 "FILE'."));
}

int PolicyCommand::validate(CommandContext &context, const QStringList &paths) const
{
    bool allValid = true;
    QJsonArray results;
    QTextStream &out = context.out();
    for (const QString &path : paths) {
        const QString file = policy::ShippedPacks::resolve(path);
        const policy::PackLoader::Result result = policy::PackLoader::loadFile(file);
        allValid = allValid && result.pack.has_value();
        // Validation judges the content; the signature is reported on its
        // own line, so that an unsigned draft can be validated.
        const policy::PackSignature::Check signature = policy::PackSignature::check(file);
        if (context.json()) {
            QJsonArray errors;
            for (const policy::PackError &error : result.errors) {
                errors.append(QJsonObject{{QStringLiteral("line"), error.line},
                                          {QStringLiteral("column"), error.column},
                                          {QStringLiteral("message"), error.message}});
            }
            QJsonArray warnings;
            for (const policy::PackError &warning : result.warnings) {
                warnings.append(QJsonObject{{QStringLiteral("line"), warning.line},
                                            {QStringLiteral("column"), warning.column},
                                            {QStringLiteral("message"), warning.message}});
            }
            results.append(
                QJsonObject{{QStringLiteral("file"), file},
                            {QStringLiteral("warnings"), warnings},
                            {QStringLiteral("valid"), result.pack.has_value()},
                            {QStringLiteral("signature"), signature.message},
                            {QStringLiteral("signed"), signature.state == policy::PackSignature::State::Valid},
                            {QStringLiteral("signedBy"), signature.fingerprint},
                            {QStringLiteral("errors"), errors}});
            continue;
        }
        for (const policy::PackError &error : result.errors) {
            out << error.toString() << '\n';
        }
        for (const policy::PackError &warning : result.warnings) {
            out << tr("%1 (a warning: the pack still loads)").arg(warning.toString()) << '\n';
        }
        if (result.pack) {
            out << tr("%1: valid (%2: %3 clauses, %4 rules, %5 procedures)")
                       .arg(file, result.pack->district.name)
                       .arg(result.pack->clauses.size())
                       .arg(result.pack->rules.size())
                       .arg(result.pack->procedures.size())
                << '\n';
        } else {
            out << tr("%1: refused (mistakes found: %2)").arg(file).arg(result.errors.size()) << '\n';
        }
        out << file << ": " << tr("signature: %1").arg(signature.message) << '\n';
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("valid"), allValid}, {QStringLiteral("packs"), results}});
    }
    out.flush();
    return allValid ? Success : Failure;
}

int PolicyCommand::check(CommandContext &context, const QString &path) const
{
    const QString file = policy::ShippedPacks::resolve(path);
    const policy::PackLoader::Result result = policy::PackLoader::loadFile(file);
    if (!result.pack) {
        return context.fail(tr("%1 is not a valid pack: %2").arg(file, result.errors.constFirst().toString()));
    }
    const QCommandLineParser &parser = context.parser();
    policy::Contact contact;
    contact.channel = parser.value(QStringLiteral("channel"));
    contact.audience = parser.value(QStringLiteral("audience"));
    if (!policy::vocabulary::kChannels.contains(contact.channel) ||
        !policy::vocabulary::kAudiences.contains(contact.audience)) {
        return context.usageError(tr("Give --channel (one of: %1) and --audience (one of: %2).")
                                      .arg(policy::vocabulary::kChannels.join(QStringLiteral(", ")),
                                           policy::vocabulary::kAudiences.join(QStringLiteral(", "))));
    }
    const QStringList conditions = parser.values(QStringLiteral("when"));
    contact.conditions = QSet<QString>(conditions.begin(), conditions.end());
    if (parser.isSet(QStringLiteral("purpose"))) {
        const policy::Purpose *purpose = result.pack->purpose(parser.value(QStringLiteral("purpose")));
        if (!purpose) {
            QStringList known;
            for (const policy::Purpose &p : result.pack->purposes) {
                known.append(p.id);
            }
            return context.usageError(tr("The pack has no purpose \"%1\"; its purposes are: %2.")
                                          .arg(parser.value(QStringLiteral("purpose")),
                                               known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))));
        }
        for (const QString &condition : purpose->countsAs) {
            contact.conditions.insert(condition);
        }
    }
    contact.grade = parser.isSet(QStringLiteral("grade")) ? parser.value(QStringLiteral("grade")).toInt() : -1;
    const QDateTime moment = parser.isSet(QStringLiteral("at"))
                                 ? QDateTime::fromString(parser.value(QStringLiteral("at")), Qt::ISODate)
                                 : QDateTime::currentDateTime();
    if (!moment.isValid()) {
        return context.usageError(tr("--at takes a time like 2026-11-22T21:05:00-05:00."));
    }
    const policy::SchoolTime::Verdict time = policy::SchoolTime::classify(*result.pack, moment);
    if (time.state == policy::SchoolTime::State::OffHours) {
        contact.conditions.insert(QStringLiteral("off-hours"));
    }
    // An approved request of each procedure named, covering every day and
    // both audiences, so that what the procedure's `covers` allows shows.
    QList<policy::Authorization> authorizations;
    for (const QString &procedureId : parser.values(QStringLiteral("approved"))) {
        const policy::Procedure *procedure = result.pack->procedure(procedureId);
        if (!procedure) {
            return context.usageError(tr("The pack has no procedure \"%1\" for --approved.").arg(procedureId));
        }
        const policy::Covers &covers = procedure->covers;
        // A channel named by a field: the request asked for this contact's.
        const QStringList channels = covers.channelField.isSet() ? QStringList{contact.channel} : covers.channels;
        authorizations.append({{},
                               policy::localizedText(procedure->title),
                               procedure->id,
                               channels,
                               {QStringLiteral("students"), QStringLiteral("parents")},
                               {},
                               {},
                               covers.conditions,
                               covers.exception});
    }
    const policy::RuleMatcher::Decision decision =
        policy::RuleMatcher::decide(*result.pack, contact, time.districtTime.date(), authorizations);
    const policy::Rule *rule = decision.rule;
    const policy::Clause *clause = rule ? result.pack->clause(rule->clause.id) : nullptr;
    if (context.json()) {
        context.printJson(
            {{QStringLiteral("verdict"), decision.verdict()},
             {QStringLiteral("authorizedBy"), decision.authorization ? decision.authorization->procedureId : QString()},
             {QStringLiteral("rule"), rule ? rule->id : QString()},
             {QStringLiteral("clause"), clause ? clause->id : QString()},
             {QStringLiteral("section"), clause ? clause->section : QString()},
             {QStringLiteral("procedure"), rule ? rule->procedure.id : QString()},
             {QStringLiteral("offHours"), time.state == policy::SchoolTime::State::OffHours},
             {QStringLiteral("time"), time.reason},
             {QStringLiteral("districtTime"), time.districtTime.toString(Qt::ISODate)}});
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("When: %1 in the district's time, %2.").arg(time.districtTime.toString(Qt::ISODate), time.reason) << '\n';
    if (!rule) {
        out << tr("The policy says nothing about this channel for this audience.") << '\n';
    } else {
        out << tr("Verdict: %1 (rule %2, § %3 %4)").arg(decision.verdict(), rule->id, clause->section, clause->title)
            << '\n';
        if (decision.authorization) {
            out << tr("Allowed by an approved request: %1").arg(decision.authorization->title) << '\n';
        }
        if (const QString advice = rule->advice.value(QStringLiteral("en")); !advice.isEmpty()) {
            out << advice << '\n';
        }
        if (rule->procedure.isSet() && !decision.authorization) {
            out << tr("Ask first with the procedure: %1").arg(rule->procedure.id) << '\n';
        }
    }
    out.flush();
    return Success;
}

int PolicyCommand::keygen(CommandContext &context) const
{
    const QString out = context.parser().value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return context.usageError(tr("Say where to keep the district's signing key: --out FILE"));
    }
    if (QFileInfo::exists(out)) {
        return context.fail(tr("%1 exists already; ClearLine never overwrites a signing key.").arg(out));
    }
    const QString passphrase = qEnvironmentVariable("CLEARLINE_PASSPHRASE");
    if (passphrase.size() < crypto::KeyStore::kMinimumPassphraseLength) {
        return context.usageError(tr("Protect the district's signing key with a passphrase of at least %1 "
                                     "characters in CLEARLINE_PASSPHRASE.")
                                      .arg(crypto::KeyStore::kMinimumPassphraseLength));
    }
    const crypto::SigningKey key = crypto::SigningKey::generate();
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(crypto::PassphraseBox::seal(key.secret(), passphrase)) < 0 ||
        !file.commit()) {
        return context.fail(tr("ClearLine could not write %1.").arg(out));
    }
    QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString fingerprint = crypto::fingerprint(key.publicKey());
    if (context.json()) {
        context.printJson({{QStringLiteral("keyFile"), QFileInfo(out).absoluteFilePath()},
                           {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey().toBase64())},
                           {QStringLiteral("fingerprint"), fingerprint}});
    } else {
        context.out() << tr("District signing key written to %1.").arg(out) << '\n'
                      << tr("Fingerprint: %1 (staff profiles trust packs signed with it after "
                            "'clearline settings set district_key %1').")
                             .arg(fingerprint)
                      << '\n';
        context.out().flush();
    }
    return Success;
}

int PolicyCommand::sign(CommandContext &context, const QString &path) const
{
    const QString keyFile = context.parser().value(QStringLiteral("key"));
    if (keyFile.isEmpty()) {
        return context.usageError(tr("Say which signing key to use: --key FILE"));
    }
    const QString file = policy::ShippedPacks::resolve(path);
    const policy::PackLoader::Result result = policy::PackLoader::loadFile(file);
    if (!result.pack) {
        return context.fail(
            tr("%1 has mistakes, so ClearLine will not sign it: %2").arg(file, result.errors.constFirst().toString()));
    }
    QFile box(keyFile);
    QString error;
    if (!box.open(QIODevice::ReadOnly)) {
        return context.fail(tr("ClearLine could not read the signing key %1.").arg(keyFile));
    }
    const auto secret =
        crypto::PassphraseBox::open(box.readAll(), qEnvironmentVariable("CLEARLINE_PASSPHRASE"), &error);
    const auto key = secret ? crypto::SigningKey::fromSecret(*secret) : std::nullopt;
    if (!key) {
        return context.fail(error.isEmpty() ? tr("%1 is not a signing key.").arg(keyFile) : error);
    }
    if (!policy::PackSignature::sign(file, *key, &error)) {
        return context.fail(error);
    }
    const QString fingerprint = crypto::fingerprint(key->publicKey());
    if (context.json()) {
        context.printJson({{QStringLiteral("signature"), policy::PackSignature::signatureFile(file)},
                           {QStringLiteral("fingerprint"), fingerprint}});
    } else {
        context.out() << tr("Signed %1 with the key %2.").arg(file, fingerprint) << '\n';
        context.out().flush();
    }
    return Success;
}

namespace {
// The purposes or family ties `contact log` takes (--purpose, --family):
// each id, its label in every district language, what it counts as.
template <typename T> QJsonArray labelledJson(const QList<T> &items, const QStringList &languages)
{
    QJsonArray array;
    for (const T &item : items) {
        QJsonObject labels;
        for (const QString &language : languages) {
            labels.insert(language, policy::textIn(item.label, language));
        }
        array.append(QJsonObject{{QStringLiteral("id"), item.id},
                                 {QStringLiteral("label"), labels},
                                 {QStringLiteral("countsAs"), QJsonArray::fromStringList(item.countsAs)}});
    }
    return array;
}
} // namespace

int PolicyCommand::show(CommandContext &context, const QString &path) const
{
    const QString file = policy::ShippedPacks::resolve(path);
    const policy::PackLoader::Result result = policy::PackLoader::loadFile(file);
    if (!result.pack) {
        return context.fail(tr("%1 is not a valid pack: %2 (run 'clearline policy validate %1')")
                                .arg(file, result.errors.constFirst().toString()));
    }
    const policy::Pack &pack = *result.pack;
    const QString clauseId = context.parser().value(QStringLiteral("clause"));
    if (!clauseId.isEmpty()) {
        const policy::Clause *clause = pack.clause(clauseId);
        if (!clause) {
            return context.fail(tr("%1 has no clause \"%2\".").arg(pack.district.name, clauseId));
        }
        QStringList citedBy;
        for (const auto &rule : pack.rules) {
            if (rule.clause.id == clauseId) {
                citedBy.append(QStringLiteral("rule:") + rule.id);
            }
        }
        for (const auto &procedure : pack.procedures) {
            for (const auto &ref : procedure.clauses) {
                if (ref.id == clauseId) {
                    citedBy.append(QStringLiteral("procedure:") + procedure.id);
                }
            }
        }
        if (context.json()) {
            QJsonObject object = clauseJson(*clause);
            object.insert(QStringLiteral("citedBy"), QJsonArray::fromStringList(citedBy));
            context.printJson(object);
            return Success;
        }
        context.out() << tr("§ %1  %2").arg(clause->section, clause->title) << "\n\n"
                      << clause->summary.trimmed() << "\n\n"
                      << tr("Cited by: %1").arg(citedBy.isEmpty() ? tr("nothing") : citedBy.join(QStringLiteral(", ")))
                      << '\n';
        context.out().flush();
        return Success;
    }
    if (context.json()) {
        QJsonArray clauses;
        for (const auto &clause : pack.clauses) {
            clauses.append(clauseJson(clause));
        }
        QJsonArray procedures;
        for (const auto &procedure : pack.procedures) {
            procedures.append(QJsonObject{{QStringLiteral("id"), procedure.id},
                                          {QStringLiteral("title"), english(procedure.title)},
                                          {QStringLiteral("route"), routeJson(procedure.route)}});
        }
        QJsonArray statements;
        for (const policy::Statement &statement : pack.statements) {
            QJsonObject texts;
            for (const QString &language : pack.district.languages) {
                texts.insert(language, policy::textIn(statement.text, language));
            }
            statements.append(QJsonObject{{QStringLiteral("id"), statement.id},
                                          {QStringLiteral("when"), english(statement.when)},
                                          {QStringLiteral("text"), texts},
                                          {QStringLiteral("clause"), statement.clause.id}});
        }
        context.printJson({{QStringLiteral("district"), pack.district.name},
                           {QStringLiteral("districtId"), pack.district.id},
                           {QStringLiteral("policy"), pack.district.policyTitle},
                           {QStringLiteral("clauses"), clauses},
                           {QStringLiteral("procedures"), procedures},
                           {QStringLiteral("purposes"), labelledJson(pack.purposes, pack.district.languages)},
                           {QStringLiteral("family"), labelledJson(pack.family, pack.district.languages)},
                           {QStringLiteral("statements"), statements}});
        return Success;
    }
    QTextStream &out = context.out();
    out << pack.district.name << " — " << pack.district.policyTitle << "\n\n";
    for (const auto &clause : pack.clauses) {
        out << tr("§ %1  %2").arg(clause.section, clause.title) << '\n';
    }
    out << '\n' << tr("Procedures:") << '\n';
    for (const auto &procedure : pack.procedures) {
        out << "  " << english(procedure.title) << '\n';
    }
    // The ids `contact log --purpose` takes, with what people see.
    if (!pack.purposes.isEmpty()) {
        out << '\n' << tr("Purposes of a contact:") << '\n';
    }
    for (const policy::Purpose &purpose : pack.purposes) {
        out << "  " << purpose.id << "  " << policy::localizedText(purpose.label) << '\n';
    }
    // The ids `contact log --family` takes.
    if (!pack.family.isEmpty()) {
        out << '\n' << tr("Family ties the policy names:") << '\n';
    }
    for (const policy::FamilyTie &tie : pack.family) {
        out << "  " << tie.id << "  " << policy::localizedText(tie.label) << '\n';
    }
    // What staff must say, in each language the district gives it in.
    if (!pack.statements.isEmpty()) {
        out << '\n' << tr("Statements to make:") << '\n';
    }
    const QMap<QString, QString> values{{QStringLiteral("district_name"), pack.district.name},
                                        {QStringLiteral("staff_name"), tr("[your name]")}};
    for (const policy::Statement &statement : pack.statements) {
        const policy::Clause *clause = pack.clause(statement.clause.id);
        out << "  " << tr("When: %1").arg(english(statement.when))
            << (clause ? QStringLiteral(" (§ %1)").arg(clause->section) : QString()) << '\n';
        for (const QString &language : pack.district.languages) {
            out << "    [" << language << "] " << policy::fillText(statement.text, language, values) << '\n';
        }
    }
    out.flush();
    return Success;
}

} // namespace clearline::cli
