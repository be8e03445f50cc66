// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/aboutdialog.h"

#include "core/profile.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace clearline::ui {

AboutDialog::AboutDialog(const core::Profile &profile, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ClearLine"));

    m_text =
        tr("<h2>ClearLine %1</h2>"
           "<p>Helps school staff follow their district's policy on communication with students "
           "and families, and keeps the public record of it.</p>"
           "<p>Your data is kept in:<br><b>%2</b></p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(profile.dataDirectory()).toHtmlEscaped());

    auto *icon = new QLabel;
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *label = new QLabel(m_text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(tr("About ClearLine"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace clearline::ui
