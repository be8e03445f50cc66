// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/packchecks.h"

#include "policy/rulematcher.h"
#include "policy/vocabulary.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace clearline::policy {

namespace {

class Checker
{
public:
    Checker(const Pack &pack, PackErrors &errors)
        : m_pack(pack)
        , m_errors(errors)
    {}

    void error(const Location &at, const QString &message)
    {
        m_errors.append({m_pack.file, at.line, at.column, message});
    }

    // Remembers the ids of one kind, reporting the second use of each.
    template <typename T> QSet<QString> ids(const QList<T> &items, const QString &kind)
    {
        QSet<QString> seen;
        for (const T &item : items) {
            if (item.id.isEmpty()) {
                continue;
            }
            if (seen.contains(item.id)) {
                error(item.at, PackChecks::tr("the %1 id \"%2\" is used twice").arg(kind, item.id));
            }
            seen.insert(item.id);
        }
        return seen;
    }

    void require(const Ref &ref, const QSet<QString> &known, const QString &kind)
    {
        if (ref.isSet() && !known.contains(ref.id)) {
            error(ref.at, PackChecks::tr("%1 \"%2\" is not defined in this pack").arg(kind, ref.id));
        }
    }

    void requireAll(const QList<Ref> &refs, const QSet<QString> &known, const QString &kind)
    {
        for (const Ref &ref : refs) {
            require(ref, known, kind);
        }
    }

    void checkTexts(const Localized &text, const Location &at, bool everyLanguage)
    {
        if (everyLanguage) {
            for (const QString &language : m_pack.district.languages) {
                if (!text.contains(language)) {
                    error(at, PackChecks::tr("the text has no \"%1\" version; the district's languages are %2")
                                  .arg(language, m_pack.district.languages.join(QStringLiteral(", "))));
                }
            }
        }
        for (auto it = text.begin(); it != text.end(); ++it) {
            auto matches = placeholderPattern().globalMatch(it.value());
            while (matches.hasNext()) {
                const QString name = matches.next().captured(1);
                if (!vocabulary::kNoticePlaceholders.contains(name)) {
                    error(at, PackChecks::tr("the %1 text uses the unknown placeholder {{%2}}; known ones are: %3")
                                  .arg(it.key(), name, vocabulary::kNoticePlaceholders.join(QStringLiteral(", "))));
                }
            }
        }
    }

    // A purpose's label is what a person picks in the contact log, so it is
    // needed in every language; a rule condition only a purpose can meet is
    // dead unless some purpose counts as it.
    void checkPurposes(const QSet<QString> &clauses)
    {
        QSet<QString> met;
        for (const Purpose &p : m_pack.purposes) {
            require(p.clause, clauses, PackChecks::tr("the clause"));
            checkTexts(p.label, p.at, true);
            for (const QString &condition : p.countsAs) {
                met.insert(condition);
            }
        }
        met.insert(QStringLiteral("school-sponsored-trip")); // also asked of every contact
        for (const Rule &r : m_pack.rules) {
            for (const QString &condition : r.when) {
                if (vocabulary::kPurposeConditions.contains(condition) && !met.contains(condition)) {
                    error(r.at, PackChecks::tr("the rule \"%1\" applies when %2, but no purpose counts as %2, so it "
                                               "can never apply; add the purpose under \"purposes\" with "
                                               "counts_as: [%2]")
                                    .arg(r.id, condition));
                }
            }
        }
    }

    // A family tie's label is picked in the contact log, so every language;
    // a rule's `family:ID` names a tie of the pack; and once the pack lists
    // ties, `own-child` is met only through one that counts as it.
    void checkFamily(const QSet<QString> &clauses)
    {
        bool ownChild = m_pack.family.isEmpty(); // else the built-in "my own child" answer
        for (const FamilyTie &f : m_pack.family) {
            require(f.clause, clauses, PackChecks::tr("the clause"));
            checkTexts(f.label, f.at, true);
            ownChild = ownChild || f.countsAs.contains(QStringLiteral("own-child"));
        }
        for (const Rule &r : m_pack.rules) {
            for (const QString &condition : r.when) {
                if (condition.startsWith(QLatin1String("family:")) && !m_pack.familyTie(condition.mid(7))) {
                    error(r.at, PackChecks::tr("the rule \"%1\" applies when %2, but \"family\" has no \"%3\"")
                                    .arg(r.id, condition, condition.mid(7)));
                }
                if (condition == QLatin1String("own-child") && !ownChild) {
                    error(r.at, PackChecks::tr("the rule \"%1\" applies when own-child, but no family tie counts as "
                                               "own-child, so it can never apply")
                                    .arg(r.id));
                }
            }
        }
    }

