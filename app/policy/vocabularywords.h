// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace clearline::policy {

/// The words people read for the pack format's own ids (vocabulary.h) that
/// contacts and requests keep: "Text from my own cell phone", never
/// "personal-cell-text". One table, so the dialog, the log, the trip view,
/// the request page and the command line say the same thing.
struct VocabularyWords
{
    Q_DECLARE_TR_FUNCTIONS(clearline::contacts::VocabularyWords)

public:
    /// Every channel of the pack format, in the order the dialog offers them.
    static QList<QPair<QString, QString>> channels();
    static QList<QPair<QString, QString>> audiences();
    /// Who else was on the message (vocabulary::kRecipients).
    static QList<QPair<QString, QString>> recipients();
    /// Which device a contact was made from (vocabulary::kDevices).
    static QList<QPair<QString, QString>> devices();
    /// Whose phone a call or a text reached (vocabulary::kTheirPhones).
    static QList<QPair<QString, QString>> theirPhones();

    /// The label of one id; an unknown id (from a newer ClearLine) as it is.
    static QString channel(const QString &id);
    static QString audience(const QString &id);
    static QString recipient(const QString &id);
    /// What the policy said of a contact, as a short phrase: "not allowed".
    static QString verdict(const QString &id);
    /// A choice of a request field as people read it: the pack's label (in
    /// the language in use), else ClearLine's words for its own ids (a
    /// channel, an audience), else the id made readable ("homework page").
    static QString choice(const Field &field, const QString &id);
};

} // namespace clearline::policy
