// SPDX-License-Identifier: GPL-3.0-or-later
//
// The golden tables: for each shipped pack, tests/policy/golden/<district>/
// holds one line per obligation of the district's policy, written from the
// policy's text (not from the pack): the verdict of a contact, the route
// and notices of a request, the holders and period of a duty. Each line is
// run through the real engine; a pack, rule or precedence change that
// alters one fails here with the line and both values.
//
// To review a change on purpose, tools/golden-regenerate.sh rewrites the
// expected column with what the engine now says; `git diff` shows it.

#include "contacts/contactentry.h"
#include "goldencontact.h"
#include "requests/formcheck.h"
#include "requests/routeplan.h"
#include "testpaths.h"

#include "policy/packloader.h"
#include "policy/vocabulary.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace clearline;

namespace {

QString goldenDir(const QString &district)
{
    return QStringLiteral("%1/tests/policy/golden/%2").arg(QString::fromUtf8(test::kSourceDir), district);
}

/// One line of a table: its number in the file and its '|'-separated cells.
struct Line
{
    int number = 0;
    QStringList cells;
};

QList<Line> readTable(const QString &path, int columns)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    QList<Line> lines;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#'))) {
            continue;
        }
        QStringList cells = text.split(QLatin1Char('|'));
        for (QString &cell : cells) {
            cell = cell.trimmed();
        }
        if (cells.size() != columns) {
            qWarning("%s:%d: %lld cells, not %d", qPrintable(path), number, static_cast<long long>(cells.size()),
                     columns);
        }
        lines.append({number, cells});
    }
    return lines;
}

/// A school day of the pack's first year that is not a holiday, at 10:00
/// (school hours) or 20:00 (off-hours), in the district's zone.
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

/// What an approved request of the procedure allows, on any day, for both
/// audiences (as `clearline policy check --approved` takes it).
policy::Authorization approvedRequest(const policy::Pack &pack, const QString &procedureId, const QString &channel)
{
    policy::Authorization authorization;
    authorization.procedureId = procedureId;
    authorization.title = procedureId;
    authorization.audiences = {QStringLiteral("students"), QStringLiteral("parents")};
    if (const policy::Procedure *procedure = pack.procedure(procedureId)) {
        authorization.channels =
            procedure->covers.channelField.isSet() ? QStringList{channel} : procedure->covers.channels;
        authorization.conditions = procedure->covers.conditions;
        authorization.exception = procedure->covers.exception;
    }
    return authorization;
}

/// "notify:principal + notify:director-of-it > approve:principal".
QString routeText(const QList<policy::RouteStage> &route)
{
    if (route.isEmpty()) {
        return QStringLiteral("none");
    }
    QStringList stages;
    for (const policy::RouteStage &stage : route) {
        QStringList steps;
        for (const policy::RouteStep &step : stage.steps) {
            steps.append(QStringLiteral("%1:%2").arg(step.action, step.role.id));
        }
        stages.append(steps.join(QStringLiteral(" + ")));
    }
    return stages.join(QStringLiteral(" > "));
}

/// The route the request engine works out for a form with these answers
/// ("field=value&field=value"): "refused" when an answer stops it.
QString answeredRouteText(const policy::Pack &pack, const policy::Procedure &procedure, const QString &answers)
{
    requests::RequestForm form;
    form.procedureId = procedure.id;
    for (const QString &pair : answers.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        form.answers.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    }
    const requests::FormCheck check(pack);
    for (const policy::Field &field : procedure.fields) {
        if (!check.flagRefusal(field, form.answer(field.id)).isEmpty()) {
            return QStringLiteral("refused");
        }
    }
    const requests::RoutePlan plan = requests::planRoute(pack, procedure.route, procedure, form, {}, QDate(2026, 9, 8));
    if (plan.isEmpty()) {
        return QStringLiteral("none");
    }
    QStringList stages;
    for (const requests::PlannedStep &step : plan) {
        const QString text = QStringLiteral("%1:%2").arg(step.action, step.roleId);
        if (step.stage < stages.size()) {
            stages.last() += QStringLiteral(" + ") + text;
        } else {
            stages.append(text);
        }
    }
    return stages.join(QStringLiteral(" > "));
}

