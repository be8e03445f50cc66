// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/passphraseprompt.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>

namespace clearline::ui {

std::optional<QString> PassphrasePrompt::ask(QWidget *parent, const QString &label)
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, tr("Your passphrase"), label, QLineEdit::Password, QString(), &ok);
    if (!ok) {
        return std::nullopt;
    }
    return text;
}

std::optional<QString> PassphrasePrompt::chooseNew(QWidget *parent)
{
    for (;;) {
        const auto first = ask(parent, tr("This computer has no key store, so your signing key will be kept in a "
                                          "file protected by a passphrase.\nChoose a passphrase of at least 8 "
                                          "characters that you will remember:"));
        if (!first) {
            return std::nullopt;
        }
        const auto second = ask(parent, tr("Type the same passphrase again:"));
        if (!second) {
            return std::nullopt;
        }
        if (*first == *second) {
            return first;
        }
        QMessageBox::warning(parent, tr("Your passphrase"), tr("The two passphrases were not the same. Try again."));
    }
}

crypto::PassphraseSource PassphrasePrompt::over(QWidget *parent)
{
    QPointer<QWidget> guarded(parent);
    return [guarded](crypto::PassphraseRequest request) -> std::optional<QString> {
        switch (request) {
        case crypto::PassphraseRequest::Unlock:
            return ask(guarded, tr("Enter the passphrase that protects your signing key:"));
        case crypto::PassphraseRequest::UnlockAgain:
            return ask(guarded, tr("That passphrase was not right. Try again:"));
        case crypto::PassphraseRequest::ChooseNew:
            return chooseNew(guarded);
        }
        return std::nullopt;
    };
}

} // namespace clearline::ui