    // A logged contact had one kind of recipients, and a parent is copied
    // only on a message to a student: rules asking otherwise never apply.
    void checkRecipients()
    {
        for (const Rule &r : m_pack.rules) {
            for (const QStringList *exclusive : {&vocabulary::kRecipientConditions, &vocabulary::kDeviceConditions,
                                                 &vocabulary::kTheirPhoneConditions}) {
                QStringList kinds;
                for (const QString &condition : r.when) {
                    if (exclusive->contains(condition)) {
                        kinds.append(condition);
                    }
                }
                if (kinds.size() > 1) {
                    error(r.at, PackChecks::tr("the rule \"%1\" applies when %2 all hold, but a contact is only one "
                                               "of them, so it can never apply")
                                    .arg(r.id, kinds.join(QStringLiteral(", "))));
                }
            }
            const bool phoneCondition = std::any_of(r.when.begin(), r.when.end(), [](const QString &condition) {
                return vocabulary::kTheirPhoneConditions.contains(condition);
            });
            const bool phoneChannel = std::any_of(r.channels.begin(), r.channels.end(), [](const QString &channel) {
                return vocabulary::kPhoneChannels.contains(channel);
            });
            if (phoneCondition && !phoneChannel) {
                error(r.at, PackChecks::tr("the rule \"%1\" asks whose phone it reached, but none of its channels "
                                           "is a call or a text (%2)")
                                .arg(r.id, vocabulary::kPhoneChannels.join(QStringLiteral(", "))));
            }
            for (const QString &condition : r.when) {
                if (condition.startsWith(QLatin1String("copied:")) && !m_pack.role(condition.mid(7))) {
                    error(r.at, PackChecks::tr("the rule \"%1\" applies when %2, but the pack has no role \"%3\"")
                                    .arg(r.id, condition, condition.mid(7)));
                }
            }
            if (r.when.contains(QStringLiteral("parent-copied")) && r.audience == QLatin1String("parents")) {
                error(r.at, PackChecks::tr("the rule \"%1\" is about parents but applies when parent-copied, which "
                                           "only a message to a student can be; write audience: students")
                                .arg(r.id));
            }
        }
    }

    void checkRegisters(const Procedure &procedure)
    {
        for (const Ref *ref : {&procedure.registers.platform, &procedure.registers.address}) {
            if (ref->isSet() && !procedure.field(ref->id)) {
                error(ref->at, PackChecks::tr("\"registers\" names the field \"%1\", which procedure \"%2\" does "
                                              "not have")
                                   .arg(ref->id, procedure.id));
            }
        }
    }

    void checkCovers(const Procedure &procedure)
    {
        const Covers &covers = procedure.covers;
        if (covers.channelField.isSet()) {
            const Field *field = procedure.field(covers.channelField.id);
            if (!field || field->type != QLatin1String("choice")) {
                error(covers.channelField.at,
                      PackChecks::tr("\"covers\" gives the channels \"%1\", which is neither a channel nor a choice "
                                     "field of procedure \"%2\"")
                          .arg(covers.channelField.id, procedure.id));
            } else {
                for (const QString &choice : field->choices) {
                    if (!vocabulary::kChannels.contains(choice)) {
                        error(covers.channelField.at,
                              PackChecks::tr("\"covers\" takes the channel from the field \"%1\", whose choice "
                                             "\"%2\" is not a channel")
                                  .arg(field->id, choice));
                    }
                }
            }
        }
        if (covers.audienceField.isSet()) {
            const Field *field = procedure.field(covers.audienceField.id);
            if (!field) {
                error(
                    covers.audienceField.at,
                    PackChecks::tr("\"covers\" gives the audience \"%1\", which is neither %2 nor a field of "
                                   "procedure \"%3\"")
                        .arg(covers.audienceField.id, vocabulary::kAudiences.join(QStringLiteral(", ")), procedure.id));
            } else if (field->type != QLatin1String("choice")) {
                error(covers.audienceField.at,
                      PackChecks::tr("\"covers\" takes the audience from the field \"%1\", which is not a choice "
                                     "field")
                          .arg(field->id));
            } else {
                for (const QString &choice : field->choices) {
                    if (!vocabulary::kAudiences.contains(choice)) {
                        error(covers.audienceField.at,
                              PackChecks::tr("\"covers\" takes the audience from the field \"%1\", whose choice "
                                             "\"%2\" is not one of %3")
                                  .arg(field->id, choice, vocabulary::kAudiences.join(QStringLiteral(", "))));
                    }
                }
            }
        }
        for (const Ref *ref : {&covers.from, &covers.to}) {
            if (!ref->isSet()) {
                continue;
            }
            const Field *field = procedure.field(ref->id);
            if (!field) {
                error(ref->at, PackChecks::tr("\"covers\" names the field \"%1\", which procedure \"%2\" does not "
                                              "have")
                                   .arg(ref->id, procedure.id));
            } else if (field->type != QLatin1String("date")) {
                error(ref->at,
                      PackChecks::tr("\"covers\" names the field \"%1\", which is not a date field").arg(ref->id));
            }
        }
    }

