// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/yamlreader.h"

#include <QRegularExpression>
#include <QSet>

namespace clearline::policy {

namespace {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QString keyList(std::initializer_list<YamlReader::Key> keys)
{
    QStringList names;
    for (const auto &key : keys) {
        names.append(QString::fromLatin1(key.name));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString PackError::toString() const
{
    if (line <= 0) {
        return QStringLiteral("%1: %2").arg(file, message);
    }
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

YamlReader::YamlReader(QString file, PackErrors &errors)
    : m_file(std::move(file))
    , m_errors(errors)
{}

Location YamlReader::where(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null()) {
        return {};
    }
    return {mark.line + 1, mark.column + 1};
}

void YamlReader::error(const YAML::Node &node, const QString &message)
{
    error(where(node), message);
}

void YamlReader::error(const Location &at, const QString &message)
{
    m_errors.append({m_file, at.line, at.column, message});
}

bool YamlReader::map(const YAML::Node &node, const QString &what, std::initializer_list<Key> keys)
{
    if (!node.IsMap()) {
        error(node, tr("%1 must be a map of keys and values").arg(what));
        return false;
    }
    QSet<QString> known;
    for (const auto &key : keys) {
        known.insert(QString::fromLatin1(key.name));
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = it->first.IsScalar() ? text(it->first.Scalar()) : QString();
        if (!known.contains(name)) {
            error(it->first, tr("unknown key \"%1\" in %2 (known keys: %3)").arg(name, what, keyList(keys)));
        }
    }
    for (const auto &key : keys) {
        if (key.required && !node[key.name]) {
            error(node, tr("%1 is missing the required key \"%2\"").arg(what, QString::fromLatin1(key.name)));
        }
    }
    return true;
}

void YamlReader::list(const YAML::Node &parent, const char *key, const std::function<void(const YAML::Node &)> &each)
{
    // A missing required key is reported once, by map().
    const YAML::Node node = parent[key];
    if (!node || node.IsNull()) {
        return;
    }
    if (!node.IsSequence()) {
        error(node, tr("\"%1\" must be a list (items starting with \"- \")").arg(QString::fromLatin1(key)));
        return;
    }
    for (const YAML::Node &item : node) {
        each(item);
    }
}

bool YamlReader::scalar(const YAML::Node &node, const char *key, QString *value)
{
    if (!node.IsScalar()) {
        error(node, tr("\"%1\" must be a single value, not a list or map").arg(QString::fromLatin1(key)));
        return false;
    }
    *value = text(node.Scalar());
    return true;
}

QString YamlReader::string(const YAML::Node &parent, const char *key, bool required)
{
    const YAML::Node node = parent[key];
    if (!node || node.IsNull()) {
        return {}; // a missing required key is reported once, by map()
    }
    QString value;
    if (!scalar(node, key, &value)) {
        return {};
    }
    if (required && value.trimmed().isEmpty()) {
        error(node, tr("\"%1\" must not be empty").arg(QString::fromLatin1(key)));
    }
    return value;
}

QString YamlReader::id(const YAML::Node &parent, const char *key, bool underscores)
{
    const QString value = string(parent, key, true);
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    static const QRegularExpression withUnderscores(QStringLiteral("^[a-z0-9]+([-_][a-z0-9]+)*$"));
    if (!value.isEmpty() && !(underscores ? withUnderscores : plain).match(value).hasMatch()) {
        error(parent[key], underscores
                               ? tr("\"%1\" is not a valid id: use lower-case letters, digits, dashes and "
                                    "underscores")
                                     .arg(value)
                               : tr("\"%1\" is not a valid id: use lower-case letters, digits and dashes").arg(value));
    }
    return value;
}

QString YamlReader::oneOf(const YAML::Node &parent, const char *key, const QStringList &allowed, bool required)
{
    const QString value = string(parent, key, required);
    if (!value.isEmpty() && !allowed.contains(value)) {
        error(parent[key], tr("\"%1\" is not a valid %2; use one of: %3")
                               .arg(value, QString::fromLatin1(key), allowed.join(QStringLiteral(", "))));
    }
    return value;
}

QStringList YamlReader::oneOrMoreOf(const YAML::Node &parent, const char *key, const QStringList &allowed,
                                    bool required)
{
    const QStringList values = strings(parent, key, required);
    const YAML::Node node = parent[key];
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!allowed.contains(values.at(i))) {
            const YAML::Node item = node.IsSequence() ? node[static_cast<std::size_t>(i)] : node;
            error(item, tr("\"%1\" is not a valid %2; use one of: %3")
                            .arg(values.at(i), QString::fromLatin1(key), allowed.join(QStringLiteral(", "))));
        }
    }
    return values;
}

QStringList YamlReader::strings(const YAML::Node &parent, const char *key, bool required)
{
    const YAML::Node node = parent[key];
    if (!node || node.IsNull()) {
        return {}; // a missing required key is reported once, by map()
    }
    if (node.IsScalar()) {
        return {text(node.Scalar())};
    }
    if (!node.IsSequence()) {
        error(node, tr("\"%1\" must be a value or a list of values").arg(QString::fromLatin1(key)));
        return {};
    }
    QStringList values;
    for (const YAML::Node &item : node) {
        QString value;
        if (scalar(item, key, &value)) {
            values.append(value);
        }
    }
    if (required && values.isEmpty()) {
        error(node, tr("\"%1\" must not be empty").arg(QString::fromLatin1(key)));
    }
    return values;
}

bool YamlReader::boolean(const YAML::Node &parent, const char *key, bool fallback)
{
    const YAML::Node node = parent[key];
    if (!node || node.IsNull()) {
        return fallback;
    }
    QString value;
    if (!scalar(node, key, &value)) {
        return fallback;
    }
    if (value == QLatin1String("true")) {
        return true;
    }
    if (value == QLatin1String("false")) {
        return false;
    }
    error(node, tr("\"%1\" must be true or false, not \"%2\"").arg(QString::fromLatin1(key), value));
    return fallback;
}

int YamlReader::integer(const YAML::Node &parent, const char *key, int minimum, int maximum, int fallback)
{
    const YAML::Node node = parent[key];
    if (!node || node.IsNull()) {
        return fallback;
    }
    QString value;
    if (!scalar(node, key, &value)) {
        return fallback;
    }
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        error(node, tr("\"%1\" must be a whole number from %2 to %3, not \"%4\"")
                        .arg(QString::fromLatin1(key))
                        .arg(minimum)
                        .arg(maximum)
                        .arg(value));
        return fallback;
    }
    return number;
}

QDate YamlReader::date(const YAML::Node &parent, const char *key, bool required)
{
    const QString value = string(parent, key, required);
    if (value.isEmpty()) {
        return {};
    }
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid() || value.size() != 10) {
        error(parent[key], tr("\"%1\" is not a date; write YYYY-MM-DD").arg(value));
    }
    return date;
}

