// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace clearline::core {
class Profile;
}

namespace clearline::ui {

/// What ClearLine is, its version and licence, and where this profile's
/// data is kept (the first thing support asks).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const core::Profile &profile, QWidget *parent = nullptr);

    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace clearline::ui
