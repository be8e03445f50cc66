// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace clearline::core {

/// Text from records and bundles made safe to show on a terminal or to put
/// in a spreadsheet cell. A record may hold any character its author (or a
/// hostile bundle) put there; a terminal runs escape sequences (ESC …) as
/// commands, and a NUL or a backspace hides what follows or precedes it.
namespace PrintableText {

/// The character that stands for each one removed: U+FFFD, the
/// replacement character, which every terminal and spreadsheet shows.
inline constexpr char16_t kReplacement = u'\uFFFD';

/// Every control character of text (C0 but tab and line feed, DEL, C1)
/// replaced by kReplacement; a carriage return is kept only before a line
/// feed. Returns text itself when it has none.
QString clean(const QString &text);

} // namespace PrintableText

} // namespace clearline::core