QString listText(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("-") : items.join(QStringLiteral(", "));
}

/// A table's expected column rewritten with the engine's values, for
/// tools/golden-regenerate.sh.
void rewriteColumn(const QString &path, int column, const QHash<int, QString> &actualByLine)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return;
    }
    QStringList out;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        QString text = QString::fromUtf8(file.readLine());
        text.chop(text.endsWith(QLatin1Char('\n')) ? 1 : 0);
        if (actualByLine.contains(number)) {
            QStringList cells = text.split(QLatin1Char('|'));
            cells[column] = QStringLiteral(" %1%2").arg(actualByLine.value(number),
                                                        column + 1 < cells.size() ? QStringLiteral(" ") : QString());
            text = cells.join(QLatin1Char('|'));
        }
        out.append(text);
    }
    file.close();
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        file.write(out.join(QLatin1Char('\n')).toUtf8() + '\n');
    }
}

bool regenerating()
{
    return qEnvironmentVariableIsSet("CLEARLINE_GOLDEN_REGENERATE");
}

/// The ids a pack's COVERAGE.md names in backticks.
QSet<QString> coverageIds(const QString &district)
{
    QFile file(QStringLiteral("%1/policies/%2/COVERAGE.md").arg(QString::fromUtf8(test::kSourceDir), district));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    static const QRegularExpression ticked(QStringLiteral("`([a-z0-9-]+)`"));
    QSet<QString> ids;
    auto matches = ticked.globalMatch(QString::fromUtf8(file.readAll()));
    while (matches.hasNext()) {
        ids.insert(matches.next().captured(1));
    }
    return ids;
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data() { districts(); }
    void verdicts();
    void routes_data() { districts(); }
    void routes();
    void duties_data() { districts(); }
    void duties();
    void coverageClaimsAreExercised_data() { districts(); }
    void coverageClaimsAreExercised();

private:
    void districts()
    {
        QTest::addColumn<QString>("district");
        for (const QString &district :
             QDir(QStringLiteral("%1/tests/policy/golden").arg(QString::fromUtf8(test::kSourceDir)))
                 .entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QTest::newRow(qPrintable(district)) << district;
        }
    }

    /// The pack as it is in the source tree (the same file the program
    /// ships), so that a pack edit is checked without a rebuild.
    static policy::PackLoader::Result load(const QString &district)
    {
        return policy::PackLoader::loadFile(
            QStringLiteral("%1/policies/%2/pack.yaml").arg(QString::fromUtf8(test::kSourceDir), district));
    }

    /// The rules that decide at least one verdict line, per district.
    QHash<QString, QSet<QString>> m_decidingRules;
};

