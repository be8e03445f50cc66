// SPDX-License-Identifier: GPL-3.0-or-later
//
// How each pack's coverage is proven. A shipped pack's COVERAGE.md has a
// "Section map" (`| Section | What it asks | Where the pack covers it |`)
// and, at its end, a "What proves it" table (`| Section | Proved by |`).
// Every Section-map row that claims more than guidance (it names a rule,
// procedure, duty, notice, statement, documentation entry, checklist item,
// field, follow-up, route step, alternative or platform list) must have a
// "What proves it" row naming golden lines (`verdicts.txt 3.a.1`,
// `routes.txt 3.a.1`, `duties.txt 2.b.3`: a section of that golden file's
// first column) and/or Qt Test functions (`tst_name::function`). This test
// fails when a claimed row has no proof, a golden reference names a section
// the golden file has no line for, a test function does not exist, or a
// rule, procedure, duty, notice (or any other id) named in a claimed row is
// not in the pack. The other way round, every rule, procedure and duty of
// the pack must decide or appear in a golden line, or be named in a row
// proved by a test.

#include "contacts/contactentry.h"
#include "goldencontact.h"
#include "testpaths.h"

#include "policy/packloader.h"
#include "policy/vocabulary.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace clearline;

namespace {

QString sourceDir()
{
    return QString::fromUtf8(test::kSourceDir);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QStringList cellsOf(const QString &line)
{
    QString text = line.trimmed();
    if (text.startsWith(QLatin1Char('|'))) {
        text.remove(0, 1);
    }
    if (text.endsWith(QLatin1Char('|'))) {
        text.chop(1);
    }
    QStringList cells = text.split(QLatin1Char('|'));
    for (QString &cell : cells) {
        cell = cell.trimmed();
    }
    return cells;
}

/// The rows of the first Markdown table whose header line starts with
/// `header`, after the line `after` (when given).
QList<QStringList> tableRows(const QString &text, const QString &header, const QString &after = {})
{
    QList<QStringList> rows;
    bool started = after.isEmpty();
    bool inTable = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!started) {
            started = line.trimmed() == after;
            continue;
        }
        if (!inTable) {
            inTable = line.trimmed().startsWith(header);
            continue;
        }
        if (!line.trimmed().startsWith(QLatin1Char('|'))) {
            break;
        }
        if (line.trimmed().startsWith(QLatin1String("| ---"))) {
            continue;
        }
        rows.append(cellsOf(line));
    }
    return rows;
}

/// A golden table's lines, as cells.
QList<QStringList> goldenLines(const QString &district, const QString &table)
{
    QList<QStringList> lines;
    const QString text = readText(QStringLiteral("%1/tests/policy/golden/%2/%3").arg(sourceDir(), district, table));
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        QStringList cells = line.split(QLatin1Char('|'));
        for (QString &cell : cells) {
            cell = cell.trimmed();
        }
        lines.append(cells);
    }
    return lines;
}

/// A Section-map row claims acting coverage when it names something the
/// pack does (not only a clause): a keyword followed by a backticked id, a
/// `procedure/item` id or the platform list.
bool claimsAction(const QString &where)
{
    static const QRegularExpression acting(
        QStringLiteral("(?<![\\w`-])(?:rules?|procedures?|duty|duties|notices?|statements?|documentation|checklists?|"
                       "fields?|follow-ups?|platforms?|steps?|route|alternatives?)\\s[^`|]{0,12}`|`platforms\\.|"
                       "`[a-z0-9-]+/[a-z0-9-]+`"));
    return acting.match(where).hasMatch();
}

/// The ids a claimed row names after a kind keyword: "rules `a` and `b`",
/// "duty `d` (staff, …)", "notice `n`", as kind → ids.
QList<QPair<QString, QString>> namedIds(const QString &where)
{
    static const QRegularExpression group(
        QStringLiteral("(?<![\\w`-])(rules?|procedures?|duty|duties|notices?|statements?|documentation|"
                       "alternatives?)\\s+((?:`[^`]+`(?:\\s*\\([^()]*\\))?(?:\\s*,\\s*|\\s+and\\s+)?)+)"));
    static const QRegularExpression ticked(QStringLiteral("`([^`]+)`(?:\\s*\\([^()]*\\))?"));
    static const QRegularExpression plainId(QStringLiteral("^[a-z0-9-]+$"));
    QList<QPair<QString, QString>> ids;
    auto groups = group.globalMatch(where);
    while (groups.hasNext()) {
        const QRegularExpressionMatch match = groups.next();
        QString kind = match.captured(1);
        if (kind == QLatin1String("duties")) {
            kind = QStringLiteral("duty");
        } else if (kind.endsWith(QLatin1Char('s')) && kind != QLatin1String("documentation")) {
            kind.chop(1);
        }
        auto items = ticked.globalMatch(match.captured(2));
        while (items.hasNext()) {
            const QString id = items.next().captured(1);
            if (plainId.match(id).hasMatch()) {
                ids.append({kind, id});
            }
        }
    }
    return ids;
}

