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

// When a rule applies, in the page's words; a purpose condition names the
// district's own purposes that meet it.
QString conditionText(const Pack &pack, const QString &condition, const QString &language)
{
    if (condition == QLatin1String("educational-purpose") || condition == QLatin1String("emergency")) {
        QStringList labels;
        for (const Purpose &purpose : pack.purposes) {
            if (purpose.countsAs.contains(condition)) {
                labels.append(pick(purpose.label, language).trimmed());
            }
        }
        return PolicyHtml::tr("for %1").arg(labels.join(PolicyHtml::tr(" or ")));
    }
    if (condition.startsWith(QLatin1String("grades:"))) {
        return PolicyHtml::tr("in grades %1").arg(condition.mid(7));
    }
    if (condition.startsWith(QLatin1String("family:"))) {
        const FamilyTie *tie = pack.familyTie(condition.mid(7));
        return PolicyHtml::tr("when the student is %1")
            .arg(tie ? pick(tie->label, language).trimmed() : condition.mid(7));
    }
    if (condition.startsWith(QLatin1String("copied:"))) {
        const Role *role = pack.role(condition.mid(7));
        return PolicyHtml::tr("with the %1 copied").arg(role ? role->title : condition.mid(7));
    }
    static const QHash<QString, const char *> words{
        {QStringLiteral("off-hours"), QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "outside school hours")},
        {QStringLiteral("school-sponsored-trip"),
         QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "for a school-sponsored trip")},
        {QStringLiteral("own-child"), QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "with your own child")},
        {QStringLiteral("one-to-one"), QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "to one person alone")},
        {QStringLiteral("group-message"),
         QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "to a group, a class or a team")},
        {QStringLiteral("parent-copied"),
         QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "with a parent or guardian copied")},
        {QStringLiteral("district-device"),
         QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "from a district device")},
        {QStringLiteral("personal-device"), QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "from your own device")},
        {QStringLiteral("student-phone"),
         QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "to the student's own phone")},
        {QStringLiteral("family-phone"), QT_TRANSLATE_NOOP("clearline::policy::PolicyHtml", "to the family's phone")}};
    const char *text = words.value(condition);
    return text ? PolicyHtml::tr(text) : condition;
}

QString periodText(const Period &period)
{
    switch (period.unit) {
    case Period::Unit::Hours:
        return PolicyHtml::tr("within %1 hours").arg(period.count);
    case Period::Unit::Days:
        return PolicyHtml::tr("within %1 days").arg(period.count);
    case Period::Unit::SchoolDays:
        break;
    }
    return PolicyHtml::tr("within %1 school days").arg(period.count);
}

// What a rule applies to and what it asks next, after its channels.
QString ruleDetails(const Pack &pack, const Rule &rule, const QString &language)
{
    QStringList when;
    for (const QString &condition : rule.when) {
        when.append(conditionText(pack, condition, language));
    }
    QString details = when.isEmpty() ? QString() : QLatin1Char(' ') + when.join(QStringLiteral(", "));
    QStringList then;
    for (const ContactToDo &toDo : rule.toDo) {
        QString what;
        if (!toDo.text.isEmpty()) {
            what = pick(toDo.text, language).trimmed();
        } else if (toDo.action == QLatin1String("notify")) {
            const Role *role = pack.role(toDo.role.id);
            what = PolicyHtml::tr("tell the %1").arg(role ? role->title : toDo.role.id);
            if (toDo.unlessCopied) {
                what = PolicyHtml::tr("%1 (unless you copied them)").arg(what);
            }
        } else if (toDo.action == QLatin1String("forward-copy")) {
            what = PolicyHtml::tr("forward a copy to your district account");
        } else if (toDo.action == QLatin1String("copy-parent")) {
            what = PolicyHtml::tr("send a copy to the parent or guardian");
        } else {
            what = PolicyHtml::tr("write a memo");
        }
        then.append(toDo.within.isSet() ? QStringLiteral("%1 %2").arg(what, periodText(toDo.within)) : what);
    }
    if (!then.isEmpty()) {
        details += PolicyHtml::tr("; then: %1").arg(then.join(QStringLiteral("; ")));
    }
    return details;
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
            applies += QStringLiteral("<li><span class=\"verdict %1\">%2</span> %3 %4%5%6</li>")
                           .arg(escaped(rule.verdict), escaped(verdictText(rule.verdict)),
                                escaped(channelsText(rule.channels)), escaped(audienceText(rule.audience)),
                                escaped(ruleDetails(pack, rule, language)),
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
