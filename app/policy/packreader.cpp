// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/packreader.h"

#include "policy/graderange.h"
#include "policy/vocabulary.h"

#include <QRegularExpression>

namespace clearline::policy {

namespace v = vocabulary;

namespace {
constexpr int kFormat = 1;

template <typename T, typename Read>
QList<T> readList(YamlReader &r, const YAML::Node &parent, const char *key, Read read)
{
    QList<T> items;
    r.list(parent, key, [&](const YAML::Node &item) { items.append(read(item)); });
    return items;
}
} // namespace

PackReader::PackReader(const QString &file, PackErrors &errors)
    : m_r(file, errors)
{}

Pack PackReader::read(const YAML::Node &root)
{
    Pack pack;
    if (!m_r.map(root, tr("the pack"),
                 {{"format", true},
                  {"district", true},
                  {"schools", true},
                  {"calendar"},
                  {"roles", true},
                  {"clauses", true},
                  {"rules"},
                  {"purposes"},
                  {"family"},
                  {"alternatives"},
                  {"documentation"},
                  {"platforms"},
                  {"duties"},
                  {"statements"},
                  {"notices"},
                  {"procedures"}})) {
        return pack;
    }
    pack.format = m_r.integer(root, "format", 1, 1000);
    if (pack.format != 0 && pack.format != kFormat) {
        m_r.error(root["format"],
                  tr("this ClearLine reads pack format %1; this pack says %2").arg(kFormat).arg(pack.format));
    }
    if (root["district"]) {
        pack.district = district(root["district"]);
    }
    const auto add = [this](auto method) {
        return [this, method](const YAML::Node &node) { return (this->*method)(node); };
    };
    pack.schools = readList<School>(m_r, root, "schools", add(&PackReader::school));
    if (root["calendar"]) {
        pack.calendar = calendar(root["calendar"]);
    }
    pack.roles = readList<Role>(m_r, root, "roles", add(&PackReader::role));
    pack.clauses = readList<Clause>(m_r, root, "clauses", add(&PackReader::clause));
    pack.rules = readList<Rule>(m_r, root, "rules", add(&PackReader::rule));
    pack.purposes = readList<Purpose>(m_r, root, "purposes", add(&PackReader::purpose));
    pack.family = readList<FamilyTie>(m_r, root, "family", add(&PackReader::familyTie));
    pack.alternatives = readList<Alternative>(m_r, root, "alternatives", add(&PackReader::alternative));
    pack.documentation = readList<Documentation>(m_r, root, "documentation", add(&PackReader::documentation));
    if (root["platforms"]) {
        pack.platforms = platforms(root["platforms"]);
    }
    pack.duties = readList<Duty>(m_r, root, "duties", add(&PackReader::duty));
    pack.statements = readList<Statement>(m_r, root, "statements", add(&PackReader::statement));
    pack.notices = readList<Notice>(m_r, root, "notices", add(&PackReader::notice));
    pack.procedures = readList<Procedure>(m_r, root, "procedures", add(&PackReader::procedure));
    return pack;
}

District PackReader::district(const YAML::Node &node)
{
    District d;
    if (!m_r.map(node, tr("district"),
                 {{"id", true},
                  {"name", true},
                  {"state"},
                  {"timezone", true},
                  {"languages", true},
                  {"policy_title", true},
                  {"policy_adopted"},
                  {"version"},
                  {"official_text"},
                  {"reporting_agency"},
                  {"reporting_procedure"},
                  {"mail_domains"},
                  {"records_officer"},
                  {"records_access"}})) {
        return d;
    }
    d.id = m_r.id(node);
    d.name = m_r.string(node, "name");
    d.state = m_r.string(node, "state", false);
    d.timezone = m_r.string(node, "timezone");
    d.timezoneAt = node["timezone"] ? YamlReader::where(node["timezone"]) : YamlReader::where(node);
    d.languages = m_r.strings(node, "languages", true);
    if (!d.languages.isEmpty() && d.languages.constFirst() != QLatin1String("en")) {
        m_r.error(node["languages"], tr("the first language must be en (English)"));
    }
    d.policyTitle = m_r.string(node, "policy_title");
    d.policyAdopted = m_r.date(node, "policy_adopted", false);
    d.version = m_r.integer(node, "version", 1, 1000000, 0);
    d.officialText = m_r.string(node, "official_text", false);
    if (node["official_text"]) {
        d.officialTextAt = YamlReader::where(node["official_text"]);
    }
    d.reportingAgency = m_r.string(node, "reporting_agency", false);
    d.reportingProcedure = m_r.ref(node, "reporting_procedure", false);
    d.mailDomains = m_r.strings(node, "mail_domains");
    d.recordsOfficer = m_r.ref(node, "records_officer", false);
    d.recordsAccess = m_r.refs(node, "records_access");
    static const QRegularExpression domain(QStringLiteral("^[a-z0-9-]+(\\.[a-z0-9-]+)+$"));
    for (const QString &name : std::as_const(d.mailDomains)) {
        if (!domain.match(name).hasMatch()) {
            m_r.error(node["mail_domains"], tr("\"%1\" is not a mail domain such as example.org").arg(name));
        }
    }
    return d;
}

School PackReader::school(const YAML::Node &node)
{
    School s;
    s.at = YamlReader::where(node);
    if (m_r.map(node, tr("a school"), {{"id", true}, {"name", true}, {"grades"}})) {
        s.id = m_r.id(node);
        s.name = m_r.string(node, "name");
        s.grades = grades(node);
    }
    return s;
}

Calendar PackReader::calendar(const YAML::Node &node)
{
    Calendar c;
    if (!m_r.map(node, tr("calendar"), {{"school_days", true}, {"hours", true}, {"years"}})) {
        return c;
    }
    for (const QString &day : m_r.oneOrMoreOf(node, "school_days", v::kDays)) {
        c.schoolDays.append(static_cast<int>(v::kDays.indexOf(day)) + 1);
    }
    const YAML::Node hours = node["hours"];
    if (hours && m_r.map(hours, tr("hours"), {{"start", true}, {"end", true}})) {
        c.start = m_r.time(hours, "start");
        c.end = m_r.time(hours, "end");
        if (c.start.isValid() && c.end.isValid() && c.end <= c.start) {
            m_r.error(hours["end"], tr("school hours must end after they start"));
        }
    }
    m_r.list(node, "years", [&](const YAML::Node &item) {
        SchoolYear year;
        if (!m_r.map(item, tr("a school year"), {{"id", true}, {"start", true}, {"end", true}, {"holidays"}})) {
            return;
        }
        year.id = m_r.string(item, "id");
        year.start = m_r.date(item, "start");
        year.end = m_r.date(item, "end");
        if (year.start.isValid() && year.end.isValid() && year.end <= year.start) {
            m_r.error(item["end"], tr("a school year must end after it starts"));
        }
        m_r.list(item, "holidays", [&](const YAML::Node &h) {
            if (!m_r.map(h, tr("a holiday"), {{"date"}, {"from"}, {"to"}, {"name", true}})) {
                return;
            }
            Holiday holiday;
            holiday.name = m_r.string(h, "name");
            if (h["date"]) {
                holiday.from = holiday.to = m_r.date(h, "date");
            } else if (h["from"] && h["to"]) {
                holiday.from = m_r.date(h, "from");
                holiday.to = m_r.date(h, "to");
            } else {
                m_r.error(h, tr("a holiday needs a date, or from and to"));
            }
            year.holidays.append(holiday);
        });
        c.years.append(year);
    });
    return c;
}

Role PackReader::role(const YAML::Node &node)
{
    Role role;
    role.at = YamlReader::where(node);
    if (!m_r.map(node, tr("a role"), {{"id", true}, {"title", true}, {"scope", true}, {"designee"}, {"holders"}})) {
        return role;
    }
    role.id = m_r.id(node);
    if (role.id == v::kEveryone) {
        m_r.error(node["id"],
                  tr("\"%1\" is ClearLine's own role for every staff member; do not define it").arg(role.id));
    }
    role.title = m_r.string(node, "title");
    role.scope = m_r.oneOf(node, "scope", v::kScopes);
    role.designee = m_r.boolean(node, "designee");
    m_r.list(node, "holders", [&](const YAML::Node &h) {
        RoleHolder holder;
        if (!m_r.map(h, tr("a role holder"), {{"name", true}, {"email", true}, {"school"}, {"key", true}, {"until"}})) {
            return;
        }
        holder.name = m_r.string(h, "name");
        holder.email = m_r.string(h, "email");
        holder.school = m_r.ref(h, "school", role.scope == QLatin1String("school"));
        holder.key = QByteArray::fromBase64(m_r.string(h, "key").toLatin1());
        if (h["key"] && holder.key.size() != 32) {
            m_r.error(h["key"], tr("a key must be a ClearLine public key (32 bytes in base64)"));
        }
        if (h["until"]) {
            const QString until = m_r.string(h, "until");
            holder.until = QDateTime::fromString(until, Qt::ISODate);
            if (!holder.until.isValid() || !until.endsWith(QLatin1Char('Z'))) {
                m_r.error(h["until"], tr("until must be a UTC time such as 2026-12-07T14:05:00Z"));
            }
        }
        role.holders.append(holder);
    });
    return role;
}

Clause PackReader::clause(const YAML::Node &node)
{
    Clause c;
    c.at = YamlReader::where(node);
    if (m_r.map(node, tr("a clause"), {{"id", true}, {"section", true}, {"title", true}, {"summary", true}})) {
        c.id = m_r.id(node);
        c.section = m_r.string(node, "section");
        c.title = m_r.string(node, "title");
        c.summary = m_r.string(node, "summary");
    }
    return c;
}

Rule PackReader::rule(const YAML::Node &node)
{
    Rule rule;
    rule.at = YamlReader::where(node);
    if (!m_r.map(node, tr("a rule"),
                 {{"id", true},
                  {"channel", true},
                  {"audience", true},
                  {"verdict", true},
                  {"when"},
                  {"procedure"},
                  {"alternatives"},
                  {"advice"},
                  {"off_hours_exception"},
                  {"to_do"},
                  {"clause", true}})) {
        return rule;
    }
    rule.id = m_r.id(node);
    rule.channels = m_r.oneOrMoreOf(node, "channel", v::kChannels);
    rule.audience = m_r.oneOf(node, "audience", v::kAudiences);
    rule.verdict = m_r.oneOf(node, "verdict", v::kVerdicts);
    rule.when = m_r.strings(node, "when");
    static const QRegularExpression grades(QStringLiteral("^grades:(K|\\d{1,2})-\\d{1,2}$"));
    static const QRegularExpression copied(QStringLiteral("^(copied|family):[a-z0-9][a-z0-9-]*$"));
    for (qsizetype i = 0; i < rule.when.size(); ++i) {
        if (!v::kConditions.contains(rule.when.at(i)) && !grades.match(rule.when.at(i)).hasMatch() &&
            !copied.match(rule.when.at(i)).hasMatch()) {
            const YAML::Node item =
                node["when"].IsSequence() ? node["when"][static_cast<std::size_t>(i)] : node["when"];
            m_r.error(item, tr("\"%1\" is not a valid condition; use one of: %2, grades:4-12, copied:ROLE or family:ID")
                                .arg(rule.when.at(i), v::kConditions.join(QStringLiteral(", "))));
        }
    }
    rule.procedure = m_r.ref(node, "procedure", false);
    rule.alternatives = m_r.refs(node, "alternatives");
    rule.advice = m_r.localized(node, "advice");
    rule.clause = m_r.ref(node, "clause");
    if (rule.verdict == QLatin1String("needs-authorization") && !rule.procedure.isSet()) {
        m_r.error(node, tr("a needs-authorization rule must name the procedure that asks for it"));
    }
    rule.offHoursException = m_r.boolean(node, "off_hours_exception");
    m_r.list(node, "to_do", [&](const YAML::Node &item) { rule.toDo.append(toDo(item)); });
    if (rule.offHoursException && !rule.when.contains(QStringLiteral("off-hours"))) {
        m_r.error(node["off_hours_exception"],
                  tr("off_hours_exception is only for a rule whose \"when\" includes off-hours"));
    }
    return rule;
}

ContactToDo PackReader::toDo(const YAML::Node &node)
{
    ContactToDo t;
    t.at = YamlReader::where(node);
    if (!m_r.map(node, tr("a to-do"),
                 {{"id", true}, {"do", true}, {"role"}, {"within"}, {"unless_copied"}, {"text"}})) {
        return t;
    }
    t.id = m_r.id(node);
    t.action = m_r.oneOf(node, "do", v::kToDoActions);
    t.role = m_r.ref(node, "role", false);
    t.within = period(node, "within");
    t.unlessCopied = m_r.boolean(node, "unless_copied");
    t.text = m_r.localized(node, "text");
    const bool notify = t.action == QLatin1String("notify");
    if (notify && !t.role.isSet()) {
        m_r.error(node, tr("a notify to-do must name the role to tell"));
    }
    if (!notify && node["role"]) {
        m_r.error(node["role"], tr("only a notify to-do names a role"));
    }
    if (!notify && t.unlessCopied) {
        m_r.error(node["unless_copied"], tr("unless_copied is only for a notify to-do"));
    }
    return t;
}

Period PackReader::period(const YAML::Node &parent, const char *key)
{
    Period p;
    const YAML::Node node = parent[key];
    if (!node) {
        return p;
    }
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3}) (hours?|days?|school days?)$"));
    const QString text = m_r.string(parent, key);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || match.captured(1).toInt() == 0) {
        m_r.error(node, tr("\"%1\" is not a period; write it like 48 hours, 2 days or 10 school days").arg(text));
        return p;
    }
    p.count = match.captured(1).toInt();
    const QString unit = match.captured(2);
    p.unit = unit.startsWith(QLatin1String("hour"))     ? Period::Unit::Hours
             : unit.startsWith(QLatin1String("school")) ? Period::Unit::SchoolDays
                                                        : Period::Unit::Days;
    return p;
}

