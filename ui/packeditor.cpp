// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/packeditor.h"

#include "policy/packloader.h"
#include "ui/syntaxrepository.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {

constexpr int kCheckDelayMs = 400;
constexpr int kLineRole = Qt::UserRole + 1;
constexpr int kColumnRole = Qt::UserRole + 2;

QString english(const policy::Localized &text)
{
    return text.value(QStringLiteral("en"), text.isEmpty() ? QString() : text.first()).toHtmlEscaped();
}

QString stepText(const policy::Pack &pack, const policy::Procedure &procedure, const policy::RouteStep &step)
{
    const policy::Role *role = pack.role(step.role.id);
    const QString who = role ? role->title.toHtmlEscaped() : step.role.id.toHtmlEscaped();
    QString text;
    if (step.action == QLatin1String("approve")) {
        text = PackEditor::tr("%1 approves").arg(who);
    } else if (step.action == QLatin1String("notify")) {
        text = PackEditor::tr("%1 is notified").arg(who);
    } else {
        text = PackEditor::tr("%1 acknowledges").arg(who);
    }
    switch (step.deadline.kind) {
    case policy::Deadline::Kind::BeforeField:
        for (const policy::Field &field : procedure.fields) {
            if (field.id == step.deadline.field.id) {
                text += PackEditor::tr(", before “%1”").arg(english(field.label));
            }
        }
        break;
    case policy::Deadline::Kind::Days:
        text += PackEditor::tr(", within %n day(s)", nullptr, step.deadline.days);
        break;
    case policy::Deadline::Kind::Note:
        text += QStringLiteral(", ") + english(step.deadline.note);
        break;
    case policy::Deadline::Kind::None:
        break;
    }
    return text + QStringLiteral(" <small>(%1)</small>").arg(step.clause.id.toHtmlEscaped());
}

} // namespace

PackEditor::PackEditor(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit)
    , m_errors(new QListWidget)
    , m_status(new QLabel)
    , m_preview(new QTextBrowser)
    , m_tabs(new QTabWidget)
{
    setWindowTitle(tr("Policy pack editor"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Pack text"));
    m_text->setTabChangesFocus(false);
    m_highlighter = highlight(m_text->document(), "YAML", palette());
    m_errors->setAccessibleName(tr("Mistakes"));
    m_errors->setWordWrap(true);
    m_errors->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_preview->setAccessibleName(tr("Preview of the procedures"));
    m_status->setAccessibleName(tr("Pack status"));
    m_status->setWordWrap(true);

    m_tabs->addTab(m_errors, tr("Mistakes"));
    m_tabs->addTab(m_preview, tr("Preview for staff"));
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_status);
    sideLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_text);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *save = new QPushButton(tr("&Save"));
    save->setShortcut(QKeySequence::Save);
    auto *saveAs = new QPushButton(tr("Save &as…"));
    connect(save, &QPushButton::clicked, this, [this] { saveWithMessage(false); });
    connect(saveAs, &QPushButton::clicked, this, [this] { saveWithMessage(true); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(save);
    buttons->addWidget(saveAs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addLayout(buttons);
    resize(1100, 720);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kCheckDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &PackEditor::validate);
    connect(m_text, &QPlainTextEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_errors, &QListWidget::itemActivated, this, &PackEditor::jumpTo);
}

bool PackEditor::openFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("ClearLine could not open %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    setText(QString::fromUtf8(file.readAll()), path);
    return true;
}

void PackEditor::saveWithMessage(bool chooseFile)
{
    if (chooseFile || m_file.isEmpty() || m_file.startsWith(QLatin1Char(':'))) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the policy pack"), m_file,
                                                          tr("Policy packs (pack.yaml *.yaml)"));
        if (path.isEmpty()) {
            return;
        }
        m_file = path;
        setWindowTitle(tr("%1 — Policy pack editor").arg(QFileInfo(path).fileName()));
    }
    QString error;
    if (!save(&error)) {
        QMessageBox::warning(this, tr("Policy pack"), error);
        return;
    }
    // A saved pack must be signed again before staff profiles use it.
    m_status->setText(m_status->text() + QLatin1Char(' ') + tr("Saved; sign it again before staff use it."));
}

