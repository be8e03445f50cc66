// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recordsummary.h"

#include "records/recordkinds.h"
#include "requests/acknowledgment.h"
#include "requests/duty.h"
#include "requests/requestfiling.h"
#include "requests/requeststatus.h"
#include "requests/trustedroute.h"

#include "ledger/memo.h"
#include "policy/pack.h"

#include <QCoreApplication>
#include <QLocale>

namespace clearline::ui {

namespace {

struct RecordSummary
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ui::RecordSummary)
};

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

QString memoHtml(const QJsonObject &payload)
{
    const ledger::Memo memo = ledger::Memo::fromPayload(payload);
    QString html = QStringLiteral("<h2>%1</h2>").arg(memo.title.toHtmlEscaped()) + paragraph(memo.text);
    for (const auto &attachment : memo.attachments) {
        html += paragraph(
            RecordSummary::tr("Attached: %1 (%2)").arg(attachment.name, QLocale().formattedDataSize(attachment.size)));
    }
    return html;
}

QString requestHtml(const policy::Pack *pack, const QJsonObject &payload)
{
    const requests::Request request =
        pack ? requests::readRequest(*pack, payload) : requests::Request::fromPayload(payload);
    QString html = QStringLiteral("<h2>%1</h2>").arg(request.title.toHtmlEscaped());
    const QDate today = pack ? requests::districtToday(*pack) : QDate::currentDate();
    html += paragraph(requests::RequestStatus::of(request, today).description());
    const policy::Procedure *procedure = pack ? pack->procedure(request.form.procedureId) : nullptr;
    html += QStringLiteral("<table cellspacing=\"4\">");
    if (procedure) {
        for (const policy::Field &field : procedure->fields) {
            if (const QString answer = request.form.answer(field.id); !answer.isEmpty()) {
                html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                            .arg(policy::localizedText(field.label).toHtmlEscaped(),
                                 requests::answerText(*pack, *procedure->field(field.id), answer).toHtmlEscaped());
            }
        }
    } else {
        for (auto it = request.form.answers.constBegin(); it != request.form.answers.constEnd(); ++it) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(it.key().toHtmlEscaped(), it.value().toHtmlEscaped());
        }
    }
    html += QStringLiteral("</table>");
    if (!request.route.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(RecordSummary::tr("Route"));
        for (const requests::PlannedStep &step : request.route) {
            html += QStringLiteral("<li>%1</li>").arg(step.sentence().toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
    }
    return html;
}

} // namespace

QString kindName(const QString &kind)
{
    if (kind == ledger::Memo::kKind) {
        return RecordSummary::tr("Memo");
    }
    if (kind == requests::Request::kKind) {
        return RecordSummary::tr("Request");
    }
    if (kind == requests::Acknowledgment::kKind) {
        return RecordSummary::tr("Acknowledgment");
    }
    if (kind == requests::DutyDone::kKind) {
        return RecordSummary::tr("Duty done");
    }
    return records::RecordKinds::name(kind);
}

QString recordSummaryHtml(const policy::Pack *pack, const QString &kind, const QJsonObject &payload)
{
    if (kind == ledger::Memo::kKind) {
        return memoHtml(payload);
    }
    if (kind == requests::Request::kKind) {
        return requestHtml(pack, payload);
    }
    if (kind == requests::DutyDone::kKind) {
        // The person's note says what they did; the title, which duty.
        const QString note = requests::DutyDone::fromPayload(payload).note;
        return QStringLiteral("<h2>%1</h2>").arg(payload.value(QStringLiteral("title")).toString().toHtmlEscaped()) +
               (note.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped()));
    }
    return QStringLiteral("<h2>%1</h2>").arg(payload.value(QStringLiteral("title")).toString().toHtmlEscaped());
}

bool isWithdrawn(const QString &kind, const QJsonObject &payload)
{
    return kind == requests::Request::kKind &&
           requests::Request::fromPayload(payload).standing == requests::Request::Standing::Withdrawn;
}

} // namespace clearline::ui
