// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/policyhtml.h"

#include "core/htmltemplate.h"
#include "policy/noticetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace clearline::policy {

namespace {

using core::HtmlTemplate::escaped;

QString pick(const Localized &text, const QString &language)
{
    return text.value(language, text.value(QStringLiteral("en")));
}

// What each verdict means to a person, in the page's words.
QString verdictText(const QString &verdict)
{
    if (verdict == QLatin1String("forbidden")) {
        return PolicyHtml::tr("Not allowed");
    }
    if (verdict == QLatin1String("needs-authorization")) {
        return PolicyHtml::tr("Ask first");
    }
    if (verdict == QLatin1String("discouraged")) {
        return PolicyHtml::tr("Discouraged");
    }
    if (verdict == QLatin1String("parent-first")) {
        return PolicyHtml::tr("Contact the parent first");
    }
    return PolicyHtml::tr("Allowed");
}

QString channelText(const QString &channel)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("personal-cell-call"),
         QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "calls from your own cell phone")},
        {QStringLiteral("personal-cell-text"),
         QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "texts from your own cell phone")},
        {QStringLiteral("personal-email"), QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "your personal e-mail")},
        {QStringLiteral("personal-social"),
         QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "your personal social-media accounts")},
        {QStringLiteral("professional-social"),
         QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "a professional social-media account")},
        {QStringLiteral("district-email"), QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "district e-mail")},
        {QStringLiteral("district-phone"), QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "a district phone")},
        {QStringLiteral("approved-tool"), QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "an approved tool")},
        {QStringLiteral("in-person"), QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "in person")}};
    const char *name = names.value(channel);
    return name ? PolicyHtml::tr(name) : channel;
}

QString audienceText(const QString &audience)
{
    if (audience == QLatin1String("students")) {
        return PolicyHtml::tr("with students");
    }
    if (audience == QLatin1String("parents")) {
        return PolicyHtml::tr("with parents");
    }
    return PolicyHtml::tr("with students and parents");
}

QString channelsText(const QStringList &channels)
{
    QStringList names;
    for (const QString &channel : channels) {
        names.append(channelText(channel));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString PolicyHtml::render(const Pack &pack, const QString &language)
{
    QString clauses;
    for (const Clause &clause : pack.clauses) {
        QString applies;
        for (const Rule &rule : pack.rules) {
            if (rule.clause.id != clause.id) {
                continue;
            }
            applies += QStringLiteral("<li><span class=\"verdict %1\">%2</span> %3 %4%5</li>")
                           .arg(escaped(rule.verdict), escaped(verdictText(rule.verdict)),
                                escaped(channelsText(rule.channels)), escaped(audienceText(rule.audience)),
                                rule.advice.isEmpty() ? QString()
                                                      : QStringLiteral(": ") + escaped(pick(rule.advice, language)));
        }
        // A statement staff must make, in every language the district gives
        // it in, to copy as it is.
        for (const Statement &statement : pack.statements) {
            if (statement.clause.id != clause.id) {
                continue;
            }
            const QMap<QString, QString> values{{QStringLiteral("district_name"), pack.district.name},
                                                {QStringLiteral("staff_name"), tr("[your name]")}};
            QString texts;
            for (const QString &code : pack.district.languages) {
                texts += QStringLiteral("<li lang=\"%1\"><q>%2</q></li>")
                             .arg(escaped(code), escaped(fillText(statement.text, code, values)));
            }
            applies +=
                QStringLiteral("<li><span class=\"verdict statement\">%1</span> %2<ul>%3</ul></li>")
                    .arg(escaped(tr("Say it")), escaped(tr("When: %1").arg(pick(statement.when, language))), texts);
        }
        for (const Procedure &procedure : pack.procedures) {
            const bool cites = std::any_of(procedure.clauses.begin(), procedure.clauses.end(),
                                           [&](const Ref &ref) { return ref.id == clause.id; });
            if (cites) {
                applies += QStringLiteral("<li><span class=\"verdict procedure\">%1</span> %2</li>")
                               .arg(escaped(tr("Request")), escaped(pick(procedure.title, language)));
            }
        }
        clauses += QStringLiteral("<section class=\"clause\" id=\"clause-%1\"><h2><span class=\"section\">§ %2</span> "
                                  "%3</h2><p>%4</p>%5</section>\n")
                       .arg(escaped(clause.id), escaped(clause.section), escaped(clause.title),
                            escaped(clause.summary.trimmed()),
                            applies.isEmpty() ? QString() : QStringLiteral("<ul>") + applies + QStringLiteral("</ul>"));
    }
    // The district's own text, when it ships one beside the pack, follows the
    // summaries: the summaries help, the official text is what counts.
    QString official;
    if (!pack.district.officialText.isEmpty()) {
        QFile file(QFileInfo(pack.file).dir().filePath(pack.district.officialText));
        if (file.open(QIODevice::ReadOnly)) {
            official =
                QStringLiteral("<section class=\"official\" id=\"official-text\"><h2>%1</h2><pre>%2</pre></section>")
                    .arg(escaped(tr("The district's official text")), escaped(QString::fromUtf8(file.readAll())));
        }
    }
    const QHash<QString, QString> values{
        {QStringLiteral("lang"), escaped(language)},
        {QStringLiteral("style"), core::HtmlTemplate::read(QStringLiteral("policy.css"))},
        {QStringLiteral("district"), escaped(pack.district.name)},
        {QStringLiteral("policy_title"), escaped(pack.district.policyTitle)},
        {QStringLiteral("note"), escaped(tr("Each section is summarized in plain words. The district's official "
                                            "text is what counts."))},
        {QStringLiteral("clauses"), clauses + official},
    };
    return core::HtmlTemplate::fill(QStringLiteral("policy.html"), values);
}

} // namespace clearline::policy
