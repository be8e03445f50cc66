// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace clearline::ui {

/// A card on the home screen for one thing a person comes to do. A card
/// whose capability is not built yet says so and cannot be activated.
class TaskCard : public QFrame
{
    Q_OBJECT

public:
    TaskCard(const QString &title, const QString &description, QWidget *parent = nullptr);

    QString title() const;
    /// Marks the card as not built yet: greyed out, with a plain note.
    void setComingLater();
    bool isAvailable() const { return m_available; }

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    bool m_available = true;
};

} // namespace clearline::ui