bool PackEditor::save(QString *error)
{
    QSaveFile file(m_file);
    if (m_file.startsWith(QLatin1Char(':')) || !file.open(QIODevice::WriteOnly) ||
        file.write(m_text->toPlainText().toUtf8()) < 0 || !file.commit()) {
        *error = tr("ClearLine could not save %1. Save it under another name.").arg(QDir::toNativeSeparators(m_file));
        return false;
    }
    m_text->document()->setModified(false);
    return true;
}

void PackEditor::setText(const QString &text, const QString &fileName)
{
    m_file = fileName;
    setWindowTitle(tr("%1 — Policy pack editor").arg(QFileInfo(fileName).fileName()));
    m_text->setPlainText(text);
    validate();
}

QString PackEditor::status() const
{
    return m_status->text();
}

QString PackEditor::previewText() const
{
    return m_preview->toPlainText();
}

void PackEditor::validate()
{
    m_debounce.stop();
    const policy::PackLoader::Result result =
        policy::PackLoader::loadText(m_text->toPlainText().toUtf8(), m_file.isEmpty() ? tr("pack.yaml") : m_file);
    m_errors->clear();
    for (const policy::PackError &error : result.errors) {
        auto *item =
            new QListWidgetItem(QStringLiteral("%1:%2: %3").arg(error.line).arg(error.column).arg(error.message));
        item->setData(kLineRole, error.line);
        item->setData(kColumnRole, error.column);
        m_errors->addItem(item);
    }
    if (result.pack) {
        m_status->setText(tr("Valid: %1, %2 clauses, %3 rules, %4 procedures. Not signed (draft).")
                              .arg(result.pack->district.name)
                              .arg(result.pack->clauses.size())
                              .arg(result.pack->rules.size())
                              .arg(result.pack->procedures.size()));
        showPreview(*result.pack);
        m_tabs->setCurrentWidget(m_preview);
    } else {
        m_status->setText(tr("%n mistake(s): the pack would be refused. Double-click one to go to it.", nullptr,
                             static_cast<int>(result.errors.size())));
        m_tabs->setCurrentWidget(m_errors);
    }
    Q_EMIT validated(result.pack.has_value());
}

void PackEditor::jumpTo(QListWidgetItem *item)
{
    const int line = item->data(kLineRole).toInt();
    const int column = item->data(kColumnRole).toInt();
    const QTextBlock block = m_text->document()->findBlockByLineNumber(std::max(0, line - 1));
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, column - 1));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    m_text->setFocus();
}

void PackEditor::showPreview(const policy::Pack &pack)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(pack.district.name.toHtmlEscaped());
    for (const policy::Procedure &procedure : pack.procedures) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(english(procedure.title), english(procedure.summary));
        if (!procedure.fields.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Asks for"));
            for (const policy::Field &field : procedure.fields) {
                html += QStringLiteral("<li>%1%2</li>")
                            .arg(english(field.label), field.required ? tr(" (required)") : QString());
            }
            html += QStringLiteral("</ul>");
        }
        if (!procedure.checklist.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("The person confirms"));
            for (const policy::ChecklistItem &item : procedure.checklist) {
                html += QStringLiteral("<li>☐ %1</li>").arg(english(item.text));
            }
            html += QStringLiteral("</ul>");
        }
        html += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("Then"));
        for (const policy::RouteStage &stage : procedure.route) {
            QStringList steps;
            for (const policy::RouteStep &step : stage.steps) {
                steps.append(stepText(pack, procedure, step));
            }
            html += QStringLiteral("<li>%1</li>")
                        .arg(steps.join(stage.together ? tr(", and at the same time ") : QString()));
        }
        if (procedure.route.isEmpty()) {
            html += QStringLiteral("<li>%1</li>").arg(tr("Kept as a record; nobody needs to approve it."));
        }
        html += QStringLiteral("</ol>");
    }
    m_preview->setHtml(html);
}

} // namespace clearline::ui