void TestGolden::verdicts()
{
    QFETCH(QString, district);
    const auto loaded = load(district);
    QVERIFY2(loaded.pack, qPrintable(district));
    const policy::Pack &pack = *loaded.pack;
    QSet<QString> sections;
    for (const policy::Clause &clause : pack.clauses) {
        sections.insert(clause.section);
    }

    const QString path = goldenDir(district) + QStringLiteral("/verdicts.txt");
    const QList<Line> lines = readTable(path, 7);
    QVERIFY2(lines.size() >= 10, qPrintable(path + QStringLiteral(": too few lines to speak for a policy")));
    QStringList wrong;
    QHash<int, QString> actualByLine;
    for (const Line &line : lines) {
        const QString where = QStringLiteral("%1:%2").arg(path).arg(line.number);
        QVERIFY2(line.cells.size() == 7, qPrintable(where));
        const QString section = line.cells.at(0);
        const QString channel = line.cells.at(2);
        const QString audience = line.cells.at(3);
        QVERIFY2(sections.contains(section), qPrintable(where + QStringLiteral(": no clause has section ") + section));
        QVERIFY2(policy::vocabulary::kChannels.contains(channel), qPrintable(where));

        test::GoldenContact golden = test::goldenContact(pack, channel, audience, line.cells.at(4), line.cells.at(5));
        QVERIFY2(golden.unknown.isEmpty(), qPrintable(where + QStringLiteral(": unknown condition ") + golden.unknown));
        QVERIFY2(golden.purposeFound,
                 qPrintable(where + QStringLiteral(": no purpose of the pack meets exactly these conditions")));
        QList<policy::Authorization> approved;
        for (const QString &procedure : golden.approved) {
            QVERIFY2(pack.procedure(procedure), qPrintable(where + QStringLiteral(": no procedure ") + procedure));
            approved.append(approvedRequest(pack, procedure, channel));
        }
        contacts::ContactEntry &entry = golden.entry;
        const bool offHours = golden.offHours;
        entry.when = moment(pack, offHours);
        QVERIFY2(entry.problem(pack).isEmpty(), qPrintable(where + QStringLiteral(": ") + entry.problem(pack)));

        const contacts::ContactAssessment assessment = contacts::assess(pack, entry, approved);
        if (!assessment.ruleId.isEmpty()) {
            m_decidingRules[district].insert(assessment.ruleId);
        }
        actualByLine.insert(line.number, assessment.verdict);
        if (assessment.verdict != line.cells.at(6)) {
            wrong.append(QStringLiteral("%1: %2 — the policy says %3, ClearLine says %4 (rule %5)")
                             .arg(where, line.cells.at(1), line.cells.at(6), assessment.verdict,
                                  assessment.ruleId.isEmpty() ? QStringLiteral("none") : assessment.ruleId));
        }
    }
    if (regenerating()) {
        rewriteColumn(path, 6, actualByLine);
        return;
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("\n") + wrong.join(QLatin1Char('\n'))));
}

void TestGolden::routes()
{
    QFETCH(QString, district);
    const auto loaded = load(district);
    QVERIFY(loaded.pack);
    const policy::Pack &pack = *loaded.pack;
    const QString path = goldenDir(district) + QStringLiteral("/routes.txt");
    QStringList wrong;
    QHash<int, QString> actualByLine;
    for (const Line &line : readTable(path, 6)) {
        const QString where = QStringLiteral("%1:%2").arg(path).arg(line.number);
        QVERIFY2(line.cells.size() == 6, qPrintable(where));
        // "procedure", "procedure/follow-up", or "procedure?field=value&…"
        // for the route of a request with those answers.
        const QString answers = line.cells.at(2).section(QLatin1Char('?'), 1);
        const QString procedureId = line.cells.at(2).section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), 0, 0);
        const QString followUpId = line.cells.at(2).section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), 1);
        const policy::Procedure *procedure = pack.procedure(procedureId);
        if (!procedure) {
            wrong.append(
                QStringLiteral("%1: %2 — the pack has no procedure %3").arg(where, line.cells.at(1), procedureId));
            continue;
        }
        QString route;
        QStringList notices;
        QString then = QStringLiteral("-");
        if (followUpId.isEmpty()) {
            route = answers.isEmpty() ? routeText(procedure->route) : answeredRouteText(pack, *procedure, answers);
            for (const policy::Ref &notice : procedure->notices) {
                notices.append(notice.id);
            }
            then = procedure->then.isSet() ? procedure->then.id : then;
        } else {
            const auto followUp = std::find_if(procedure->followUps.begin(), procedure->followUps.end(),
                                               [&](const policy::FollowUp &f) { return f.id == followUpId; });
            if (followUp == procedure->followUps.end()) {
                wrong.append(QStringLiteral("%1: the pack has no follow-up %2").arg(where, line.cells.at(2)));
                continue;
            }
            route = routeText(followUp->route);
        }
        const QString actual = QStringLiteral("%1 | %2 | %3").arg(route, listText(notices), then);
        const QString expected =
            QStringLiteral("%1 | %2 | %3").arg(line.cells.at(3), line.cells.at(4), line.cells.at(5));
        actualByLine.insert(line.number, actual);
        if (actual != expected) {
            wrong.append(QStringLiteral("%1: %2 — the policy says [%3], the pack says [%4]")
                             .arg(where, line.cells.at(1), expected, actual));
        }
    }
    if (!regenerating()) {
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("\n") + wrong.join(QLatin1Char('\n'))));
    }
}