    void checkRoute(const QList<RouteStage> &route, const Procedure &procedure, const QSet<QString> &roles,
                    const QSet<QString> &clauses)
    {
        for (const RouteStage &stage : route) {
            for (const RouteStep &step : stage.steps) {
                require(step.role, roles, PackChecks::tr("the role"));
                require(step.clause, clauses, PackChecks::tr("the clause"));
                if (step.deadline.kind != Deadline::Kind::BeforeField) {
                    continue;
                }
                const auto field = std::find_if(procedure.fields.begin(), procedure.fields.end(),
                                                [&](const Field &f) { return f.id == step.deadline.field.id; });
                if (field == procedure.fields.end()) {
                    error(step.deadline.field.at, PackChecks::tr("the deadline names the field \"%1\", which procedure "
                                                                 "\"%2\" does not have")
                                                      .arg(step.deadline.field.id, procedure.id));
                } else if (field->type != QLatin1String("date")) {
                    error(step.deadline.field.at,
                          PackChecks::tr("the deadline names the field \"%1\", which is not a date field")
                              .arg(step.deadline.field.id));
                }
            }
        }
    }

    // A list renewed each year says for which year; an empty list says what
    // it means, since "nothing listed" must never read as "all approved".
    void checkPlatforms()
    {
        const Platforms &platforms = m_pack.platforms;
        if (platforms.at.line == 0) {
            return;
        }
        if (platforms.approved.isEmpty() && platforms.whenEmpty.isEmpty()) {
            error(platforms.at, PackChecks::tr("the list of approved platforms is empty: say what that means with "
                                               "when_empty: kept-elsewhere (the list is published outside ClearLine) "
                                               "or when_empty: none-approved"));
        }
        if (!platforms.approved.isEmpty() && platforms.renewal == QLatin1String("each-school-year") &&
            platforms.renewedFor.isEmpty()) {
            error(platforms.at, PackChecks::tr("a list renewed each school year says which year it is for "
                                               "(renewed_for: a school-year id of the calendar)"));
        }
        const bool knownYear = std::any_of(m_pack.calendar.years.begin(), m_pack.calendar.years.end(),
                                           [&](const SchoolYear &year) { return year.id == platforms.renewedFor; });
        if (!platforms.renewedFor.isEmpty() && !knownYear) {
            error(platforms.at,
                  PackChecks::tr("renewed_for: %1 is not a school year of the calendar").arg(platforms.renewedFor));
        }
    }

    /// A flag that refuses cites the field's clause; one that asks for an
    /// approval names a role the route only informs.
    void checkFlagEffect(const Field &field, const Procedure &procedure)
    {
        const FlagEffect &effect = field.whenFlagged;
        if (effect.action == QLatin1String("refuse") && !field.clause.isSet()) {
            error(effect.at, PackChecks::tr("the field \"%1\" refuses a flagged answer, so it needs the clause that "
                                            "forbids it (clause: ID)")
                                 .arg(field.id));
        }
        if (effect.action != QLatin1String("approve")) {
            return;
        }
        bool onRoute = false;
        bool informed = false;
        for (const RouteStage &stage : procedure.route) {
            for (const RouteStep &step : stage.steps) {
                if (step.role.id == effect.role.id) {
                    onRoute = true;
                    informed = informed || step.action == QLatin1String("notify");
                }
            }
        }
        if (!onRoute) {
            error(effect.role.at, PackChecks::tr("when_flagged names the role \"%1\", which is not on the route of "
                                                 "procedure \"%2\"")
                                      .arg(effect.role.id, procedure.id));
        } else if (!informed) {
            error(effect.role.at, PackChecks::tr("when_flagged names the role \"%1\", but its step on the route of "
                                                 "procedure \"%2\" is not a notify step")
                                      .arg(effect.role.id, procedure.id));
        }
    }

