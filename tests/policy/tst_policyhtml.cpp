// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpaths.h"

#include "policy/packloader.h"
#include "policy/policyhtml.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace clearline::policy;

namespace {
QString lakeviewFile()
{
    return QDir(QString::fromUtf8(clearline::test::kSourceDir))
        .filePath(QStringLiteral("tests/fixtures/packs/lakeview/pack.yaml"));
}
} // namespace

class TestPolicyHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyClauseHasItsAnchorAndWhatApplies()
    {
        const auto result = PackLoader::loadFile(lakeviewFile());
        QVERIFY(result.pack);
        const QString html = PolicyHtml::render(*result.pack, QStringLiteral("es"));
        for (const Clause &clause : result.pack->clauses) {
            QVERIFY2(html.contains(QStringLiteral("id=\"clause-%1\"").arg(clause.id)), qPrintable(clause.id));
        }
        QVERIFY(html.contains(QLatin1String("<html lang=\"es\">")));
        QVERIFY(html.contains(QLatin1String("Not allowed</span> calls from your own cell phone, texts from your own "
                                            "cell phone with students and parents")));
        QVERIFY(html.contains(QStringLiteral("Sea breve y hable solo de la escuela.")));
        // When a rule applies, with the district's own purposes, and what it
        // asks next with its deadline.
        QVERIFY2(html.contains(QStringLiteral("district e-mail with students from your own device, for Tareas y "
                                              "calificaciones or Un club o un equipo")),
                 qPrintable(html));
        QVERIFY(html.contains(QLatin1String("your personal e-mail with students with a parent or guardian copied; "
                                            "then: tell the Principal (unless you copied them) within 48 hours")));
        QVERIFY(html.contains(QStringLiteral("an approved tool with students to one person alone; then: Reenvíe la "
                                             "conversación a su buzón del distrito within 2 school days")));
        // Nothing from the pack is taken as markup, and nothing is fetched.
        QVERIFY(html.contains(QLatin1String("Content-Security-Policy")));
        QVERIFY(html.contains(QLatin1String("student&#x27;s own phone")) ||
                html.contains(QLatin1String("student's own phone")));
        QVERIFY(!html.contains(QLatin1String("{{")));
        // The statement staff must make is under its clause, in every
        // language of the district, with the district's name filled in.
        const qsizetype clauseAt = html.indexOf(QLatin1String("id=\"clause-personal-accounts\""));
        const qsizetype englishAt =
            html.indexOf(QLatin1String("These posts are my own, not Lakeview Unified School District"));
        QVERIFY(clauseAt >= 0);
        QVERIFY(englishAt > clauseAt);
        QVERIFY(html.contains(QStringLiteral("Estas publicaciones son mías, no de Lakeview Unified School District.")));
    }

    void officialTextIsShownAfterTheSummaries()
    {
        QTemporaryDir dir;
        QFile source(lakeviewFile());
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray text = source.readAll();
        text.replace("  reporting_agency:", "  official_text: official.txt\n  reporting_agency:");
        QFile pack(dir.filePath(QStringLiteral("pack.yaml")));
        QVERIFY(pack.open(QIODevice::WriteOnly));
        pack.write(text);
        pack.close();
        QFile official(dir.filePath(QStringLiteral("official.txt")));
        QVERIFY(official.open(QIODevice::WriteOnly));
        official.write("4.1 Staff <b>shall not</b> give students a personal number.");
        official.close();

        const auto result = PackLoader::loadFile(pack.fileName());
        QVERIFY2(result.pack, qPrintable(result.errors.value(0).toString()));
        const QString html = PolicyHtml::render(*result.pack, QStringLiteral("en"));
        QVERIFY(html.contains(QLatin1String("id=\"official-text\"")));
        QVERIFY(html.contains(QLatin1String("Staff &lt;b&gt;shall not&lt;/b&gt; give")));
        QVERIFY(html.indexOf(QLatin1String("official-text")) > html.indexOf(QLatin1String("clause-yearly-review")));
    }

    // Melrose, Rules of Engagement: "Be transparent" asks staff blogging
    // about their work to say they work for Melrose Public Schools; "Write
    // what you know" asks for a disclaimer on sites outside the district
    // (the postings are one's own, not the district's positions). Each is
    // shown under its own section, with the district's name.
    void melroseStatementsAreShownUnderTheirSections()
    {
        const auto result = PackLoader::loadFile(QDir(QString::fromUtf8(clearline::test::kSourceDir))
                                                     .filePath(QStringLiteral("policies/melrose/pack.yaml")));
        QVERIFY(result.pack);
        const QString html = PolicyHtml::render(*result.pack, QStringLiteral("en"));
        const auto under = [&](const QString &clauseId, const QString &text) {
            const qsizetype clauseAt = html.indexOf(QStringLiteral("id=\"clause-%1\"").arg(clauseId));
            const qsizetype nextAt = html.indexOf(QLatin1String("id=\"clause-"), clauseAt + 1);
            const qsizetype textAt = html.indexOf(text, clauseAt);
            return clauseAt >= 0 && textAt > clauseAt && (nextAt < 0 || textAt < nextAt);
        };
        QVERIFY(under(QStringLiteral("be-transparent"), QStringLiteral("work for Melrose Public Schools")));
        QVERIFY(under(QStringLiteral("write-what-you-know"), QStringLiteral("my own")));
        QVERIFY(under(QStringLiteral("write-what-you-know"), QStringLiteral("positions of Melrose Public Schools")));
    }
};

QTEST_GUILESS_MAIN(TestPolicyHtml)
#include "tst_policyhtml.moc"
