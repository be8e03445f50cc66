// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPalette;
class QTextDocument;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace clearline::ui {

/// The one KSyntaxHighlighting repository of the program (loading its
/// definitions is costly, so it is made once, on first use).
KSyntaxHighlighting::Repository &syntaxRepository();

/// A highlighter for `document` in the named syntax ("YAML", "JSON"), with
/// the light or dark theme that suits `palette`.
KSyntaxHighlighting::SyntaxHighlighter *highlight(QTextDocument *document, const char *syntax, const QPalette &palette);

} // namespace clearline::ui
