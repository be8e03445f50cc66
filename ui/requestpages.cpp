// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/requestpages.h"

#include "requests/formcheck.h"
#include "requests/platformlist.h"
#include "requests/request.h"
#include "requests/requestfiling.h"
#include "requests/requeststatus.h"
#include "requests/trustedroute.h"

#include "ui/fieldeditor.h"
#include "ui/requestwizard.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {

const QString kClauseScheme = QStringLiteral("clause:");
const QString kSwitchLink = QStringLiteral("switch:");

QLabel *wrapped(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    // Selectable and clickable with the mouse, but not a stop for Tab:
    // keyboard users move from answer to answer.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    return label;
}

QLabel *problemLabel()
{
    auto *label = wrapped(QString());
    label->setObjectName(QStringLiteral("problem"));
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa4, 0x00, 0x0f)); // dark red: readable, and not the only cue
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

/// Routes the links of a page's labels: clauses to the policy viewer, a
/// "switch" to another procedure's wizard.
void followLinks(QLabel *label, RequestWizard *wizard)
{
    QObject::connect(label, &QLabel::linkActivated, wizard, [wizard](const QString &link) {
        if (link.startsWith(kClauseScheme)) {
            wizard->requestClause(link.mid(kClauseScheme.size()));
        }
    });
}

/// A page's content, scrolled when it is taller than the window.
QVBoxLayout *scrolledContent(QWizardPage *page)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text wraps instead
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return layout;
}

/// Ticks its check box when the (wrapped) text beside it is clicked, as a
/// check box's own text would.
class ClickToTick : public QObject
{
public:
    ClickToTick(QLabel *label, QCheckBox *box)
        : QObject(label)
        , m_box(box)
    {
        label->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease &&
            static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            m_box->toggle();
            m_box->setFocus();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QCheckBox *m_box;
};

} // namespace

QLabel *clauseLink(const policy::Pack &pack, const QString &clauseId, ClauseLinkStyle style, QWidget *parent)
{
    const policy::Clause *clause = pack.clause(clauseId);
    if (!clause) {
        return nullptr;
    }
    const QString link =
        QStringLiteral("<a href=\"%1%2\">%3</a>")
            .arg(kClauseScheme, clauseId,
                 (style == ClauseLinkStyle::Section ? RequestWizard::tr("§%1").arg(clause->section)
                                                    : RequestWizard::tr("§%1 %2").arg(clause->section, clause->title))
                     .toHtmlEscaped());
    auto *label = new QLabel(
        style == ClauseLinkStyle::FromYourPolicy ? RequestWizard::tr("From your policy: %1").arg(link) : link, parent);
    label->setToolTip(RequestWizard::tr("Open your policy at §%1 %2").arg(clause->section, clause->title));
    label->setAccessibleName(RequestWizard::tr("Policy clause %1: %2").arg(clause->section, clause->title));
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setWordWrap(true);
    return label;
}

IntroPage::IntroPage(const policy::Pack &pack, const policy::Procedure &procedure, RequestWizard *wizard)
    : QWizardPage(wizard)
{
    setTitle(policy::localizedText(procedure.title));
    QVBoxLayout *layout = scrolledContent(this);
    layout->addWidget(wrapped(policy::localizedText(procedure.summary)));
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("What your policy says about it:")));
    for (const policy::Ref &ref : procedure.clauses) {
        if (QLabel *link = clauseLink(pack, ref.id, ClauseLinkStyle::Title)) {
            followLinks(link, wizard);
            layout->addWidget(link);
        }
    }
    if (!procedure.alternatives.isEmpty()) {
        layout->addSpacing(8);
        layout->addWidget(new QLabel(tr("Other ways your policy offers:")));
        for (const policy::Ref &ref : procedure.alternatives) {
            const auto it = std::find_if(pack.alternatives.begin(), pack.alternatives.end(),
                                         [&](const policy::Alternative &a) { return a.id == ref.id; });
            if (it != pack.alternatives.end()) {
                layout->addWidget(wrapped(QStringLiteral("• ") + policy::localizedText(it->text)));
            }
        }
    }
    layout->addSpacing(8);
    layout->addWidget(wrapped(tr("Your answers are kept as a draft as you go: you can close this window at any "
                                 "time and finish later from the home screen.")));
    layout->addStretch();
}