    void checkThenChains()
    {
        QHash<QString, const Procedure *> byId;
        for (const Procedure &p : m_pack.procedures) {
            byId.insert(p.id, &p);
        }
        for (const Procedure &start : m_pack.procedures) {
            QStringList path{start.id};
            const Procedure *current = &start;
            while (current && current->then.isSet()) {
                if (path.contains(current->then.id)) {
                    if (current->then.id == start.id) {
                        error(current->then.at, PackChecks::tr("the \"then\" chain loops: %1")
                                                    .arg((path << start.id).join(QStringLiteral(" → "))));
                    }
                    break;
                }
                path.append(current->then.id);
                current = byId.value(current->then.id);
            }
        }
    }

    void run()
    {
        const QSet<QString> clauses = ids(m_pack.clauses, PackChecks::tr("clause"));
        QSet<QString> roles = ids(m_pack.roles, PackChecks::tr("role"));
        const QSet<QString> schools = ids(m_pack.schools, PackChecks::tr("school"));
        const QSet<QString> procedures = ids(m_pack.procedures, PackChecks::tr("procedure"));
        const QSet<QString> notices = ids(m_pack.notices, PackChecks::tr("notice"));
        const QSet<QString> alternatives = ids(m_pack.alternatives, PackChecks::tr("alternative"));
        ids(m_pack.rules, PackChecks::tr("rule"));
        ids(m_pack.purposes, PackChecks::tr("purpose"));
        ids(m_pack.family, PackChecks::tr("family tie"));
        ids(m_pack.documentation, PackChecks::tr("documentation"));
        ids(m_pack.platforms.approved, PackChecks::tr("platform"));
        ids(m_pack.duties, PackChecks::tr("duty"));
        ids(m_pack.statements, PackChecks::tr("statement"));

        const QString clause = PackChecks::tr("the clause");
        const QString role = PackChecks::tr("the role");
        const QString procedure = PackChecks::tr("the procedure");

        if (!m_pack.district.timezone.isEmpty() && !QTimeZone(m_pack.district.timezone.toUtf8()).isValid()) {
            error(m_pack.district.timezoneAt,
                  PackChecks::tr("district.timezone \"%1\" is not a time zone; use an IANA name like "
                                 "America/New_York")
                      .arg(m_pack.district.timezone));
        }
        if (!m_pack.district.officialText.isEmpty() &&
            !QFileInfo::exists(QFileInfo(m_pack.file).dir().filePath(m_pack.district.officialText))) {
            error(m_pack.district.officialTextAt,
                  PackChecks::tr("district.official_text names %1, which is not beside the pack")
                      .arg(m_pack.district.officialText));
        }
        for (const Role &r : m_pack.roles) {
            for (const RoleHolder &holder : r.holders) {
                require(holder.school, schools, PackChecks::tr("the school"));
            }
        }
        for (const Rule &r : m_pack.rules) {
            require(r.clause, clauses, clause);
            require(r.procedure, procedures, procedure);
            requireAll(r.alternatives, alternatives, PackChecks::tr("the alternative"));
            checkTexts(r.advice, r.at, false);
            QSet<QString> toDoIds;
            for (const ContactToDo &t : r.toDo) {
                require(t.role, roles, role);
                checkTexts(t.text, t.at, false);
                if (toDoIds.contains(t.id)) {
                    error(t.at, PackChecks::tr("the rule \"%1\" has two to-dos with the id \"%2\"").arg(r.id, t.id));
                }
                toDoIds.insert(t.id);
                if (t.within.unit == Period::Unit::SchoolDays && m_pack.calendar.schoolDays.isEmpty()) {
                    error(t.at, PackChecks::tr("the to-do \"%1\" counts school days, but calendar.school_days names "
                                               "none")
                                    .arg(t.id));
                }
            }
        }
        checkPurposes(clauses);
        checkFamily(clauses);
        checkRecipients();
        for (const Alternative &a : m_pack.alternatives) {
            require(a.clause, clauses, clause);
            require(a.procedure, procedures, procedure);
        }
        for (const Documentation &d : m_pack.documentation) {
            require(d.clause, clauses, clause);
            if (d.retainFrom == QLatin1String("school-year-end") && m_pack.calendar.years.isEmpty()) {
                error(d.at, PackChecks::tr("the documentation entry \"%1\" counts from the end of the school year, "
                                           "but calendar.years lists no school year")
                                .arg(d.id));
            }
        }
        require(m_pack.district.reportingProcedure, procedures, procedure);
        require(m_pack.district.recordsOfficer, roles, role);
        requireAll(m_pack.district.recordsAccess, roles, role);
        require(m_pack.platforms.listOwner, roles, role);
        require(m_pack.platforms.requestProcedure, procedures, procedure);
        for (const Platform &p : m_pack.platforms.approved) {
            require(p.clause, clauses, clause);
        }
        roles.insert(vocabulary::kEveryone);
        for (const Duty &d : m_pack.duties) {
            require(d.clause, clauses, clause);
            requireAll(d.roles, roles, role);
        }
        for (const Statement &s : m_pack.statements) {
            require(s.clause, clauses, clause);
            checkTexts(s.text, s.at, true);
        }
        for (const Notice &n : m_pack.notices) {
            require(n.clause, clauses, clause);
            checkTexts(n.text, n.textAt, true);
            checkTexts(n.title, n.at, false);
        }
        for (const Procedure &p : m_pack.procedures) {
            requireAll(p.clauses, clauses, clause);
            ids(p.fields, PackChecks::tr("field"));
            ids(p.checklist, PackChecks::tr("checklist item"));
            ids(p.followUps, PackChecks::tr("follow-up"));
            for (const Field &f : p.fields) {
                require(f.clause, clauses, clause);
                if (f.districtAddress && m_pack.district.mailDomains.isEmpty()) {
                    error(f.at,
                          PackChecks::tr("the field \"%1\" asks for a district address, but district.mail_domains "
                                         "lists none")
                              .arg(f.id));
                }
                checkFlagEffect(f, p);
            }
            for (const ChecklistItem &c : p.checklist) {
                require(c.clause, clauses, clause);
            }
            checkRoute(p.route, p, roles, clauses);
            for (const FollowUp &f : p.followUps) {
                require(f.clause, clauses, clause);
                checkRoute(f.route, p, roles, clauses);
            }
            requireAll(p.notices, notices, PackChecks::tr("the notice"));
            requireAll(p.alternatives, alternatives, PackChecks::tr("the alternative"));
            require(p.then, procedures, procedure);
            checkRegisters(p);
            checkCovers(p);
        }
        checkThenChains();
        checkPlatforms();
    }

private:
    const Pack &m_pack;
    PackErrors &m_errors;
};

} // namespace

