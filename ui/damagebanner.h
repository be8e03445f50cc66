// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace clearline::ui {

class ProfileSession;

/// The bar across the top of the window that says the records file is
/// damaged and how to restore the latest backup. Hidden until a read meets
/// damage (ProfileSession::damageFound); then it stays, and a screen reader
/// is told at once, since a short or empty list below it would otherwise
/// look like the truth.
class DamageBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DamageBanner(ProfileSession &session, QWidget *parent = nullptr);

    QString text() const;

private:
    void showDamage();

    ProfileSession &m_session;
    QLabel *m_text = nullptr;
};

} // namespace clearline::ui
