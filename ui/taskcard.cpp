// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/taskcard.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace clearline::ui {

TaskCard::TaskCard(const QString &title, const QString &description, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_status(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumWidth(220);
    setAccessibleName(title);
    setAccessibleDescription(description);

    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setWordWrap(true);

    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    m_status->setWordWrap(true);
    // Until told otherwise the card can be opened: say how, and look it.
    m_status->setText(tr("Press Enter or click to start"));
    m_status->setForegroundRole(QPalette::Link);
    setCursor(Qt::PointingHandCursor);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(text);
    layout->addStretch();
    layout->addWidget(m_status);
}

QString TaskCard::title() const
{
    return m_title->text();
}

void TaskCard::setComingLater()
{
    m_available = false;
    m_status->setText(tr("Not available yet: this comes in a later version of ClearLine."));
    m_status->setForegroundRole(QPalette::WindowText);
    unsetCursor();
    setAccessibleDescription(accessibleDescription() + QLatin1Char(' ') + m_status->text());
    setEnabled(false);
}

void TaskCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_available && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT activated();
    }
    QFrame::mouseReleaseEvent(event);
}

void TaskCard::keyPressEvent(QKeyEvent *event)
{
    if (m_available &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        Q_EMIT activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace clearline::ui