Purpose PackReader::purpose(const YAML::Node &node)
{
    Purpose p;
    p.at = YamlReader::where(node);
    if (m_r.map(node, tr("a purpose"), {{"id", true}, {"label", true}, {"counts_as"}, {"clause"}})) {
        p.id = m_r.id(node);
        p.label = m_r.localized(node, "label");
        p.countsAs = m_r.strings(node, "counts_as");
        for (qsizetype i = 0; i < p.countsAs.size(); ++i) {
            if (!v::kPurposeConditions.contains(p.countsAs.at(i))) {
                const YAML::Node item =
                    node["counts_as"].IsSequence() ? node["counts_as"][static_cast<std::size_t>(i)] : node["counts_as"];
                m_r.error(item, tr("a purpose counts as one of: %1; \"%2\" is not one of them")
                                    .arg(v::kPurposeConditions.join(QStringLiteral(", ")), p.countsAs.at(i)));
            }
        }
        p.clause = m_r.ref(node, "clause", false);
    }
    return p;
}

FamilyTie PackReader::familyTie(const YAML::Node &node)
{
    FamilyTie f;
    f.at = YamlReader::where(node);
    if (m_r.map(node, tr("a family tie"), {{"id", true}, {"label", true}, {"counts_as"}, {"clause"}})) {
        f.id = m_r.id(node);
        f.label = m_r.localized(node, "label");
        f.countsAs = m_r.oneOrMoreOf(node, "counts_as", v::kFamilyConditions, false);
        f.clause = m_r.ref(node, "clause", false);
    }
    return f;
}

