// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace clearline::core {

/// What the printed pages (policy, request sheet, records) share: their
/// HTML templates are Qt resources under :/templates/, filled with text that
/// is always escaped first.
namespace HtmlTemplate {

/// A template's text, by its file name under :/templates/; empty when the
/// resource is missing.
QString read(const QString &name);

/// The template with each {{name}} replaced by values[name] (missing: empty),
/// in one pass over the template, so a value that itself looks like a
/// placeholder (a title someone typed) is never filled in.
QString fill(const QString &name, const QHash<QString, QString> &values);

/// Text made safe to put in HTML.
inline QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace HtmlTemplate

} // namespace clearline::core
