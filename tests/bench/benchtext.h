// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace clearline::bench {

/// Memo-like text from a fixed vocabulary of made-up words, the same for
/// every run (seeded), so that full-text queries find a realistic share.
class BenchText
{
public:
    explicit BenchText(quint32 seed = 20261122);

    QString words(int count);
    QString randomWord();

private:
    QStringList m_vocabulary;
    QRandomGenerator m_random;
};

} // namespace clearline::bench
