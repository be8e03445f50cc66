// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using clearline::core::canonicalJson;

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("keys sorted, no spaces") << QByteArray("{ \"b\": 1, \"a\": [true, false, null], \"c\": \"x\" }")
                                                << QByteArray("{\"a\":[true,false,null],\"b\":1,\"c\":\"x\"}");
        QTest::newRow("nested objects sorted too") << QByteArray("{\"z\": {\"y\": 2, \"x\": 1}, \"a\": {}}")
                                                   << QByteArray("{\"a\":{},\"z\":{\"x\":1,\"y\":2}}");
        QTest::newRow("sorting is by UTF-16 code units")
            << QByteArray("{\"\xc3\xa9\": 1, \"z\": 2, \"Z\": 3}") << QByteArray("{\"Z\":3,\"z\":2,\"\xc3\xa9\":1}");
        QTest::newRow("only the required escapes")
            << QByteArray("{\"t\": \"quote \\\" backslash \\\\ slash / tab \\t nl \\n bell \\u0007\"}")
            << QByteArray("{\"t\":\"quote \\\" backslash \\\\ slash / tab \\t nl \\n bell \\u0007\"}");
        QTest::newRow("non-ASCII stays UTF-8, including outside the BMP")
            << QByteArray("[\"Jos\xc3\xa9 \xf0\x9f\x93\x9e\"]") << QByteArray("[\"Jos\xc3\xa9 \xf0\x9f\x93\x9e\"]");
        QTest::newRow("integers without a fraction")
            << QByteArray("[0, -7, 1e3, 9007199254740992]") << QByteArray("[0,-7,1000,9007199254740992]");
    }

    void bytes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, canonical);
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        QCOMPARE(canonicalJson(value), canonical);
    }

    void sameDataSameBytesWhateverTheOrder()
    {
        QJsonObject first;
        first.insert(QStringLiteral("title"), QStringLiteral("Call"));
        first.insert(QStringLiteral("attachments"), QJsonArray());
        first.insert(QStringLiteral("text"), QStringLiteral("…"));
        QJsonObject second;
        second.insert(QStringLiteral("text"), QStringLiteral("…"));
        second.insert(QStringLiteral("title"), QStringLiteral("Call"));
        second.insert(QStringLiteral("attachments"), QJsonArray());
        QCOMPARE(canonicalJson(first), canonicalJson(second));
        // And it parses back to the same data.
        QCOMPARE(QJsonDocument::fromJson(canonicalJson(first)).object(), first);
    }

    void fractionsAndHugeNumbersAreRefused()
    {
        QVERIFY(canonicalJson(QJsonObject{{QStringLiteral("x"), 1.5}}).isEmpty());
        QVERIFY(canonicalJson(QJsonObject{{QStringLiteral("x"), 1e300}}).isEmpty());
        QVERIFY(!canonicalJson(QJsonObject{{QStringLiteral("x"), 2.0}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
