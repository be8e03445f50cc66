// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace clearline::crypto {

/// Makes libsodium ready; safe to call from any thread, any number of times.
/// Returns false only when the machine cannot give it random numbers.
bool initialize();

/// SHA-256 of data (32 bytes). SHA-256 rather than BLAKE2, so that an auditor
/// can recompute a revision's hash with common tools.
QByteArray sha256(QByteArrayView data);

/// A short, readable form of a public key for people to compare aloud:
/// the first 80 bits of its SHA-256, as five groups of four hex digits.
QString fingerprint(const QByteArray &publicKey);

} // namespace clearline::crypto