Alternative PackReader::alternative(const YAML::Node &node)
{
    Alternative a;
    a.at = YamlReader::where(node);
    if (m_r.map(node, tr("an alternative"), {{"id", true}, {"text", true}, {"procedure"}, {"clause", true}})) {
        a.id = m_r.id(node);
        a.text = m_r.localized(node, "text");
        a.procedure = m_r.ref(node, "procedure", false);
        a.clause = m_r.ref(node, "clause");
    }
    return a;
}

Documentation PackReader::documentation(const YAML::Node &node)
{
    Documentation d;
    d.at = YamlReader::where(node);
    if (!m_r.map(node, tr("a documentation entry"),
                 {{"id", true},
                  {"what", true},
                  {"channels"},
                  {"records"},
                  {"retain"},
                  {"retain_from"},
                  {"forward_to_district"},
                  {"clause", true}})) {
        return d;
    }
    d.id = m_r.id(node);
    d.what = m_r.localized(node, "what");
    d.channels = m_r.oneOrMoreOf(node, "channels", v::kChannels, false);
    d.retain = m_r.string(node, "retain", false);
    static const QRegularExpression period(QStringLiteral("^(\\d+[ym]|permanent)$"));
    if (!d.retain.isEmpty() && !period.match(d.retain).hasMatch()) {
        m_r.error(node["retain"], tr("\"%1\" is not a period; write 7y, 6m or permanent").arg(d.retain));
    }
    d.records = m_r.strings(node, "records");
    for (qsizetype i = 0; i < d.records.size(); ++i) {
        if (!v::kRecordKinds.contains(d.records.at(i))) {
            const YAML::Node list = node["records"];
            m_r.error(list.IsSequence() ? list[static_cast<std::size_t>(i)] : list,
                      tr("\"%1\" is not a kind of record; use one of: %2")
                          .arg(d.records.at(i), v::kRecordKinds.join(QStringLiteral(", "))));
        }
    }
    if (!d.retain.isEmpty() && d.records.isEmpty()) {
        // A period that keeps no record would show nowhere and never come due.
        m_r.error(node["retain"], tr("retain needs records: the kinds of record kept this long (contact, memo, "
                                     "request, … or all)"));
    }
    if (node["retain_from"]) {
        d.retainFrom = m_r.oneOf(node, "retain_from", v::kRetainFrom);
        if (d.retain.isEmpty() || d.retain == QLatin1String("permanent")) {
            m_r.error(node["retain_from"], tr("retain_from needs a retain period such as 7y to count from"));
        }
    } else {
        d.retainFrom = v::kRetainFrom.constFirst();
    }
    d.forwardToDistrict = m_r.boolean(node, "forward_to_district");
    d.clause = m_r.ref(node, "clause");
    return d;
}

