// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/packholders.h"

#include <QList>
#include <QRegularExpression>

namespace clearline::policy {

namespace {

using Lines = QList<QByteArray>;

int indentOf(const QByteArray &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == ' ') {
        ++n;
    }
    return n;
}

/// A line that is neither blank nor only a comment.
bool isContent(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    return !trimmed.isEmpty() && !trimmed.startsWith('#');
}

bool matches(const QByteArray &line, const QRegularExpression &pattern, QRegularExpressionMatch *match = nullptr)
{
    const QRegularExpressionMatch found = pattern.match(QString::fromUtf8(line));
    if (match) {
        *match = found;
    }
    return found.hasMatch();
}

/// The lines of a top-level key's block: [first, end), first being `key:`.
bool topLevelBlock(const Lines &lines, const QByteArray &key, qsizetype *first, qsizetype *end)
{
    const QRegularExpression start(QStringLiteral("^%1:\\s*(#.*)?$").arg(QString::fromLatin1(key)));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (matches(lines.at(i), start)) {
            *first = i;
            *end = lines.size();
            for (qsizetype j = i + 1; j < lines.size(); ++j) {
                if (isContent(lines.at(j)) && indentOf(lines.at(j)) == 0) {
                    *end = j;
                    break;
                }
            }
            return true;
        }
    }
    return false;
}

/// The last line of [from, to) that is content, else from - 1.
qsizetype lastContent(const Lines &lines, qsizetype from, qsizetype to)
{
    qsizetype last = from - 1;
    for (qsizetype i = from; i < to; ++i) {
        if (isContent(lines.at(i))) {
            last = i;
        }
    }
    return last;
}

QByteArray quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return '"' + escaped.toUtf8() + '"';
}

Lines split(const QByteArray &text)
{
    return text.split('\n');
}

QByteArray join(const Lines &lines)
{
    return lines.join('\n');
}

} // namespace

std::optional<QByteArray> PackHolders::add(const QByteArray &text, const QString &roleId, const Holder &holder,
                                           QString *error)
{
    Lines lines = split(text);
    qsizetype rolesFirst = 0;
    qsizetype rolesEnd = 0;
    if (!topLevelBlock(lines, "roles", &rolesFirst, &rolesEnd)) {
        *error = tr("The pack has no roles: section to add %1 to.").arg(roleId);
        return std::nullopt;
    }
    const QRegularExpression entry(
        QStringLiteral("^( *)- +id: *[\"']?%1[\"']? *(#.*)?$").arg(QRegularExpression::escape(roleId)));
    qsizetype start = -1;
    int dash = 0;
    for (qsizetype i = rolesFirst + 1; i < rolesEnd && start < 0; ++i) {
        QRegularExpressionMatch match;
        if (matches(lines.at(i), entry, &match)) {
            start = i;
            dash = int(match.capturedLength(1));
        }
    }
    if (start < 0) {
        *error = tr("ClearLine could not find the role %1 written as \"- id: %1\" under roles: in the pack. Add the "
                    "holder by hand (policies/README.md, roles).")
                     .arg(roleId);
        return std::nullopt;
    }
    const int property = int(lines.at(start).indexOf("id:"));
    qsizetype end = rolesEnd;
    for (qsizetype i = start + 1; i < rolesEnd; ++i) {
        if (isContent(lines.at(i)) && indentOf(lines.at(i)) <= dash) {
            end = i;
            break;
        }
    }
    const QRegularExpression holdersKey(QStringLiteral("^ {%1}holders: *(\\[ *\\])? *(#.*)?$").arg(property));
    const QRegularExpression holdersFlow(QStringLiteral("^ {%1}holders: *\\[.*\\S.*\\]").arg(property));
    qsizetype holdersLine = -1;
    for (qsizetype i = start + 1; i < end; ++i) {
        if (matches(lines.at(i), holdersFlow) && !matches(lines.at(i), holdersKey)) {
            *error = tr("The holders of %1 are written on one line ([…]); write them one per line (policies/README.md, "
                        "roles) and try again.")
                         .arg(roleId);
            return std::nullopt;
        }
        if (matches(lines.at(i), holdersKey)) {
            holdersLine = i;
        }
    }

    QByteArray item = "- { name: " + quoted(holder.name) + ", email: " + quoted(holder.email);
    if (!holder.school.isEmpty()) {
        item += ", school: " + quoted(holder.school);
    }
    item += ", key: \"" + holder.key.toBase64() + "\" }";

    if (holdersLine < 0) {
        const qsizetype at = lastContent(lines, start, end) + 1;
        lines.insert(at, QByteArray(property, ' ') + "holders:");
        lines.insert(at + 1, QByteArray(property + 2, ' ') + item);
        return join(lines);
    }
    lines[holdersLine] = QByteArray(property, ' ') + "holders:";
    qsizetype holdersEnd = end;
    int itemIndent = property + 2;
    bool sawItem = false;
    for (qsizetype i = holdersLine + 1; i < end; ++i) {
        if (!isContent(lines.at(i))) {
            continue;
        }
        if (indentOf(lines.at(i)) <= property) {
            holdersEnd = i;
            break;
        }
        if (!sawItem && lines.at(i).trimmed().startsWith('-')) {
            itemIndent = indentOf(lines.at(i));
            sawItem = true;
        }
    }
    lines.insert(lastContent(lines, holdersLine, holdersEnd) + 1, QByteArray(itemIndent, ' ') + item);
    return join(lines);
}