/// "procedure/item" ids named anywhere in a row.
QStringList slashedIds(const QString &where)
{
    static const QRegularExpression slashed(QStringLiteral("`([a-z0-9-]+/[a-z0-9-]+)`"));
    QStringList ids;
    auto matches = slashed.globalMatch(where);
    while (matches.hasNext()) {
        ids.append(matches.next().captured(1));
    }
    return ids;
}

/// Every tests/**/tst_*.cpp, by its name without extension.
QHash<QString, QString> testSources()
{
    QHash<QString, QString> sources;
    QDirIterator it(sourceDir() + QStringLiteral("/tests"), {QStringLiteral("tst_*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        sources.insert(QFileInfo(path).completeBaseName(), path);
    }
    return sources;
}

/// A school day of the pack's first year that is not a holiday, at 10:00
/// or 20:00 (as tst_golden takes it).
QDateTime moment(const policy::Pack &pack, bool offHours)
{
    const QTimeZone zone(pack.district.timezone.toUtf8());
    const policy::SchoolYear &year = pack.calendar.years.constFirst();
    for (QDate day = year.start.addDays(14); day < year.end; day = day.addDays(1)) {
        if (!pack.calendar.schoolDays.contains(day.dayOfWeek())) {
            continue;
        }
        const bool holiday = std::any_of(year.holidays.begin(), year.holidays.end(), [&](const policy::Holiday &h) {
            return day >= h.from && day <= (h.to.isValid() ? h.to : h.from);
        });
        if (!holiday) {
            return QDateTime(day, offHours ? QTime(20, 0) : QTime(10, 0), zone);
        }
    }
    return {};
}

/// The rule that decides a verdicts.txt line (tst_golden checks the verdict).
QString decidingRule(const policy::Pack &pack, const QStringList &cells)
{
    test::GoldenContact golden =
        test::goldenContact(pack, cells.value(2), cells.value(3), cells.value(4), cells.value(5));
    contacts::ContactEntry &entry = golden.entry;
    const bool offHours = golden.offHours;
    QList<policy::Authorization> approved;
    for (const QString &procedureId : golden.approved) {
        const policy::Procedure *procedure = pack.procedure(procedureId);
        if (!procedure) {
            continue;
        }
        policy::Authorization authorization;
        authorization.procedureId = procedure->id;
        authorization.title = procedure->id;
        authorization.audiences = {QStringLiteral("students"), QStringLiteral("parents")};
        authorization.channels =
            procedure->covers.channelField.isSet() ? QStringList{entry.channel} : procedure->covers.channels;
        authorization.conditions = procedure->covers.conditions;
        authorization.exception = procedure->covers.exception;
        approved.append(authorization);
    }
    entry.when = moment(pack, offHours);
    return contacts::assess(pack, entry, approved).ruleId;
}

template <typename T> bool hasId(const QList<T> &items, const QString &id)
{
    return std::any_of(items.begin(), items.end(), [&](const T &item) { return item.id == id; });
}

bool packHas(const policy::Pack &pack, const QString &kind, const QString &id)
{
    if (kind == QLatin1String("rule")) {
        return hasId(pack.rules, id);
    }
    if (kind == QLatin1String("procedure")) {
        return pack.procedure(id) != nullptr;
    }
    if (kind == QLatin1String("duty")) {
        return hasId(pack.duties, id);
    }
    if (kind == QLatin1String("notice")) {
        return hasId(pack.notices, id);
    }
    if (kind == QLatin1String("statement")) {
        return hasId(pack.statements, id);
    }
    if (kind == QLatin1String("documentation")) {
        return hasId(pack.documentation, id);
    }
    if (kind == QLatin1String("alternative")) {
        return hasId(pack.alternatives, id);
    }
    return false;
}

/// `procedure/item`: a checklist item, field or follow-up of the procedure.
bool packHasPart(const policy::Pack &pack, const QString &slashed)
{
    const policy::Procedure *procedure = pack.procedure(slashed.section(QLatin1Char('/'), 0, 0));
    const QString part = slashed.section(QLatin1Char('/'), 1);
    return procedure &&
           (hasId(procedure->checklist, part) || hasId(procedure->fields, part) || hasId(procedure->followUps, part));
}

/// Every id of the pack, of any kind (clauses, roles, schools, platforms,
/// and the fields, checklist items and follow-ups of its procedures too),
/// and the words of the pack format a row may quote: channels, audiences,
/// verdicts, conditions, actions, field types and key names.
QSet<QString> knownWords(const policy::Pack &pack)
{
    QSet<QString> words;
    const auto add = [&](const auto &items) {
        for (const auto &item : items) {
            words.insert(item.id);
        }
    };
    add(pack.clauses);
    add(pack.rules);
    add(pack.purposes);
    add(pack.alternatives);
    add(pack.documentation);
    add(pack.duties);
    add(pack.statements);
    add(pack.notices);
    add(pack.procedures);
    add(pack.roles);
    add(pack.schools);
    add(pack.platforms.approved);
    for (const policy::Rule &rule : pack.rules) {
        add(rule.toDo);
    }
    for (const policy::Procedure &procedure : pack.procedures) {
        add(procedure.fields);
        add(procedure.checklist);
        add(procedure.followUps);
    }
    namespace v = policy::vocabulary;
    for (const QStringList &list : {v::kChannels, v::kAudiences, v::kVerdicts, v::kConditions, v::kActions,
                                    v::kFieldTypes, v::kPlatformUses, v::kDutyPeriods, v::kToDoActions}) {
        for (const QString &word : list) {
            words.insert(word);
        }
    }
    words.insert(v::kEveryone);
    for (const char *key :
         {"clauses", "covers", "platforms", "together", "min_student_age", "then", "route", "notices", "checklist",
          "fields", "follow_ups", "alternatives", "documentation", "purposes", "to_do", "unless_copied", "counts_as"}) {
        words.insert(QString::fromLatin1(key));
    }
    return words;
}

} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyClaimIsProved_data() { districts(); }
    void everyClaimIsProved();
    void everyRuleProcedureAndDutyIsExercised_data() { districts(); }
    void everyRuleProcedureAndDutyIsExercised();
    void aClaimWithoutProofIsFound();

private:
    static void districts()
    {
        QTest::addColumn<QString>("district");
        const QDir policies(sourceDir() + QStringLiteral("/policies"));
        for (const QString &district : policies.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (QFile::exists(policies.filePath(district + QStringLiteral("/pack.yaml")))) {
                QTest::newRow(qPrintable(district)) << district;
            }
        }
    }

    static QString coverage(const QString &district)
    {
        return readText(QStringLiteral("%1/policies/%2/COVERAGE.md").arg(sourceDir(), district));
    }

    static QList<QStringList> sectionMap(const QString &text)
    {
        return tableRows(text, QStringLiteral("| Section | What it asks | Where the pack covers it |"));
    }

    static QHash<QString, QString> proofs(const QString &text)
    {
        QHash<QString, QString> proofBySection;
        for (const QStringList &row :
             tableRows(text, QStringLiteral("| Section | Proved by |"), QStringLiteral("## What proves it"))) {
            proofBySection.insert(row.value(0), row.value(1));
        }
        return proofBySection;
    }

public:
    /// What is wrong with one pack's coverage; empty when all is proved.
    static QStringList problems(const QString &district, const QString &text)
    {
        QStringList wrong;
        const auto loaded =
            policy::PackLoader::loadFile(QStringLiteral("%1/policies/%2/pack.yaml").arg(sourceDir(), district));
        if (!loaded.pack) {
            return {QStringLiteral("%1: the pack does not load").arg(district)};
        }
        const policy::Pack &pack = *loaded.pack;
        const QList<QStringList> map = sectionMap(text);
        if (map.isEmpty()) {
            return {QStringLiteral("%1: COVERAGE.md has no Section map").arg(district)};
        }
        const QHash<QString, QString> proofBySection = proofs(text);
        QHash<QString, QSet<QString>> goldenSections;
        for (const QString &table :
             {QStringLiteral("verdicts.txt"), QStringLiteral("routes.txt"), QStringLiteral("duties.txt")}) {
            for (const QStringList &cells : goldenLines(district, table)) {
                goldenSections[table].insert(cells.value(0));
            }
        }
        const QHash<QString, QString> tests = testSources();
        static const QRegularExpression goldenRef(QStringLiteral("^(verdicts\\.txt|routes\\.txt|duties\\.txt) (.+)$"));
        static const QRegularExpression testRef(QStringLiteral("^(tst_\\w+)::(\\w+)$"));
        static const QRegularExpression note(QStringLiteral("\\s*\\([^()]*\\)$"));

        const QSet<QString> known = knownWords(pack);
        QSet<QString> mapSections;
        for (const QStringList &row : map) {
            const QString section = row.value(0);
            const QString where = row.value(2);
            mapSections.insert(section);
            if (!claimsAction(where)) {
                continue;
            }
            const QString at = QStringLiteral("%1, section \"%2\"").arg(district, section);
            for (const auto &[kind, id] : namedIds(where)) {
                if (!packHas(pack, kind, id)) {
                    wrong.append(QStringLiteral("%1: the Section map names %2 `%3`, which the pack does not have")
                                     .arg(at, kind, id));
                }
            }
            static const QRegularExpression ticked(QStringLiteral("`([a-z0-9_-]+)`"));
            for (auto words = ticked.globalMatch(where); words.hasNext();) {
                const QString word = words.next().captured(1);
                if (!known.contains(word)) {
                    wrong.append(QStringLiteral("%1: the Section map names `%2`, which is neither an id of the pack "
                                                "nor a word of the pack format")
                                     .arg(at, word));
                }
            }
            for (const QString &slashed : slashedIds(where)) {
                if (!packHasPart(pack, slashed)) {
                    wrong.append(QStringLiteral("%1: the Section map names `%2`, which the pack does not have")
                                     .arg(at, slashed));
                }
            }
            if (!proofBySection.contains(section)) {
                wrong.append(QStringLiteral("%1: claims coverage but has no row in \"What proves it\"").arg(at));
            }
        }
        for (auto it = proofBySection.begin(); it != proofBySection.end(); ++it) {
            const QString at = QStringLiteral("%1, section \"%2\"").arg(district, it.key());
            if (!mapSections.contains(it.key())) {
                wrong.append(
                    QStringLiteral("%1: \"What proves it\" names a section the Section map does not have").arg(at));
            }
            const QStringList references = it.value().split(QLatin1Char(';'), Qt::SkipEmptyParts);
            if (references.isEmpty()) {
                wrong.append(QStringLiteral("%1: \"Proved by\" is empty").arg(at));
            }
            for (QString reference : references) {
                reference = reference.trimmed().remove(QLatin1Char('`'));
                reference.remove(note);
                if (const auto golden = goldenRef.match(reference); golden.hasMatch()) {
                    if (!goldenSections.value(golden.captured(1)).contains(golden.captured(2))) {
                        wrong.append(QStringLiteral("%1: %2 has no line for section \"%3\"")
                                         .arg(at, golden.captured(1), golden.captured(2)));
                    }
                } else if (const auto test = testRef.match(reference); test.hasMatch()) {
                    const QString source = tests.value(test.captured(1));
                    if (source.isEmpty()) {
                        wrong.append(QStringLiteral("%1: there is no test %2 under tests/").arg(at, test.captured(1)));
                    } else if (!readText(source).contains(QStringLiteral("void %1(").arg(test.captured(2)))) {
                        wrong.append(QStringLiteral("%1: %2 has no test function %3")
                                         .arg(at, test.captured(1), test.captured(2)));
                    }
                } else {
                    wrong.append(QStringLiteral("%1: \"%2\" is neither a golden line (verdicts.txt SECTION) nor a "
                                                "test (tst_name::function)")
                                     .arg(at, reference));
                }
            }
        }
        return wrong;
    }

    /// The pack's rules, procedures and duties that no golden line
    /// exercises and no test-proved row names.
    static QStringList unexercised(const QString &district, const QString &text)
    {
        const auto loaded =
            policy::PackLoader::loadFile(QStringLiteral("%1/policies/%2/pack.yaml").arg(sourceDir(), district));
        if (!loaded.pack) {
            return {QStringLiteral("%1: the pack does not load").arg(district)};
        }
        const policy::Pack &pack = *loaded.pack;
        QSet<QString> exercised;
        for (const QStringList &cells : goldenLines(district, QStringLiteral("verdicts.txt"))) {
            exercised.insert(QStringLiteral("rule:") + decidingRule(pack, cells));
        }
        for (const QStringList &cells : goldenLines(district, QStringLiteral("routes.txt"))) {
            exercised.insert(QStringLiteral("procedure:") + cells.value(2).section(QLatin1Char('/'), 0, 0));
        }
        for (const QStringList &cells : goldenLines(district, QStringLiteral("duties.txt"))) {
            exercised.insert(QStringLiteral("duty:") + cells.value(2));
        }
        const QHash<QString, QString> proofBySection = proofs(text);
        static const QRegularExpression testRef(QStringLiteral("(?:^|;)\\s*`?tst_\\w+::\\w+"));
        for (const QStringList &row : sectionMap(text)) {
            if (!testRef.match(proofBySection.value(row.value(0))).hasMatch()) {
                continue;
            }
            for (const auto &[kind, id] : namedIds(row.value(2))) {
                exercised.insert(kind + QLatin1Char(':') + id);
            }
        }
        QStringList missing;
        for (const policy::Rule &rule : pack.rules) {
            if (!exercised.contains(QStringLiteral("rule:") + rule.id)) {
                missing.append(QStringLiteral("%1: rule %2 decides no line of verdicts.txt and no row proved by a "
                                              "test names it")
                                   .arg(district, rule.id));
            }
        }
        for (const policy::Procedure &procedure : pack.procedures) {
            if (!exercised.contains(QStringLiteral("procedure:") + procedure.id)) {
                missing.append(QStringLiteral("%1: procedure %2 is in no line of routes.txt and no row proved by a "
                                              "test names it")
                                   .arg(district, procedure.id));
            }
        }
        for (const policy::Duty &duty : pack.duties) {
            if (!exercised.contains(QStringLiteral("duty:") + duty.id)) {
                missing.append(QStringLiteral("%1: duty %2 is in no line of duties.txt and no row proved by a test "
                                              "names it")
                                   .arg(district, duty.id));
            }
        }
        return missing;
    }
};