QString PackReader::grades(const YAML::Node &node)
{
    const QString text = m_r.string(node, "grades", false);
    if (!text.isEmpty() && !GradeRange::parse(text)) {
        m_r.error(node["grades"], tr("\"%1\" is not a range of grades; write it like K-5, 6-8 or 9-12").arg(text));
    }
    return text;
}

Platforms PackReader::platforms(const YAML::Node &node)
{
    Platforms p;
    p.at = YamlReader::where(node);
    if (!m_r.map(node, tr("platforms"),
                 {{"renewal"}, {"renewed_for"}, {"when_empty"}, {"list_owner"}, {"request_procedure"}, {"approved"}})) {
        return p;
    }
    p.renewal = m_r.oneOf(node, "renewal", v::kRenewals, false);
    p.renewedFor = m_r.string(node, "renewed_for", false);
    p.whenEmpty = m_r.oneOf(node, "when_empty", v::kEmptyPlatformLists, false);
    p.listOwner = m_r.ref(node, "list_owner", false);
    p.requestProcedure = m_r.ref(node, "request_procedure", false);
    m_r.list(node, "approved", [&](const YAML::Node &item) {
        Platform platform;
        platform.at = YamlReader::where(item);
        if (!m_r.map(
                item, tr("an approved platform"),
                {{"id", true}, {"name", true}, {"uses", true}, {"min_student_age"}, {"grades"}, {"clause", true}})) {
            return;
        }
        platform.id = m_r.id(item);
        platform.name = m_r.string(item, "name");
        platform.uses = m_r.oneOrMoreOf(item, "uses", v::kPlatformUses);
        platform.minStudentAge = m_r.integer(item, "min_student_age", 1, 21);
        platform.grades = grades(item);
        platform.clause = m_r.ref(item, "clause");
        p.approved.append(platform);
    });
    return p;
}

