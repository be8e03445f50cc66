// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every key the pack guide (policies/README.md) shows in its examples is
// one the pack reader reads: a key a district writes from the guide is
// never silently ignored, and the guide shows no key the program has
// dropped.

#include "testpaths.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace clearline;

namespace {

QString readSource(const QString &relative)
{
    QFile file(QString::fromUtf8(test::kSourceDir) + QLatin1Char('/') + relative);
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The keys of the guide's YAML examples: "key:" at the start of a line or
/// of a flow map, in ```yaml blocks.
QSet<QString> guideKeys()
{
    const QString guide = readSource(QStringLiteral("policies/README.md"));
    static const QRegularExpression block(QStringLiteral("```yaml\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression key(QStringLiteral("(?:^[ \\t-]*|[{,][ \\t]*)([a-z_]+):(?=\\s)"),
                                        QRegularExpression::MultilineOption);
    static const QRegularExpression comment(QStringLiteral("#[^\\n]*"));
    QSet<QString> keys;
    auto blocks = block.globalMatch(guide);
    while (blocks.hasNext()) {
        QString yaml = blocks.next().captured(1);
        yaml.remove(comment);
        // Text inside quotes is a value, not a key.
        static const QRegularExpression quoted(QStringLiteral("\"[^\"\\n]*\""));
        yaml.remove(quoted);
        auto keysHere = key.globalMatch(yaml);
        while (keysHere.hasNext()) {
            keys.insert(keysHere.next().captured(1));
        }
    }
    return keys;
}

} // namespace

class TestGuideKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyGuideKeyIsRead()
    {
        const QString reader = readSource(QStringLiteral("app/policy/packreader.cpp"));
        QVERIFY(!reader.isEmpty());
        const QSet<QString> keys = guideKeys();
        QVERIFY2(keys.size() > 60, "the guide's examples were not found");
        // Language codes are map keys of localized text, not pack keys.
        static const QSet<QString> languages{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt_BR")};
        QStringList unread;
        for (const QString &key : keys) {
            if (!languages.contains(key) && !reader.contains(QStringLiteral("\"%1\"").arg(key))) {
                unread.append(key);
            }
        }
        unread.sort();
        QVERIFY2(unread.isEmpty(), qPrintable(QStringLiteral("the guide shows keys no code reads: ") +
                                              unread.join(QStringLiteral(", "))));
    }

    // The other way: a key the program reads is one the guide shows, so a
    // district writing from the guide alone can use everything.
    void everyReadKeyIsInTheGuide()
    {
        const QString reader = readSource(QStringLiteral("app/policy/packreader.cpp"));
        static const QRegularExpression mapKey(QStringLiteral("\\{\"([a-z_]+)\"(?:, true)?\\}"));
        const QSet<QString> keys = guideKeys();
        const QString guide = readSource(QStringLiteral("policies/README.md"));
        QStringList missing;
        auto matches = mapKey.globalMatch(reader);
        while (matches.hasNext()) {
            const QString key = matches.next().captured(1);
            // In an example, or named in the text: `key`, or in code such
            // as `{ days: N }`.
            const QRegularExpression inCode(QStringLiteral("`%1`|`[^`\\n]*\\b%1:").arg(key));
            const bool named = inCode.match(guide).hasMatch();
            if (!keys.contains(key) && !named && !missing.contains(key)) {
                missing.append(key);
            }
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("the guide's examples never show these keys: ") +
                                               missing.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestGuideKeys)
#include "tst_guidekeys.moc"
