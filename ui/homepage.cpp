// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/homepage.h"

#include "ui/memolist.h"
#include "ui/taskcard.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {
constexpr int kColumns = 3;
} // namespace

HomePage::HomePage(ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_memos(new MemoList(session))
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);

    auto *welcome = new QLabel(tr("Welcome to ClearLine"));
    QFont big = welcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    welcome->setFont(big);
    welcome->setAccessibleName(welcome->text());
    layout->addWidget(welcome);

    auto *intro = new QLabel(tr("ClearLine helps you follow your district's rules for communicating with "
                                "students and families, and keeps the record of what you did."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(addSection(
        tr("For staff"),
        {{tr("Set up a professional account"),
          tr("Ask for approval of a separate social-media account for your work.")},
         {tr("Ask for a new app or tool"), tr("Have an app you want to use with your class reviewed.")},
         {tr("Share a phone number for a trip"),
          tr("Get approval before giving students or parents your cell number for a school trip.")},
         {tr("Log a contact"), tr("Write down a call, text or message with a student or family outside school hours.")},
         {tr("Write a memo to file"), tr("Keep a note of a conversation or event that needs documenting."),
          &HomePage::memoRequested},
         {tr("Acknowledge this year's policy"), tr("Read your district's policy and confirm you have.")}}));
    layout->addWidget(
        addSection(tr("For principals and approvers"),
                   {{tr("Review requests"), tr("Approve, deny or return what waits for your decision.")},
                    {tr("Building overview"), tr("See who has acknowledged the policy and what is open this week.")},
                    {tr("Find records"), tr("Search and export records for a public-records request.")}}));

    auto *memosHeading = new QLabel(tr("Your memos"));
    QFont headingFont = memosHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    memosHeading->setFont(headingFont);
    layout->addWidget(memosHeading);
    layout->addWidget(m_memos);
    layout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QWidget *HomePage::addSection(const QString &heading, const QList<Task> &tasks)
{
    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 8, 0, 0);

    auto *title = new QLabel(heading);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const Task &task = tasks.at(i);
        auto *card = new TaskCard(task.title, task.description);
        if (task.signal) {
            connect(card, &TaskCard::activated, this, task.signal);
        } else {
            card->setComingLater();
        }
        m_cards.append(card);
        grid->addWidget(card, static_cast<int>(i / kColumns), static_cast<int>(i % kColumns));
    }
    layout->addLayout(grid);
    return section;
}

} // namespace clearline::ui
