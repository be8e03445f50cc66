// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"
#include "policy/yamlreader.h"

namespace clearline::policy {

/// Turns a parsed pack.yaml into a Pack, checking the shape of every part:
/// keys, types, vocabularies, ids. References between parts are checked
/// afterwards (PackChecks).
class PackReader
{
    Q_DECLARE_TR_FUNCTIONS(clearline::policy::PackReader)

public:
    PackReader(const QString &file, PackErrors &errors);
    Pack read(const YAML::Node &root);

private:
    District district(const YAML::Node &node);
    School school(const YAML::Node &node);
    Calendar calendar(const YAML::Node &node);
    Role role(const YAML::Node &node);
    Clause clause(const YAML::Node &node);
    Rule rule(const YAML::Node &node);
    ContactToDo toDo(const YAML::Node &node);
    Period period(const YAML::Node &parent, const char *key);
    Purpose purpose(const YAML::Node &node);
    FamilyTie familyTie(const YAML::Node &node);
    Alternative alternative(const YAML::Node &node);
    Documentation documentation(const YAML::Node &node);
    Platforms platforms(const YAML::Node &node);
    /// A `grades` key checked to be a range such as K-5.
    QString grades(const YAML::Node &node);
    Duty duty(const YAML::Node &node);
    Statement statement(const YAML::Node &node);
    Notice notice(const YAML::Node &node);
    Procedure procedure(const YAML::Node &node);
    Covers covers(const YAML::Node &node);
    Field field(const YAML::Node &node);
    FlagEffect flagEffect(const YAML::Node &node);
    QList<RouteStage> route(const YAML::Node &parent, const char *key);
    RouteStep step(const YAML::Node &node);

    YamlReader m_r;
};

} // namespace clearline::policy
