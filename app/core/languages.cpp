// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace clearline::core {

namespace {
// Where CMake's qt_add_translations puts the compiled translations.
const auto kTranslationsDir = QStringLiteral(":/i18n");
const auto kPrefix = QStringLiteral("clearline_");
const auto kSourceLanguage = QStringLiteral("en");

// Each translation names its own language, as the translation of this
// string, so that the list reads "español", "português (Brasil)".
const char *const kContext = "clearline::core::Languages";
struct SourceText
{
    const char *text;
    const char *comment;
};
const SourceText kOwnName = QT_TRANSLATE_NOOP3("clearline::core::Languages", "English",
                                               "the name of the language you translate to, in that language");

QString nativeNameOf(const QString &code)
{
    QTranslator translator;
    if (code != kSourceLanguage && translator.load(kPrefix + code, kTranslationsDir)) {
        const QString name = translator.translate(kContext, kOwnName.text, kOwnName.comment);
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QString::fromLatin1(kOwnName.text);
}
} // namespace

QString Languages::nameInItself(const QString &code)
{
    if (code == kSourceLanguage || isAvailable(code)) {
        return nativeNameOf(code);
    }
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QList<Languages::Language> Languages::available()
{
    QList<Language> languages{{kSourceLanguage, nativeNameOf(kSourceLanguage)}};
    const QStringList files =
        QDir(kTranslationsDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(kPrefix.size()).chopped(3);
        if (code != kSourceLanguage) {
            languages.append({code, nativeNameOf(code)});
        }
    }
    return languages;
}

QStringList Languages::availableCodes()
{
    QStringList codes;
    for (const Language &language : available()) {
        codes.append(language.code);
    }
    return codes;
}

bool Languages::isAvailable(const QString &code)
{
    return availableCodes().contains(code);
}

QLocale Languages::localeFor(const QString &choice)
{
    return choice.isEmpty() ? QLocale::system() : QLocale(choice);
}

Languages::Languages() = default;

Languages::~Languages()
{
    uninstall();
}

QString Languages::install(const QString &choice)
{
    uninstall();
    const QLocale locale = localeFor(choice);
    QLocale::setDefault(locale);

    // English is the source language, but its plural forms ("1 record",
    // "2 records") come from a translation too. Installed first, so that
    // the chosen language, installed after it, is searched first.
    auto english = std::make_unique<QTranslator>();
    if (english->load(kPrefix + kSourceLanguage, kTranslationsDir)) {
        QCoreApplication::installTranslator(english.get());
        m_english = std::move(english);
    }

    // QTranslator::load(QLocale, …) tries each of the locale's UI languages
    // ("pt-BR", "pt", …), so a system in es_MX finds clearline_es.
    auto clearline = std::make_unique<QTranslator>();
    if (!clearline->load(locale, QStringLiteral("clearline"), QStringLiteral("_"), kTranslationsDir)) {
        return kSourceLanguage;
    }
    QCoreApplication::installTranslator(clearline.get());
    m_clearline = std::move(clearline);

    // Qt's own strings (standard buttons, shortcuts); missing is harmless.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return m_clearline->language().replace(QLatin1Char('-'), QLatin1Char('_'));
}

void Languages::uninstall()
{
    for (auto *translator : {&m_clearline, &m_qt, &m_english}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
}

} // namespace clearline::core
