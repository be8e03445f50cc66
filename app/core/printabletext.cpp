// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printabletext.h"

namespace clearline::core {

namespace {

bool isControl(const QString &text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c == u'\t' || c == u'\n') {
        return false;
    }
    if (c == u'\r') {
        return i + 1 >= text.size() || text.at(i + 1) != u'\n';
    }
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

} // namespace

QString PrintableText::clean(const QString &text)
{
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isControl(text, i)) {
            continue;
        }
        if (result.isNull()) {
            result = text;
        }
        result[i] = QChar(kReplacement);
    }
    return result.isNull() ? text : result;
}

} // namespace clearline::core
