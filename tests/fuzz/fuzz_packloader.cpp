// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for the policy-pack loader: any bytes may come in; the
// loader must answer with a pack or with errors, never crash, hang or leak.

#include "policy/packloader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto result = clearline::policy::PackLoader::loadText(text, QStringLiteral("fuzz.yaml"));
    // A pack and errors never come together.
    if (result.pack && !result.errors.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