FieldsPage::FieldsPage(const policy::Pack &pack, const QList<policy::Field> &fields, RequestWizard *wizard)
    : QWizardPage(wizard)
    , m_pack(pack)
    , m_wizard(wizard)
    , m_missing(wrapped(QString()))
{
    setTitle(policy::localizedText(wizard->procedure().title));
    QVBoxLayout *layout = scrolledContent(this);
    QString shownClause;
    for (const policy::Field &field : fields) {
        auto *label = new QLabel(policy::localizedText(field.label) + (field.required ? QString() : tr(" (optional)")));
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setWordWrap(true);
        auto *editor = new FieldEditor(pack, field);
        label->setBuddy(editor->input());
        editor->setValue(wizard->form().answers.value(field.id));
        layout->addWidget(label);
        // The clause a field comes from, once for the fields that share it.
        if (field.clause.isSet() && field.clause.id != shownClause) {
            if (QLabel *link = clauseLink(pack, field.clause.id, ClauseLinkStyle::FromYourPolicy)) {
                followLinks(link, wizard);
                layout->addWidget(link);
                shownClause = field.clause.id;
            }
        }
        QString help = policy::localizedText(field.help);
        const requests::PlatformList platforms(pack, QDate::currentDate());
        if (field.type == QLatin1String("platform") && platforms.isKeptElsewhere()) {
            const policy::Role *owner = pack.role(pack.platforms.listOwner.id);
            help += (help.isEmpty() ? QString() : QStringLiteral(" ")) +
                    (owner ? tr("Your district's list of approved platforms is kept by the %1, not in ClearLine: "
                                "check that yours is on this year's list.")
                                 .arg(owner->title)
                           : tr("Check that the platform is on your district's approved list."));
        } else if (field.type == QLatin1String("platform") && platforms.isLapsed()) {
            help += (help.isEmpty() ? QString() : QStringLiteral(" ")) +
                    tr("The list offered here is last year's: your district has not yet renewed it for this school "
                       "year, so your approver will check the platform again.");
        }
        if (!help.isEmpty()) {
            layout->addWidget(wrapped(help));
        }
        layout->addWidget(editor);
        QLabel *problem = problemLabel();
        connect(problem, &QLabel::linkActivated, wizard, [this, field](const QString &link) {
            if (link.startsWith(kSwitchLink)) {
                // A platform that is not listed: ask for its review instead.
                requests::RequestForm review;
                review.procedureId = link.mid(kSwitchLink.size());
                if (const policy::Procedure *target = m_pack.procedure(review.procedureId)) {
                    for (const policy::Field &first : target->fields) {
                        if (first.type == QLatin1String("text")) {
                            review.answers.insert(first.id, m_wizard->form().answer(field.id));
                            break;
                        }
                    }
                }
                m_wizard->switchTo(review);
            }
        });
        layout->addWidget(problem);
        layout->addSpacing(6);
        m_editors.append(editor);
        m_problems.append(problem);
        connect(editor, &FieldEditor::changed, this, [this, editor] {
            m_wizard->setAnswer(editor->field().id, editor->value());
            check();
        });
    }
    layout->addWidget(m_missing);
    layout->addStretch();
}

void FieldsPage::initializePage()
{
    check();
}

void FieldsPage::focusFirstAnswer()
{
    if (!m_editors.isEmpty()) {
        m_editors.first()->input()->setFocus(Qt::TabFocusReason);
    }
}