std::optional<QByteArray> PackHolders::remove(const QByteArray &text, const QByteArray &key, const QDateTime &until,
                                              QStringList *removed, QString *error)
{
    Lines lines = split(text);
    qsizetype rolesFirst = 0;
    qsizetype rolesEnd = 0;
    if (key.isEmpty() || !topLevelBlock(lines, "roles", &rolesFirst, &rolesEnd)) {
        *error = tr("The pack lists no role holders.");
        return std::nullopt;
    }
    const QByteArray encoded = key.toBase64();
    const QByteArray time = quoted(until.toUTC().toString(Qt::ISODate));
    const QRegularExpression roleEntry(QStringLiteral("^ *- +id: *[\"']?([a-z0-9_-]+)"));
    const QRegularExpression keyLine(
        QStringLiteral("^( *(- +)?)key: *[\"']?%1").arg(QRegularExpression::escape(QString::fromLatin1(encoded))));
    // Role entries are the list items of roles:, at the indent of the first.
    int roleIndent = 0;
    for (qsizetype i = rolesFirst + 1; i < rolesEnd; ++i) {
        if (isContent(lines.at(i))) {
            roleIndent = indentOf(lines.at(i));
            break;
        }
    }
    removed->clear();
    for (qsizetype i = rolesFirst + 1; i < rolesEnd; ++i) {
        const QByteArray line = lines.at(i);
        if (!line.contains(encoded) || !isContent(line)) {
            continue;
        }
        QString roleId;
        for (qsizetype up = i - 1; up > rolesFirst && roleId.isEmpty(); --up) {
            QRegularExpressionMatch match;
            if (indentOf(lines.at(up)) == roleIndent && matches(lines.at(up), roleEntry, &match)) {
                roleId = match.captured(1);
            }
        }
        const qsizetype close = line.lastIndexOf('}');
        if (line.contains('{') && close > 0) {
            if (line.contains("until:")) {
                continue; // removed already
            }
            lines[i] = line.left(close);
            while (lines[i].endsWith(' ')) {
                lines[i].chop(1);
            }
            lines[i] += ", until: " + time + " }" + line.mid(close + 1);
        } else {
            QRegularExpressionMatch match;
            if (!matches(line, keyLine, &match)) {
                continue;
            }
            const int property = int(match.capturedLength(1));
            bool already = false;
            for (qsizetype j = i - 1; j > rolesFirst && indentOf(lines.at(j)) >= property; --j) {
                already = already || lines.at(j).trimmed().startsWith("until:");
                if (lines.at(j).trimmed().startsWith('-')) {
                    break;
                }
            }
            for (qsizetype j = i + 1; j < rolesEnd && (indentOf(lines.at(j)) == property || !isContent(lines.at(j)));
                 ++j) {
                already = already || lines.at(j).trimmed().startsWith("until:");
            }
            if (already) {
                continue;
            }
            lines.insert(i + 1, QByteArray(property, ' ') + "until: " + time);
            ++rolesEnd;
        }
        removed->append(roleId);
    }
    if (removed->isEmpty()) {
        *error = tr("The pack lists no current holder with the key %1.").arg(QString::fromLatin1(encoded));
        return std::nullopt;
    }
    return join(lines);
}

std::optional<QByteArray> PackHolders::raiseVersion(const QByteArray &text, int *version, QString *error)
{
    Lines lines = split(text);
    qsizetype first = 0;
    qsizetype end = 0;
    if (!topLevelBlock(lines, "district", &first, &end)) {
        *error = tr("The pack has no district: section, written as a block, for its version.");
        return std::nullopt;
    }
    int property = -1;
    qsizetype idLine = first;
    const QRegularExpression versionLine(QStringLiteral("^( +)version: *([0-9]+) *(#.*)?$"));
    for (qsizetype i = first + 1; i < end; ++i) {
        if (!isContent(lines.at(i))) {
            continue;
        }
        if (property < 0) {
            property = indentOf(lines.at(i));
        }
        if (indentOf(lines.at(i)) != property) {
            continue;
        }
        QRegularExpressionMatch match;
        if (matches(lines.at(i), versionLine, &match)) {
            *version = match.captured(2).toInt() + 1;
            lines[i] = QByteArray(property, ' ') + "version: " + QByteArray::number(*version) +
                       (match.captured(3).isEmpty() ? QByteArray() : " " + match.captured(3).toUtf8());
            return join(lines);
        }
        if (lines.at(i).trimmed().startsWith("id:")) {
            idLine = i;
        }
    }
    if (property < 0) {
        *error = tr("The pack's district: section is empty.");
        return std::nullopt;
    }
    *version = 1;
    lines.insert(idLine + 1, QByteArray(property, ' ') + "version: 1");
    return join(lines);
}

} // namespace clearline::policy
