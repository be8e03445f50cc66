// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace clearline::core {

/// The one byte form of a JSON value that ClearLine hashes and signs: object
/// keys sorted by UTF-16 code units, no insignificant white space, strings
/// with only the escapes JSON requires, UTF-8. The same data always gives
/// the same bytes, whatever order it was built in (after RFC 8785, with
/// integers only: a fractional number is refused, since its text form is
/// where implementations disagree).
///
/// Returns an empty array when the value holds a non-integral number or an
/// integer beyond ±2^53.
QByteArray canonicalJson(const QJsonValue &value);

/// canonicalJson() of an object.
QByteArray canonicalJson(const QJsonObject &object);

} // namespace clearline::core
