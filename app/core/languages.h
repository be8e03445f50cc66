// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace clearline::core {

/// The interface languages ClearLine ships, and loading them.
///
/// The list comes from the translations compiled into the program (one
/// clearline_<locale>.qm each) plus English, the source language; adding a
/// .ts file under translations/ adds a language without touching code.
class Languages
{
public:
    struct Language
    {
        QString code;       ///< locale name: "en", "es", "pt_BR"
        QString nativeName; ///< the language's name in itself: "español"
    };

    static QList<Language> available();
    static QStringList availableCodes();
    static bool isAvailable(const QString &code);
    /// A language's name in itself, for a list of a district's languages:
    /// "español", not "español de España".
    static QString nameInItself(const QString &code);

    /// The locale a choice stands for: the system's when the choice is empty.
    static QLocale localeFor(const QString &choice);

    Languages();
    ~Languages();
    Languages(const Languages &) = delete;
    Languages &operator=(const Languages &) = delete;

    /// Installs ClearLine's and Qt's own translations for the choice into the
    /// running application, replacing what an earlier call installed, and
    /// makes that locale the default for numbers and dates. Returns the
    /// locale name of the translation in use ("en" when none applies).
    QString install(const QString &choice);

private:
    void uninstall();

    std::unique_ptr<QTranslator> m_english;
    std::unique_ptr<QTranslator> m_clearline;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace clearline::core
