// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchtext.h"

namespace clearline::bench {

namespace {
constexpr int kVocabularySize = 5000;
const char *const kSyllables[] = {"ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo",  "mu",  "na",  "pe", "qui",
                                  "ro", "su", "ta", "ve", "wi", "xo", "yu", "za", "bre", "cla", "dro", "fli"};
} // namespace

BenchText::BenchText(quint32 seed)
    : m_random(seed)
{
    const auto count = static_cast<quint32>(std::size(kSyllables));
    while (m_vocabulary.size() < kVocabularySize) {
        QString word;
        const int length = 2 + static_cast<int>(m_random.bounded(3U));
        for (int i = 0; i < length; ++i) {
            word += QLatin1String(kSyllables[m_random.bounded(count)]);
        }
        if (!m_vocabulary.contains(word)) {
            m_vocabulary.append(word);
        }
    }
}

QString BenchText::randomWord()
{
    // Zipf-like: low indexes are far more common, as in real text.
    const double u = m_random.generateDouble();
    const auto index = static_cast<qsizetype>(static_cast<double>(kVocabularySize) * u * u * u);
    return m_vocabulary.at(std::min<qsizetype>(index, kVocabularySize - 1));
}

QString BenchText::words(int count)
{
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        out.append(randomWord());
    }
    return out.join(QLatin1Char(' '));
}

} // namespace clearline::bench