void FieldsPage::check()
{
    const requests::FormCheck checker(m_pack);
    QStringList missing;
    for (qsizetype i = 0; i < m_editors.size(); ++i) {
        const policy::Field &field = m_editors.at(i)->field();
        const QString value = m_editors.at(i)->value().trimmed();
        // An empty answer is not an error yet, only something still to do.
        QString problem = value.isEmpty() ? QString() : checker.fieldProblem(field, value);
        if (value.isEmpty() && field.required) {
            missing.append(policy::localizedText(field.label));
        }
        if (!problem.isEmpty() && field.type == QLatin1String("platform") &&
            m_pack.platforms.requestProcedure.isSet()) {
            problem += QStringLiteral(" <a href=\"%1%2\">%3</a>")
                           .arg(kSwitchLink, m_pack.platforms.requestProcedure.id,
                                tr("Ask for it to be reviewed instead").toHtmlEscaped());
        }
        m_problems.at(i)->setText(problem);
        m_problems.at(i)->setVisible(!problem.isEmpty());
    }
    m_missing->setText(missing.isEmpty() ? QString() : tr("Still to answer: %1.").arg(missing.join(tr(", "))));
    m_missing->setVisible(!missing.isEmpty());
    Q_EMIT completeChanged();
}

bool FieldsPage::isComplete() const
{
    const requests::FormCheck checker(m_pack);
    return std::all_of(m_editors.begin(), m_editors.end(), [&](const FieldEditor *editor) {
        return checker.fieldProblem(editor->field(), editor->value()).isEmpty();
    });
}

ChecklistPage::ChecklistPage(const policy::Pack &pack, const policy::Procedure &procedure, RequestWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_left(wrapped(QString()))
{
    setTitle(tr("Before you send it"));
    QVBoxLayout *layout = scrolledContent(this);
    layout->addWidget(wrapped(tr("Tick each statement that is true. Your policy asks for every one of them; the "
                                 "link beside each opens the clause it comes from.")));
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const policy::ChecklistItem &item : procedure.checklist) {
        const QString text = policy::localizedText(item.text);
        auto *box = new QCheckBox;
        box->setObjectName(item.id);
        box->setAccessibleName(text);
        box->setChecked(wizard->form().isTicked(item.id));
        auto *label = wrapped(text);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
        new ClickToTick(label, box);
        grid->addWidget(box, row, 0, Qt::AlignTop);
        grid->addWidget(label, row, 1, Qt::AlignTop);
        if (QLabel *link = clauseLink(pack, item.clause.id, ClauseLinkStyle::Section)) {
            followLinks(link, wizard);
            link->setMaximumWidth(link->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 9);
            grid->addWidget(link, row, 2, Qt::AlignTop);
        }
        connect(box, &QCheckBox::toggled, this, [this, id = item.id](bool on) {
            m_wizard->setTicked(id, on);
            initializePage();
            Q_EMIT completeChanged();
        });
        m_boxes.append(box);
        ++row;
    }
    layout->addLayout(grid);
    layout->addWidget(m_left);
    layout->addStretch();
}

void ChecklistPage::initializePage()
{
    const auto left =
        std::count_if(m_boxes.begin(), m_boxes.end(), [](const QCheckBox *box) { return !box->isChecked(); });
    m_left->setText(left == 0 ? QString() : tr("%n statement(s) still to tick.", nullptr, int(left)));
}

bool ChecklistPage::isComplete() const
{
    return std::all_of(m_boxes.begin(), m_boxes.end(), [](const QCheckBox *box) { return box->isChecked(); });
}