Duty PackReader::duty(const YAML::Node &node)
{
    Duty d;
    d.at = YamlReader::where(node);
    if (!m_r.map(node, tr("a duty"),
                 {{"id", true},
                  {"title", true},
                  {"every", true},
                  {"due_within_days"},
                  {"roles", true},
                  {"clause", true},
                  {"done_by"}})) {
        return d;
    }
    d.id = m_r.id(node);
    d.title = m_r.localized(node, "title");
    d.every = m_r.oneOf(node, "every", v::kDutyPeriods);
    d.dueWithinDays = m_r.integer(node, "due_within_days", 1, 366);
    d.roles = m_r.refs(node, "roles", true);
    d.clause = m_r.ref(node, "clause");
    d.doneBy = m_r.oneOf(node, "done_by", v::kDutyDoneBy, false);
    return d;
}

Statement PackReader::statement(const YAML::Node &node)
{
    Statement s;
    s.at = YamlReader::where(node);
    if (m_r.map(node, tr("a statement"), {{"id", true}, {"when", true}, {"text", true}, {"clause", true}})) {
        s.id = m_r.id(node);
        s.when = m_r.localized(node, "when");
        s.text = m_r.localized(node, "text");
        s.clause = m_r.ref(node, "clause");
    }
    return s;
}