void PackChecks::run(const Pack &pack, PackErrors &errors)
{
    Checker(pack, errors).run();
}

PackErrors PackChecks::warnings(const Pack &pack)
{
    PackErrors warnings;
    const auto covers = [](const Rule &wide, const Rule &narrow) {
        const bool audience =
            wide.audience == narrow.audience || wide.audience == QLatin1String("students-and-parents");
        const bool channels = std::all_of(narrow.channels.begin(), narrow.channels.end(),
                                          [&](const QString &channel) { return wide.channels.contains(channel); });
        const QSet<QString> wideWhen(wide.when.begin(), wide.when.end());
        const QSet<QString> narrowWhen(narrow.when.begin(), narrow.when.end());
        return audience && channels && wideWhen == narrowWhen;
    };
    for (qsizetype i = 0; i < pack.rules.size(); ++i) {
        const Rule &rule = pack.rules.at(i);
        for (qsizetype j = 0; j < pack.rules.size(); ++j) {
            const Rule &other = pack.rules.at(j);
            if (i == j || !covers(other, rule)) {
                continue;
            }
            // Among rules with the same conditions the strictest decides,
            // and among equals the one written first.
            const int mine = RuleMatcher::strictness(rule.verdict);
            const int theirs = RuleMatcher::strictness(other.verdict);
            if (theirs > mine || (theirs == mine && j < i)) {
                warnings.append({pack.file, rule.at.line, rule.at.column,
                                 tr("the rule \"%1\" never decides a contact: \"%2\" has the same conditions, "
                                    "covers the same channels and audience, and decides first (%3)")
                                     .arg(rule.id, other.id, other.verdict)});
                break;
            }
        }
    }
    return warnings;
}

} // namespace clearline::policy
