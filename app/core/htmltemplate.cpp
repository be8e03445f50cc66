// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/htmltemplate.h"

#include <QFile>

namespace clearline::core::HtmlTemplate {

QString read(const QString &name)
{
    QFile file(QStringLiteral(":/templates/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace clearline::core::HtmlTemplate