QTime YamlReader::time(const YAML::Node &parent, const char *key)
{
    const QString value = string(parent, key, true);
    if (value.isEmpty()) {
        return {};
    }
    const QTime time = QTime::fromString(value, QStringLiteral("HH:mm"));
    if (!time.isValid()) {
        error(parent[key], tr("\"%1\" is not a time; write HH:MM on a 24-hour clock, in quotes").arg(value));
    }
    return time;
}

Localized YamlReader::localized(const YAML::Node &parent, const char *key)
{
    const YAML::Node node = parent[key];
    if (!node || node.IsNull()) {
        return {}; // a missing required key is reported once, by map()
    }
    if (node.IsScalar()) {
        return {{QStringLiteral("en"), text(node.Scalar())}};
    }
    if (!node.IsMap()) {
        error(node, tr("\"%1\" must be a text, or a map of texts by language").arg(QString::fromLatin1(key)));
        return {};
    }
    Localized result;
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    for (auto it = node.begin(); it != node.end(); ++it) {
        QString lang;
        QString value;
        if (!scalar(it->first, key, &lang) || !scalar(it->second, key, &value)) {
            continue;
        }
        if (!language.match(lang).hasMatch()) {
            error(it->first, tr("\"%1\" is not a language code like en, es or pt_BR").arg(lang));
            continue;
        }
        result.insert(lang, value);
    }
    return result;
}

Ref YamlReader::ref(const YAML::Node &parent, const char *key, bool required)
{
    const YAML::Node node = parent[key];
    const QString value = string(parent, key, required);
    return {value, node ? where(node) : where(parent)};
}

QList<Ref> YamlReader::refs(const YAML::Node &parent, const char *key, bool required)
{
    const YAML::Node node = parent[key];
    const QStringList values = strings(parent, key, required);
    QList<Ref> result;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const YAML::Node item = node.IsSequence() ? node[static_cast<std::size_t>(i)] : node;
        result.append({values.at(i), where(item)});
    }
    return result;
}

} // namespace clearline::policy
