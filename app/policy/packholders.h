// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace clearline::policy {

/// Edits the `holders` of a pack.yaml as text, for `clearline policy holders
/// add|remove`, so that everything else in the file stays as district IT
/// wrote it: comments, order, quoting and blank lines. (yaml-cpp would
/// rewrite the whole file and drop every comment.) Each edit also raises
/// `district.version`, and the result is read again before it is kept, so
/// that an edit the text search got wrong is refused instead of written.
class PackHolders
{
    Q_DECLARE_TR_FUNCTIONS(clearline::policy::PackHolders)

public:
    struct Holder
    {
        QString name;
        QString email;
        QString school; ///< empty for a district-wide role
        QByteArray key;
    };

    /// The pack text with the holder added to the role, one line in flow
    /// style: `- { name: …, email: …, school: …, key: "…" }`.
    static std::optional<QByteArray> add(const QByteArray &text, const QString &roleId, const Holder &holder,
                                         QString *error);
    /// The pack text with every current holder entry of this key (of any
    /// role) given `until: <time>`: they no longer hold the role, and their
    /// decisions signed before `until` still count. `removed` gets the roles.
    static std::optional<QByteArray> remove(const QByteArray &text, const QByteArray &key, const QDateTime &until,
                                            QStringList *removed, QString *error);
    /// The pack text with `district.version` one higher (1 when it had none).
    static std::optional<QByteArray> raiseVersion(const QByteArray &text, int *version, QString *error);
};

} // namespace clearline::policy
