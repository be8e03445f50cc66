// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/noticetext.h"

#include <QRegularExpression>

namespace clearline::policy {

QString fillText(const Localized &localized, const QString &language, const QMap<QString, QString> &values)
{
    const QString text = textIn(localized, language);
    QString filled;
    qsizetype from = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        filled += text.mid(from, match.capturedStart() - from);
        const QString value = values.value(match.captured(1));
        filled += value.isEmpty() ? match.captured(0) : value;
        from = match.capturedEnd();
    }
    filled += text.mid(from);
    return filled.simplified();
}

QString fillNotice(const Notice &notice, const QString &language, const QMap<QString, QString> &values)
{
    return fillText(notice.text, language, values);
}

} // namespace clearline::policy