Notice PackReader::notice(const YAML::Node &node)
{
    Notice n;
    n.at = YamlReader::where(node);
    if (m_r.map(node, tr("a notice"), {{"id", true}, {"title", true}, {"text", true}, {"clause", true}})) {
        n.id = m_r.id(node);
        n.title = m_r.localized(node, "title");
        n.text = m_r.localized(node, "text");
        n.textAt = node["text"] ? YamlReader::where(node["text"]) : n.at;
        n.clause = m_r.ref(node, "clause");
    }
    return n;
}

Field PackReader::field(const YAML::Node &node)
{
    Field f;
    f.at = YamlReader::where(node);
    if (!m_r.map(node, tr("a field"),
                 {{"id", true},
                  {"label", true},
                  {"type", true},
                  {"required"},
                  {"choices"},
                  {"choice_labels"},
                  {"help"},
                  {"clause"},
                  {"flag_below"},
                  {"when_flagged"},
                  {"district_address"},
                  {"use"}})) {
        return f;
    }
    f.id = m_r.id(node, "id", true);
    f.label = m_r.localized(node, "label");
    f.type = m_r.oneOf(node, "type", v::kFieldTypes);
    f.required = m_r.boolean(node, "required");
    f.choices = m_r.strings(node, "choices");
    if (f.choices.isEmpty() && f.type == QLatin1String("choice")) {
        m_r.error(node["type"], tr("a field of type choice needs its choices (choices: [a, b, …])"));
    } else if (!f.choices.isEmpty() && f.type != QLatin1String("choice")) {
        m_r.error(node["choices"], tr("only a field of type choice has choices"));
    }
    if (const YAML::Node labels = node["choice_labels"]) {
        if (!labels.IsMap()) {
            m_r.error(labels, tr("choice_labels must map each choice to its words, like personal-cell: My own cell "
                                 "phone"));
        } else {
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                const QString choice = QString::fromStdString(it->first.as<std::string>(""));
                if (!f.choices.contains(choice)) {
                    m_r.error(it->first, tr("\"%1\" is not one of this field's choices").arg(choice));
                    continue;
                }
                f.choiceLabels.insert(choice, m_r.localized(labels, it->first.Scalar().c_str()));
            }
        }
    }
    f.help = m_r.localized(node, "help");
    f.clause = m_r.ref(node, "clause", false);
    f.flagBelow = m_r.integer(node, "flag_below", 1, 1000000);
    if (f.flagBelow > 0 && f.type != QLatin1String("number")) {
        m_r.error(node["flag_below"], tr("only a field of type number can flag answers below a value"));
    }
    if (const YAML::Node effect = node["when_flagged"]) {
        f.whenFlagged = flagEffect(effect);
        if (f.flagBelow == 0) {
            m_r.error(effect, tr("when_flagged needs flag_below: it says what an answer under that value does"));
        }
    }
    f.districtAddress = m_r.boolean(node, "district_address");
    if (f.districtAddress && f.type != QLatin1String("email")) {
        m_r.error(node["district_address"], tr("only a field of type email can ask for a district address"));
    }
    f.use = m_r.oneOf(node, "use", v::kPlatformUses, false);
    if (!f.use.isEmpty() && f.type != QLatin1String("platform")) {
        m_r.error(node["use"], tr("only a field of type platform names the use its platform is approved for"));
    }
    return f;
}

