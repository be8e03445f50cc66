// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/keystore.h"

#include <QCoreApplication>

class QWidget;

namespace clearline::ui {

/// Asks the person for their passphrase in a dialog over a window: twice
/// (to confirm) when choosing a new one.
class PassphrasePrompt
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ui::PassphrasePrompt)

public:
    static crypto::PassphraseSource over(QWidget *parent);

private:
    static std::optional<QString> ask(QWidget *parent, const QString &label);
    static std::optional<QString> chooseNew(QWidget *parent);
};

} // namespace clearline::ui
