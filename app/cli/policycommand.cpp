// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/policycommand.h"

#include "policy/packloader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

namespace {

// A pack folder stands for the pack.yaml in it.
QString packFile(const QString &path)
{
    return QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("pack.yaml")) : path;
}

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
    return tr("check and read district policy packs (validate PATH…, show PACK [--clause ID])");
}

QString PolicyCommand::synopsis() const
{
    return QStringLiteral("validate PATH… | show PACK [--clause ID] [--json]");
}

void PolicyCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("clause"), tr("Show this clause and what cites it."), QStringLiteral("ID")});
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
    return context.usageError(tr("Use 'clearline policy validate PATH…' or 'clearline policy show PACK'."));
}

int PolicyCommand::validate(CommandContext &context, const QStringList &paths) const
{
    bool allValid = true;
    QJsonArray results;
    QTextStream &out = context.out();
    for (const QString &path : paths) {
        const QString file = packFile(path);
        const policy::PackLoader::Result result = policy::PackLoader::loadFile(file);
        allValid = allValid && result.pack.has_value();
        // Packs are not signed yet: validation judges the content only and
        // says so on its own line.
        const QString signature = tr("signature: none (unsigned draft; pack signing is not built yet)");
        if (context.json()) {
            QJsonArray errors;
            for (const policy::PackError &error : result.errors) {
                errors.append(QJsonObject{{QStringLiteral("line"), error.line},
                                          {QStringLiteral("column"), error.column},
                                          {QStringLiteral("message"), error.message}});
            }
            results.append(QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("valid"), result.pack.has_value()},
                                       {QStringLiteral("signed"), false},
                                       {QStringLiteral("errors"), errors}});
            continue;
        }
        for (const policy::PackError &error : result.errors) {
            out << error.toString() << '\n';
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
        out << file << ": " << signature << '\n';
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("valid"), allValid}, {QStringLiteral("packs"), results}});
    }
    out.flush();
    return allValid ? Success : Failure;
}

int PolicyCommand::show(CommandContext &context, const QString &path) const
{
    const policy::PackLoader::Result result = policy::PackLoader::loadFile(packFile(path));
    if (!result.pack) {
        return context.fail(tr("%1 is not a valid pack: %2 (run 'clearline policy validate %1')")
                                .arg(packFile(path), result.errors.constFirst().toString()));
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
        context.printJson({{QStringLiteral("district"), pack.district.name},
                           {QStringLiteral("districtId"), pack.district.id},
                           {QStringLiteral("policy"), pack.district.policyTitle},
                           {QStringLiteral("clauses"), clauses},
                           {QStringLiteral("procedures"), procedures}});
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
    out.flush();
    return Success;
}

} // namespace clearline::cli