FlagEffect PackReader::flagEffect(const YAML::Node &node)
{
    FlagEffect e;
    e.at = YamlReader::where(node);
    if (node.IsScalar()) {
        m_r.error(
            node,
            tr("write when_flagged as a map, for example { action: %1 }").arg(QString::fromStdString(node.Scalar())));
        return e;
    }
    if (!m_r.map(node, QStringLiteral("when_flagged"), {{"action", true}, {"role"}})) {
        return e;
    }
    e.action = m_r.oneOf(node, "action", v::kFlagEffects);
    e.role = m_r.ref(node, "role", false);
    if (e.action == QLatin1String("approve") && !e.role.isSet()) {
        m_r.error(node, tr("when_flagged with action approve names the role whose notify step becomes an approval "
                           "(role: ROLE)"));
    } else if (e.action != QLatin1String("approve") && e.role.isSet()) {
        m_r.error(node["role"], tr("only when_flagged with action approve names a role"));
    }
    return e;
}

RouteStep PackReader::step(const YAML::Node &node)
{
    RouteStep s;
    s.at = YamlReader::where(node);
    if (!m_r.map(node, tr("a route step"), {{"action", true}, {"role", true}, {"deadline"}, {"clause", true}})) {
        return s;
    }
    s.action = m_r.oneOf(node, "action", v::kActions);
    s.role = m_r.ref(node, "role");
    s.clause = m_r.ref(node, "clause");
    const YAML::Node deadline = node["deadline"];
    if (deadline && m_r.map(deadline, tr("a deadline"), {{"before"}, {"days"}, {"note"}})) {
        const int kinds = (deadline["before"] ? 1 : 0) + (deadline["days"] ? 1 : 0) + (deadline["note"] ? 1 : 0);
        if (kinds != 1) {
            m_r.error(deadline, tr("a deadline has exactly one of before, days or note"));
        } else if (deadline["before"]) {
            s.deadline.kind = Deadline::Kind::BeforeField;
            s.deadline.field = m_r.ref(deadline, "before");
        } else if (deadline["days"]) {
            s.deadline.kind = Deadline::Kind::Days;
            s.deadline.days = m_r.integer(deadline, "days", 1, 366);
        } else {
            s.deadline.kind = Deadline::Kind::Note;
            s.deadline.note = m_r.localized(deadline, "note");
        }
    }
    return s;
}

QList<RouteStage> PackReader::route(const YAML::Node &parent, const char *key)
{
    QList<RouteStage> stages;
    m_r.list(parent, key, [&](const YAML::Node &item) {
        if (item.IsMap() && item["together"]) {
            RouteStage stage;
            stage.together = true;
            if (m_r.map(item, tr("a group of steps"), {{"together", true}})) {
                m_r.list(item, "together", [&](const YAML::Node &s) { stage.steps.append(step(s)); });
            }
            stages.append(stage);
        } else {
            stages.append({{step(item)}, false});
        }
    });
    return stages;
}

