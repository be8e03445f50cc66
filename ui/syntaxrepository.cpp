// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/syntaxrepository.h"

#include <QPalette>
#include <QTextDocument>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace clearline::ui {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::SyntaxHighlighter *highlight(QTextDocument *document, const char *syntax, const QPalette &palette)
{
    auto &repository = syntaxRepository();
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(repository.definitionForName(QString::fromLatin1(syntax)));
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    highlighter->setTheme(repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                       : KSyntaxHighlighting::Repository::LightTheme));
    return highlighter;
}

} // namespace clearline::ui