void TestCoverage::everyClaimIsProved()
{
    QFETCH(QString, district);
    const QStringList wrong = problems(district, coverage(district));
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("\npolicies/%1/COVERAGE.md:\n").arg(district) + wrong.join(QLatin1Char('\n'))));
}

void TestCoverage::everyRuleProcedureAndDutyIsExercised()
{
    QFETCH(QString, district);
    const QStringList missing = unexercised(district, coverage(district));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("\n") + missing.join(QLatin1Char('\n'))));
}

// The checks themselves can fail: a claimed row without proof, a golden
// section with no line, a test that does not exist and a stale id are each
// found in an edited copy of a shipped COVERAGE.md.
void TestCoverage::aClaimWithoutProofIsFound()
{
    const QString district = QStringLiteral("wilmington");
    const QString text = coverage(district);
    QVERIFY(problems(district, text).isEmpty());

    QString unproved = text;
    unproved.replace(QStringLiteral("\n| 5.c | duties.txt 5.c |"), QStringLiteral("\n| 5.x | duties.txt 5.c |"));
    QVERIFY(problems(district, unproved).join(QLatin1Char('\n')).contains(QStringLiteral("\"5.c\": claims coverage")));

    QString noLine = text;
    noLine.replace(QStringLiteral("| 5.c | duties.txt 5.c |"), QStringLiteral("| 5.c | duties.txt 9.z |"));
    QVERIFY(problems(district, noLine).join(QLatin1Char('\n')).contains(QStringLiteral("no line for section \"9.z\"")));

    QString noTest = text;
    noTest.replace(QStringLiteral("| 5.c | duties.txt 5.c |"), QStringLiteral("| 5.c | tst_golden::nothingHere |"));
    QVERIFY(
        problems(district, noTest).join(QLatin1Char('\n')).contains(QStringLiteral("no test function nothingHere")));

    QString stale = text;
    stale.replace(QStringLiteral("duty `post-student-handbooks`"), QStringLiteral("duty `post-handbooks`"));
    QVERIFY(problems(district, stale).join(QLatin1Char('\n')).contains(QStringLiteral("duty `post-handbooks`")));

    QString staleItem = text;
    staleItem.replace(QStringLiteral("checklist `professional-account/laws`"),
                      QStringLiteral("checklist `professional-account/lawz`"));
    staleItem.replace(QStringLiteral("checklist `photo-opt-outs-checked`"), QStringLiteral("checklist `opt-outs`"));
    const QString staleItems = problems(district, staleItem).join(QLatin1Char('\n'));
    QVERIFY(staleItems.contains(QStringLiteral("`professional-account/lawz`")));
    QVERIFY(staleItems.contains(QStringLiteral("`opt-outs`")));
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