Covers PackReader::covers(const YAML::Node &node)
{
    Covers c;
    c.at = YamlReader::where(node);
    if (!m_r.map(node, tr("covers"),
                 {{"channels", true}, {"audience", true}, {"from"}, {"to"}, {"conditions"}, {"exception"}})) {
        return c;
    }
    // Channels are the fixed words, or the id of the field that holds one.
    const YAML::Node channels = node["channels"];
    if (channels.IsScalar() && !v::kChannels.contains(QString::fromStdString(channels.Scalar()))) {
        c.channelField = {QString::fromStdString(channels.Scalar()), YamlReader::where(channels)};
    } else {
        c.channels = m_r.oneOrMoreOf(node, "channels", v::kChannels);
    }
    c.exception = m_r.boolean(node, "exception");
    // The audience is one of the fixed words, or the id of the field that
    // holds it; the checks tell which once every field is known.
    const QString audience = m_r.string(node, "audience");
    if (v::kAudiences.contains(audience)) {
        c.audience = audience;
    } else {
        c.audienceField = {audience, YamlReader::where(node["audience"])};
    }
    c.from = m_r.ref(node, "from", false);
    c.to = m_r.ref(node, "to", false);
    c.conditions = m_r.oneOrMoreOf(node, "conditions", v::kConditions, false);
    return c;
}

Procedure PackReader::procedure(const YAML::Node &node)
{
    Procedure p;
    p.at = YamlReader::where(node);
    if (!m_r.map(node, tr("a procedure"),
                 {{"id", true},
                  {"title", true},
                  {"summary"},
                  {"clauses", true},
                  {"fields"},
                  {"checklist"},
                  {"route", true},
                  {"notices"},
                  {"alternatives"},
                  {"follow_ups"},
                  {"then"},
                  {"late"},
                  {"registers"},
                  {"covers"}})) {
        return p;
    }
    p.id = m_r.id(node);
    p.title = m_r.localized(node, "title");
    p.summary = m_r.localized(node, "summary");
    p.clauses = m_r.refs(node, "clauses", true);
    p.fields = readList<Field>(m_r, node, "fields", [this](const YAML::Node &n) { return field(n); });
    m_r.list(node, "checklist", [&](const YAML::Node &item) {
        ChecklistItem c;
        c.at = YamlReader::where(item);
        if (m_r.map(item, tr("a checklist item"), {{"id", true}, {"text", true}, {"clause", true}})) {
            c.id = m_r.id(item);
            c.text = m_r.localized(item, "text");
            c.clause = m_r.ref(item, "clause");
        }
        p.checklist.append(c);
    });
    p.route = route(node, "route");
    p.notices = m_r.refs(node, "notices");
    p.alternatives = m_r.refs(node, "alternatives");
    m_r.list(node, "follow_ups", [&](const YAML::Node &item) {
        FollowUp f;
        f.at = YamlReader::where(item);
        if (m_r.map(item, tr("a follow-up"),
                    {{"id", true}, {"title", true}, {"when", true}, {"route"}, {"clause", true}})) {
            f.id = m_r.id(item);
            f.title = m_r.localized(item, "title");
            f.when = m_r.oneOf(item, "when", v::kFollowUpWhen);
            f.route = route(item, "route");
            f.clause = m_r.ref(item, "clause");
        }
        p.followUps.append(f);
    });
    // `then: ID`, or `then: {procedure: ID, requires_approval: true}`.
    if (const YAML::Node then = node["then"]; then && then.IsMap()) {
        if (m_r.map(then, tr("then"), {{"procedure", true}, {"requires_approval"}})) {
            p.then = m_r.ref(then, "procedure");
            p.thenRequiresApproval = m_r.boolean(then, "requires_approval");
        }
    } else {
        p.then = m_r.ref(node, "then", false);
    }
    if (node["late"]) {
        p.late = m_r.oneOf(node, "late", v::kLate);
    }
    if (const YAML::Node registers = node["registers"]) {
        p.registers.at = YamlReader::where(registers);
        if (m_r.map(registers, tr("registers"), {{"platform", true}, {"address", true}})) {
            p.registers.platform = m_r.ref(registers, "platform");
            p.registers.address = m_r.ref(registers, "address");
        }
    }
    if (const YAML::Node covers = node["covers"]) {
        p.covers = this->covers(covers);
    }
    return p;
}

} // namespace clearline::policy
