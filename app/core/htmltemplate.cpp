// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/htmltemplate.h"

#include <QFile>
#include <QRegularExpression>

namespace clearline::core::HtmlTemplate {

QString read(const QString &name)
{
    QFile file(QStringLiteral(":/templates/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString fill(const QString &name, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\w+)\\}\\}"));
    const QString page = read(name);
    QString result;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(page)) {
        result += QStringView(page).mid(done, match.capturedStart() - done);
        result += values.value(match.captured(1));
        done = match.capturedEnd();
    }
    result += QStringView(page).mid(done);
    return result;
}

} // namespace clearline::core::HtmlTemplate
