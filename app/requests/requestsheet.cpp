// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/requestsheet.h"

#include "requests/review.h"
#include "requests/trustedroute.h"

#include "core/htmltemplate.h"
#include "core/zonedtime.h"
#include "crypto/digest.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace clearline::requests {

namespace {

using core::HtmlTemplate::escaped;

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

QString clauseLink(const policy::Pack &pack, const QString &clauseId)
{
    const policy::Clause *clause = pack.clause(clauseId);
    if (!clause) {
        return {};
    }
    return QStringLiteral("<a href=\"clause:%1\">§%2</a>").arg(escaped(clause->id), escaped(clause->section));
}

QString timeIn(const QDateTime &at, const QString &zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    return at.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

bool verified(const ledger::Revision &revision)
{
    return revision.hashMatches() && revision.signatureValid();
}

} // namespace

std::optional<RequestSheet> RequestSheet::load(const ledger::Ledger &ledger, const policy::Pack &pack,
                                               const QString &recordId, const QDate &today, QString *error)
{
    const auto summary = ledger.record(recordId);
    const QList<ledger::Revision> versions =
        summary && summary->kind == Request::kKind ? ledger.history(recordId) : QList<ledger::Revision>{};
    if (versions.isEmpty()) {
        *error = tr("There is no request %1 in this profile.").arg(recordId);
        return std::nullopt;
    }
    const DecisionBook book(ledger, pack);
    RequestSheet sheet;
    sheet.recordId = recordId;
    const ledger::Revision &head = versions.constLast();
    sheet.request = readRequest(pack, head.payload);
    sheet.decisions = book.on(recordId, head, sheet.request);
    sheet.status = RequestStatus::of(sheet.request, today, sheet.decisions);
    sheet.checks = ReviewChecks::of(pack, sheet.request, today);
    // A route that is not the policy's is the first thing an approver must see.
    if (const QString notice = sheet.request.routeNotice(); !notice.isEmpty()) {
        sheet.checks.prepend({notice, {}});
    }
    sheet.requesterName = book.authority().nameOf(versions.constFirst().authorKey);
    if (sheet.requesterName.isEmpty()) {
        sheet.requesterName = versions.constFirst().authorId;
    }
    const QString zone = pack.district.timezone;
    for (qsizetype index = 0; index < versions.size(); ++index) {
        const ledger::Revision &version = versions.at(index);
        const Request asSent = readRequest(pack, version.payload);
        QString what = tr("Sent the request");
        if (index > 0) {
            what = asSent.standing == Request::Standing::Withdrawn
                       ? tr("Withdrew it: %1").arg(version.reason)
                       : tr("Corrected and sent again: %1").arg(version.reason);
        }
        const QString name = book.authority().nameOf(version.authorKey);
        sheet.signatures.append({what,
                                 name.isEmpty() ? version.authorId : name,
                                 tr("Requester"),
                                 version.created,
                                 zone,
                                 crypto::fingerprint(version.authorKey),
                                 {},
                                 int(index) + 1,
                                 verified(version)});
        const DecisionBook::Sorted answers = book.sort(recordId, version, asSent);
        for (const StepDecision &decision : answers.counted) {
            const PlannedStep &step = asSent.route.at(decision.step);
            const auto decisionRecord = ledger.record(decision.decisionId);
            const auto signedDecision =
                decisionRecord ? ledger.revision(decisionRecord->headRevision) : std::optional<ledger::Revision>{};
            sheet.signatures.append({capitalized(Decision::actionText(decision.action)), decision.byName,
                                     decision.asDesigneeOf.isEmpty()
                                         ? step.roleTitle
                                         : tr("designee of %1 for the %2").arg(decision.asDesigneeOf, step.roleTitle),
                                     decision.at, zone, crypto::fingerprint(decision.byKey), decision.comment,
                                     int(index) + 1, signedDecision && verified(*signedDecision)});
        }
        // Shown so that nobody wonders where an answer went, and marked so
        // that nobody takes it for one that counts.
        for (const UncountedDecision &uncounted : answers.uncounted) {
            const StepDecision &decision = uncounted.decision;
            const auto decisionRecord = ledger.record(decision.decisionId);
            const auto signedDecision =
                decisionRecord ? ledger.revision(decisionRecord->headRevision) : std::optional<ledger::Revision>{};
            sheet.signatures.append({capitalized(Decision::actionText(decision.action)), decision.byName,
                                     tr("does not count: %1").arg(uncounted.why), decision.at, zone,
                                     crypto::fingerprint(decision.byKey), decision.comment, int(index) + 1,
                                     signedDecision && verified(*signedDecision)});
        }
    }
    return sheet;
}

QString RequestSheet::answersHtml(const policy::Pack &pack) const
{
    const policy::Procedure *procedure = pack.procedure(request.form.procedureId);
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(escaped(tr("The request as it was filled in")));
    if (procedure) {
        for (const policy::Field &field : procedure->fields) {
            const QString answer = request.form.answer(field.id);
            html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                        .arg(escaped(policy::localizedText(field.label)),
                             answer.isEmpty() ? QStringLiteral("—")
                                              : escaped(answerText(pack, field, answer))
                                                    .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
    }
    if (!request.note.isEmpty()) {
        html +=
            QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(escaped(tr("What happened")), escaped(request.note));
    }
    html += QStringLiteral("</table>");
    if (procedure && !procedure->checklist.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(escaped(tr("The checklist")));
        for (const policy::ChecklistItem &item : procedure->checklist) {
            html += QStringLiteral("<li>%1 %2 %3</li>")
                        .arg(request.form.isTicked(item.id) ? QStringLiteral("☑") : QStringLiteral("☐"),
                             escaped(policy::localizedText(item.text).simplified()), clauseLink(pack, item.clause.id));
        }
        html += QStringLiteral("</ul>");
    }
    if (procedure && !procedure->clauses.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(escaped(tr("What the policy says")));
        for (const policy::Ref &ref : procedure->clauses) {
            if (const policy::Clause *clause = pack.clause(ref.id)) {
                html += QStringLiteral("<li>%1 %2: %3</li>")
                            .arg(clauseLink(pack, clause->id), escaped(clause->title),
                                 escaped(clause->summary.simplified()));
            }
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("What ClearLine checked")));
    if (checks.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Nothing in this request stands out against the policy.")));
    } else {
        html += QStringLiteral("<ul>");
        for (const ReviewCheck &check : checks) {
            html += QStringLiteral("<li class=\"check\">%1 %2</li>")
                        .arg(escaped(check.text), clauseLink(pack, check.clauseId));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString RequestSheet::routeHtml(const policy::Pack &pack) const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(tr("The route")));
    if (request.routeCheck == Request::RouteCheck::NotInPolicy) {
        return html + QStringLiteral("<p class=\"bad\">%1</p>").arg(escaped(request.routeNotice()));
    }
    if (request.route.isEmpty()) {
        return html + QStringLiteral("<p>%1</p>")
                          .arg(escaped(tr("Nobody approves this kind of request; it is kept as a record.")));
    }
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>")
                .arg(escaped(tr("Step")), escaped(tr("Where it stands")));
    const bool ended = status.state == RequestStatus::State::Denied || status.state == RequestStatus::State::Returned;
    for (qsizetype index = 0; index < request.route.size(); ++index) {
        const PlannedStep &step = request.route.at(index);
        QString outcome;
        const StepDecision *decided = decisionOn(decisions, int(index));
        if (decided) {
            outcome = tr("%1 by %2 on %3")
                          .arg(capitalized(Decision::actionText(decided->action)), decided->byName,
                               core::zonedTimeText(decided->at, core::zoneNamed(pack.district.timezone)));
            if (!decided->comment.isEmpty()) {
                outcome += QStringLiteral(": \"%1\"").arg(decided->comment);
            }
        } else if (!step.waitsForAnswer()) {
            outcome = tr("Informed when it was sent");
        } else if (ended) {
            outcome = tr("Not reached");
        } else if (step.stage == status.currentStage) {
            outcome = tr("Waiting for this step now");
        } else if (status.currentStage >= 0 && step.stage > status.currentStage) {
            outcome = tr("Comes after the steps before it");
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(escaped(step.sentence()), escaped(outcome));
    }
    return html + QStringLiteral("</table>");
}

QString RequestSheet::signaturesHtml() const
{
    QString html = QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                       .arg(escaped(tr("Signatures")), escaped(tr("What")), escaped(tr("Name")), escaped(tr("Role")),
                            escaped(tr("Time")), escaped(tr("Key fingerprint")));
    for (const SheetSignature &signature : signatures) {
        QString what = escaped(signature.what);
        if (!signature.comment.isEmpty()) {
            what += QStringLiteral("<br>\"%1\"").arg(escaped(signature.comment));
        }
        if (!signature.verified) {
            what +=
                QStringLiteral("<br><span class=\"bad\">%1</span>")
                    .arg(escaped(tr("This signature does not check out: the record was changed after it was signed.")));
        }
        html +=
            QStringLiteral("<tr><td>%1<br><small>%2</small></td><td>%3</td><td>%4</td><td class=\"time\">%5</td><td "
                           "class=\"fingerprint\">%6</td></tr>")
                .arg(what, escaped(tr("version %1").arg(signature.version)), escaped(signature.name),
                     escaped(signature.role), escaped(timeIn(signature.at, signature.zone)),
                     escaped(signature.fingerprint));
    }
    return html + QStringLiteral("</table>");
}

QString RequestSheet::html(const policy::Pack &pack) const
{
    QString sections = answersHtml(pack) + routeHtml(pack) + signaturesHtml();
    const bool allVerified =
        std::all_of(signatures.begin(), signatures.end(), [](const SheetSignature &s) { return s.verified; });
    const QHash<QString, QString> values{
        {QStringLiteral("lang"), escaped(QLocale().name().section(QLatin1Char('_'), 0, 0))},
        {QStringLiteral("style"), core::HtmlTemplate::read(QStringLiteral("request.css"))},
        {QStringLiteral("district"), escaped(pack.district.name)},
        {QStringLiteral("title"), escaped(request.title)},
        {QStringLiteral("meta"),
         escaped(tr("Asked by %1 on %2 · record %3")
                     .arg(requesterName, QLocale().toString(request.sentOn, QLocale::LongFormat), recordId))},
        {QStringLiteral("status"), escaped(status.description())},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("footer"),
         escaped(allVerified ? tr("Every signature above was checked against its key when this page was made.")
                             : tr("At least one signature above does not check out; see the marked rows."))}};
    return core::HtmlTemplate::fill(QStringLiteral("request.html"), values);
}

} // namespace clearline::requests