ReviewPage::ReviewPage(const policy::Pack &pack, const policy::Procedure &procedure, RequestWizard *wizard)
    : QWizardPage(wizard)
    , m_pack(pack)
    , m_procedure(procedure)
    , m_wizard(wizard)
    , m_summary(wrapped(QString()))
    , m_error(problemLabel())
{
    setTitle(tr("Check and send"));
    setCommitPage(true);
    QVBoxLayout *layout = scrolledContent(this);
    layout->addWidget(wrapped(tr("When you send it, ClearLine signs the request with your key and keeps it in "
                                 "your records. After that it can be corrected or withdrawn, never erased.")));
    m_summary->setAccessibleName(tr("Your request"));
    layout->addWidget(m_summary);
    if (wizard->isCorrection()) {
        auto *label = new QLabel(tr("&Why are you correcting it?"));
        m_reason = new QLineEdit;
        m_reason->setAccessibleName(tr("Why are you correcting it?"));
        label->setBuddy(m_reason);
        connect(m_reason, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        layout->addWidget(label);
        layout->addWidget(m_reason);
    }
    layout->addWidget(m_error);
    layout->addStretch();
}

void ReviewPage::initializePage()
{
    const requests::RequestForm &form = m_wizard->form();
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">")
                       .arg(requests::Request::titleFor(m_procedure, form).toHtmlEscaped());
    for (const policy::Field &field : m_procedure.fields) {
        const QString answer = form.answer(field.id);
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(policy::localizedText(field.label).toHtmlEscaped(),
                         answer.isEmpty() ? tr("(not given)")
                                          : requests::answerText(m_pack, field, answer).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (!m_procedure.checklist.isEmpty()) {
        html += QStringLiteral("<p>") +
                tr("You confirmed all %n statement(s) of the checklist.", nullptr, int(m_procedure.checklist.size())) +
                QStringLiteral("</p>");
    }
    const requests::RoutePlan route = requests::planRoute(m_pack, m_procedure.route, m_procedure, form,
                                                          m_wizard->personSchool(), requests::districtToday(m_pack));
    html += QStringLiteral("<h3>") + tr("What happens next") + QStringLiteral("</h3>");
    if (route.isEmpty()) {
        html += QStringLiteral("<p>") + tr("Nobody needs to approve this: it is kept as your record.") +
                QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<ol>");
        int stage = -1;
        for (const requests::PlannedStep &step : route) {
            if (step.stage != stage) {
                if (stage >= 0) {
                    html += QStringLiteral("</li>");
                }
                html += QStringLiteral("<li>");
                stage = step.stage;
            } else {
                html += QStringLiteral("<br>") + tr("and at the same time, ");
            }
            html += step.sentence().toHtmlEscaped();
        }
        html += QStringLiteral("</li></ol>");
    }
    m_summary->setText(html);
    m_error->setVisible(false);
}

bool ReviewPage::isComplete() const
{
    return !m_reason || !m_reason->text().trimmed().isEmpty();
}

bool ReviewPage::validatePage()
{
    QString error;
    if (m_wizard->send(m_reason ? m_reason->text().trimmed() : QString(), &error)) {
        return true;
    }
    m_error->setText(error);
    m_error->setVisible(true);
    return false;
}

QString ReviewPage::summary() const
{
    return m_summary->text();
}

DonePage::DonePage(RequestWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(wrapped(QString()))
{
    // Nothing has left the laptop yet: say so, and how it will.
    setTitle(tr("Signed and saved"));
    m_status->setAccessibleName(tr("Where your request stands"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(wrapped(tr("It is kept on this computer, signed with your key. It reaches the people who must "
                                 "see it when your records next go out: through your shared folder, if ClearLine "
                                 "has one, or when you choose File, Send records to…")));
    layout->addWidget(wrapped(tr("You can follow it under \"Your requests\" on the home screen.")));
    layout->addStretch();
}

void DonePage::initializePage()
{
    if (!m_wizard->sent()) {
        return;
    }
    const requests::Request request = requests::readRequest(m_wizard->pack(), m_wizard->sent()->payload);
    m_status->setText(requests::RequestStatus::of(request, requests::districtToday(m_wizard->pack())).description());
}

QString DonePage::status() const
{
    return m_status->text();
}

} // namespace clearline::ui
