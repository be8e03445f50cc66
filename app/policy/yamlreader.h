// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"
#include "policy/packerror.h"

#include <QCoreApplication>

#include <functional>
#include <initializer_list>
#include <yaml-cpp/yaml.h>

namespace clearline::policy {

/// Reads typed values out of YAML nodes, reporting each mistake with its
/// place instead of stopping, so that one run lists every error.
class YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(clearline::policy::YamlReader)

public:
    struct Key
    {
        const char *name;
        bool required = false;
    };

    YamlReader(QString file, PackErrors &errors);

    void error(const YAML::Node &node, const QString &message);
    void error(const Location &at, const QString &message);
    static Location where(const YAML::Node &node);

    /// True when node is a map; reports keys not in `keys` and required
    /// keys that are missing.
    bool map(const YAML::Node &node, const QString &what, std::initializer_list<Key> keys);
    /// Calls `each` for every item of the list under key (which may be absent
    /// unless required).
    void list(const YAML::Node &parent, const char *key, const std::function<void(const YAML::Node &)> &each);

    QString string(const YAML::Node &parent, const char *key, bool required = true);
    QString id(const YAML::Node &parent, const char *key = "id", bool underscores = false);
    QString oneOf(const YAML::Node &parent, const char *key, const QStringList &allowed, bool required = true);
    QStringList oneOrMoreOf(const YAML::Node &parent, const char *key, const QStringList &allowed,
                            bool required = true);
    QStringList strings(const YAML::Node &parent, const char *key, bool required = false);
    bool boolean(const YAML::Node &parent, const char *key, bool fallback = false);
    int integer(const YAML::Node &parent, const char *key, int minimum, int maximum, int fallback = 0);
    QDate date(const YAML::Node &parent, const char *key, bool required = true);
    QTime time(const YAML::Node &parent, const char *key);
    Localized localized(const YAML::Node &parent, const char *key);
    Ref ref(const YAML::Node &parent, const char *key, bool required = true);
    QList<Ref> refs(const YAML::Node &parent, const char *key, bool required = false);

private:
    bool scalar(const YAML::Node &node, const char *key, QString *value);

    QString m_file;
    PackErrors &m_errors;
};

} // namespace clearline::policy