void TestGolden::duties()
{
    QFETCH(QString, district);
    const auto loaded = load(district);
    QVERIFY(loaded.pack);
    const policy::Pack &pack = *loaded.pack;
    const QString path = goldenDir(district) + QStringLiteral("/duties.txt");
    const QList<Line> lines = readTable(path, 5);
    QStringList wrong;
    QSet<QString> named;
    for (const Line &line : lines) {
        const QString where = QStringLiteral("%1:%2").arg(path).arg(line.number);
        QVERIFY2(line.cells.size() == 5, qPrintable(where));
        named.insert(line.cells.at(2));
        const auto duty = std::find_if(pack.duties.begin(), pack.duties.end(),
                                       [&](const policy::Duty &d) { return d.id == line.cells.at(2); });
        if (duty == pack.duties.end()) {
            wrong.append(
                QStringLiteral("%1: %2 — the pack has no duty %3").arg(where, line.cells.at(1), line.cells.at(2)));
            continue;
        }
        QStringList roles;
        for (const policy::Ref &role : duty->roles) {
            roles.append(role.id);
        }
        const QString actual = QStringLiteral("%1 | %2").arg(listText(roles), duty->every);
        const QString expected = QStringLiteral("%1 | %2").arg(line.cells.at(3), line.cells.at(4));
        if (actual != expected) {
            wrong.append(QStringLiteral("%1: %2 — the policy says [%3], the pack says [%4]")
                             .arg(where, line.cells.at(1), expected, actual));
        }
    }
    // A duty the policy does not ask for is a chore staff should not have.
    for (const policy::Duty &duty : pack.duties) {
        if (!named.contains(duty.id)) {
            wrong.append(QStringLiteral("%1: the pack's duty %2 is in no line of the table").arg(path, duty.id));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("\n") + wrong.join(QLatin1Char('\n'))));
}

void TestGolden::coverageClaimsAreExercised()
{
    QFETCH(QString, district);
    if (!m_decidingRules.contains(district)) {
        QSKIP("runs after the verdicts of the same district");
    }
    const auto loaded = load(district);
    QVERIFY(loaded.pack);
    const policy::Pack &pack = *loaded.pack;
    const QSet<QString> claimed = coverageIds(district);
    QSet<QString> routed;
    for (const Line &line : readTable(goldenDir(district) + QStringLiteral("/routes.txt"), 6)) {
        routed.insert(line.cells.value(2).section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), 0, 0));
    }
    QStringList unproven;
    for (const policy::Rule &rule : pack.rules) {
        if (claimed.contains(rule.id) && !m_decidingRules.value(district).contains(rule.id)) {
            unproven.append(QStringLiteral("rule %1 decides no line of verdicts.txt").arg(rule.id));
        }
    }
    for (const policy::Procedure &procedure : pack.procedures) {
        if (claimed.contains(procedure.id) && !routed.contains(procedure.id)) {
            unproven.append(QStringLiteral("procedure %1 is in no line of routes.txt").arg(procedure.id));
        }
    }
    QVERIFY2(unproven.isEmpty(),
             qPrintable(QStringLiteral("policies/%1/COVERAGE.md claims what no golden line proves:\n").arg(district) +
                        unproven.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
