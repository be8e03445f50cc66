// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace clearline::ui {

/// The input for one field of a procedure, chosen by the field's type: a
/// date picker for a date, Yes and No for a yes-no question, the pack's
/// schools or approved platforms in a list. Values are as RequestForm keeps
/// them (dates yyyy-MM-dd, "yes"/"no", ids for choices and schools).
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(const policy::Pack &pack, const policy::Field &field, QWidget *parent = nullptr);

    const policy::Field &field() const { return m_field; }
    QString value() const;
    void setValue(const QString &value);
    /// The control that takes the keyboard focus first.
    QWidget *input() const { return m_input; }

Q_SIGNALS:
    void changed();

private:
    policy::Field m_field;
    QWidget *m_input = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_combo = nullptr;
    QButtonGroup *m_yesNo = nullptr;
};

} // namespace clearline::ui
