// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fieldeditor.h"

#include "requests/platformlist.h"

#include "policy/vocabularywords.h"

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QToolButton>
#include <QWidgetAction>

namespace clearline::ui {

namespace {
constexpr int kYes = 1;
constexpr int kNo = 0;
} // namespace

FieldEditor::FieldEditor(const policy::Pack &pack, const policy::Field &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    // As tall as its input, so that a page keeps its answers together.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString label = policy::localizedText(field.label);
    const QString &type = field.type;
    if (type == QLatin1String("text-block")) {
        m_text = new QPlainTextEdit;
        m_text->setTabChangesFocus(true); // Tab moves on, as in every other field
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 5);
        connect(m_text, &QPlainTextEdit::textChanged, this, &FieldEditor::changed);
        m_input = m_text;
    } else if (type == QLatin1String("choice") || type == QLatin1String("school") ||
               type == QLatin1String("platform")) {
        m_combo = new QComboBox;
        if (type == QLatin1String("platform")) {
            // Approved platforms are offered; another may be typed, and is
            // then checked against the list.
            m_combo->setEditable(true);
            m_combo->setInsertPolicy(QComboBox::NoInsert);
            for (const policy::Platform &platform : requests::PlatformList(pack, QDate()).approvedFor(field.use)) {
                m_combo->addItem(platform.name, platform.name);
            }
            m_combo->setCurrentIndex(-1);
            m_combo->lineEdit()->setPlaceholderText(tr("Type or choose the platform"));
            connect(m_combo, &QComboBox::currentTextChanged, this, &FieldEditor::changed);
        } else {
            m_combo->addItem(tr("Choose…"), QString());
            if (type == QLatin1String("school")) {
                for (const policy::School &school : pack.schools) {
                    m_combo->addItem(school.name, school.id);
                }
            } else {
                for (const QString &choice : field.choices) {
                    m_combo->addItem(policy::VocabularyWords::choice(field, choice), choice);
                }
            }
            connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::changed);
        }
        m_input = m_combo;
    } else if (type == QLatin1String("date")) {
        // Typed (year-month-day) or picked from a calendar that opens at
        // today; empty until the person chooses, unlike a QDateEdit.
        m_line = new QLineEdit;
        m_line->setPlaceholderText(tr("year-month-day, like %1").arg(QDate::currentDate().toString(Qt::ISODate)));
        connect(m_line, &QLineEdit::textChanged, this, &FieldEditor::changed);
        auto *pick = new QToolButton;
        pick->setText(tr("Calendar…"));
        pick->setAccessibleName(tr("Choose %1 from a calendar").arg(label));
        pick->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(pick);
        auto *calendar = new QCalendarWidget;
        auto *holder = new QWidgetAction(menu);
        holder->setDefaultWidget(calendar);
        menu->addAction(holder);
        pick->setMenu(menu);
        connect(menu, &QMenu::aboutToShow, calendar, [this, calendar] {
            const QDate chosen = QDate::fromString(m_line->text().trimmed(), Qt::ISODate);
            calendar->setSelectedDate(chosen.isValid() ? chosen : QDate::currentDate());
        });
        connect(calendar, &QCalendarWidget::activated, this, [this, menu](QDate date) {
            m_line->setText(date.toString(Qt::ISODate));
            menu->close();
        });
        connect(calendar, &QCalendarWidget::clicked, this, [this, menu](QDate date) {
            m_line->setText(date.toString(Qt::ISODate));
            menu->close();
        });
        layout->addWidget(m_line, 1);
        layout->addWidget(pick);
        m_line->setAccessibleName(label);
        m_input = m_line;
        return;
    } else if (type == QLatin1String("yes-no")) {
        m_yesNo = new QButtonGroup(this);
        auto *yes = new QRadioButton(tr("&Yes"));
        auto *no = new QRadioButton(tr("N&o"));
        yes->setAccessibleName(tr("%1: yes").arg(label));
        no->setAccessibleName(tr("%1: no").arg(label));
        m_yesNo->addButton(yes, kYes);
        m_yesNo->addButton(no, kNo);
        layout->addWidget(yes);
        layout->addWidget(no);
        layout->addStretch();
        connect(m_yesNo, &QButtonGroup::idToggled, this, [this](int, bool on) {
            if (on) {
                Q_EMIT changed();
            }
        });
        m_input = yes;
        return;
    } else {
        m_line = new QLineEdit;
        if (type == QLatin1String("email")) {
            m_line->setPlaceholderText(tr("name@school.org"));
        } else if (type == QLatin1String("url")) {
            m_line->setPlaceholderText(QStringLiteral("https://"));
        } else if (type == QLatin1String("time")) {
            m_line->setPlaceholderText(tr("hours:minutes, like 15:30"));
        } else if (type == QLatin1String("number")) {
            m_line->setPlaceholderText(tr("a whole number"));
        }
        connect(m_line, &QLineEdit::textChanged, this, &FieldEditor::changed);
        m_input = m_line;
    }
    m_input->setAccessibleName(label);
    if (!field.help.isEmpty()) {
        m_input->setAccessibleDescription(policy::localizedText(field.help));
    }
    layout->addWidget(m_input, 1);
}

QString FieldEditor::value() const
{
    if (m_text) {
        return m_text->toPlainText();
    }
    if (m_combo) {
        return m_combo->isEditable() ? m_combo->currentText() : m_combo->currentData().toString();
    }
    if (m_yesNo) {
        return m_yesNo->checkedId() == kYes  ? QStringLiteral("yes")
               : m_yesNo->checkedId() == kNo ? QStringLiteral("no")
                                             : QString();
    }
    return m_line->text();
}

void FieldEditor::setValue(const QString &value)
{
    if (m_text) {
        m_text->setPlainText(value);
    } else if (m_combo && m_combo->isEditable()) {
        m_combo->setEditText(value);
    } else if (m_combo) {
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(value)));
    } else if (m_yesNo) {
        if (QAbstractButton *button = m_yesNo->button(value == QLatin1String("yes") ? kYes : kNo);
            button && !value.isEmpty()) {
            button->setChecked(true);
        }
    } else {
        m_line->setText(value);
    }
}

} // namespace clearline::ui
