// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/packloader.h"

#include "policy/packchecks.h"
#include "policy/packreader.h"

#include <QFile>

#include <yaml-cpp/yaml.h>

namespace clearline::policy {

PackLoader::Result PackLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt, {{path, 0, 0, tr("cannot read the file (%1)").arg(file.errorString())}}};
    }
    if (file.size() > kMaxBytes) {
        return {std::nullopt,
                {{path, 0, 0,
                  tr("the file is larger than %1 MB; a pack is a few hundred lines").arg(kMaxBytes / (1024 * 1024))}}};
    }
    return loadText(file.readAll(), path);
}

PackLoader::Result PackLoader::loadText(const QByteArray &text, const QString &file)
{
    Result result;
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 0 : e.mark.column + 1;
        result.errors.append({file, line, column, tr("this is not valid YAML: %1").arg(QString::fromStdString(e.msg))});
        return result;
    }
    try {
        PackReader reader(file, result.errors);
        Pack pack = reader.read(root);
        pack.file = file;
        PackChecks::run(pack, result.errors);
        if (result.errors.isEmpty()) {
            result.warnings = PackChecks::warnings(pack);
            result.pack = std::move(pack);
        }
    } catch (const YAML::Exception &e) {
        // A shape the reader did not expect (yaml-cpp throws on some); the
        // pack is refused like any other mistake.
        const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 0 : e.mark.column + 1;
        result.errors.append({file, line, column, tr("unexpected structure: %1").arg(QString::fromStdString(e.msg))});
        result.pack.reset();
    }
    std::sort(result.errors.begin(), result.errors.end(), [](const PackError &a, const PackError &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return result;
}

} // namespace clearline::policy
