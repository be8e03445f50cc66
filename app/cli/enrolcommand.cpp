// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/enrolcommand.h"

#include "requests/enrolment.h"

#include "cli/session.h"
#include "crypto/digest.h"
#include "sync/enrolmentfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace clearline::cli {

QString EnrolCommand::name() const
{
    return QStringLiteral("enrol");
}

QString EnrolCommand::summary() const
{
    return tr("ask district IT to confirm you in a role of the district's policy (an approver's first step)");
}

QString EnrolCommand::synopsis() const
{
    return QStringLiteral("--role ROLE [--school SCHOOL] [--out FILE] [--profile DIR] [--json]");
}

void EnrolCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("role"), tr("The role of the district's policy you hold."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("school"), tr("The school you hold it at, for a role at one school."),
                      QStringLiteral("SCHOOL")});
    parser.addOption(
        {QStringLiteral("out"), tr("Where to write the enrolment file for district IT."), QStringLiteral("FILE")});
}

int EnrolCommand::run(CommandContext &context) const
{
    const QCommandLineParser &parser = context.parser();
    if (!context.positional().isEmpty() || !parser.isSet(QStringLiteral("role"))) {
        return context.usageError(tr("Use 'clearline enrol --role ROLE [--school SCHOOL]'."));
    }
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    if (!pack) {
        return context.fail(error);
    }
    const QString roleId = parser.value(QStringLiteral("role"));
    const QString school = parser.value(QStringLiteral("school"));
    // Checked before the key is unlocked: a mistyped role needs no passphrase.
    const QString problem = requests::Enrolment::problem(*pack, roleId, school);
    if (!problem.isEmpty()) {
        return context.fail(problem);
    }
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    const auto revision = requests::Enrolment::file(*writer->ledger, writer->identity, *pack, roleId, school, &error);
    if (!revision) {
        return context.fail(error);
    }
    const requests::Enrolment enrolment = *requests::Enrolment::fromRevision(*revision);
    const QString out = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out"))
                                                            : sync::EnrolmentFile::suggestedName(enrolment);
    if (!sync::EnrolmentFile::write(*revision, out, &error)) {
        return context.fail(error);
    }
    const QString fingerprint = crypto::fingerprint(enrolment.key);
    const QString title = pack->role(roleId)->title;
    if (context.json()) {
        context.printJson({{QStringLiteral("recordId"), revision->recordId},
                           {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                           {QStringLiteral("role"), roleId},
                           {QStringLiteral("school"), enrolment.school},
                           {QStringLiteral("fingerprint"), fingerprint}});
        return Success;
    }
    context.out() << tr("You asked to be confirmed as %1. Your enrolment request is in %2.")
                         .arg(title, QDir::toNativeSeparators(out))
                  << '\n'
                  << tr("Give that file to district IT, or send them a bundle: the request travels with your "
                        "records. When IT calls to confirm, read them your key's fingerprint: %1")
                         .arg(fingerprint)
                  << '\n'
                  << tr("Until IT adds you to the district's policy and the new policy reaches you, ClearLine "
                        "cannot count your decisions as %1.")
                         .arg(title)
                  << '\n';
    return Success;
}

} // namespace clearline::cli
