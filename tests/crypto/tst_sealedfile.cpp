// SPDX-License-Identifier: GPL-3.0-or-later
//
// A sealed file is read by the people it is for and by nobody else, and a
// file changed, cut or lengthened after it was sealed is refused with no
// plain file left behind.

#include "crypto/sealedfile.h"
#include "crypto/signingkey.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace clearline;
using crypto::SealedFile;

class TestSealedFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    crypto::SigningKey m_ana = crypto::SigningKey::generate();
    crypto::SigningKey m_pat = crypto::SigningKey::generate();
    crypto::SigningKey m_rex = crypto::SigningKey::generate();

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QByteArray readAll(const QString &file) const
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    void write(const QString &file, const QByteArray &bytes) const
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    /// Seals `plain` for Ana and Pat into sealed.bin.
    void sealForAnaAndPat(const QByteArray &plain)
    {
        write(path(QStringLiteral("plain.bin")), plain);
        QString error;
        QVERIFY2(SealedFile::seal(path(QStringLiteral("plain.bin")), path(QStringLiteral("sealed.bin")),
                                  {m_ana.publicKey(), m_pat.publicKey()}, &error),
                 qPrintable(error));
    }

    SealedFile::Opened openAs(const crypto::SigningKey &key, const QString &sealed = QStringLiteral("sealed.bin"))
    {
        QFile::remove(path(QStringLiteral("opened.bin")));
        QString error;
        return SealedFile::open(path(sealed), path(QStringLiteral("opened.bin")), key, &error);
    }

private Q_SLOTS:
    void eachRecipientReadsItAndNobodyElse_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("small") << 300;
        QTest::newRow("several chunks") << 200 * 1024 + 17;
    }

    void eachRecipientReadsItAndNobodyElse()
    {
        QFETCH(int, size);
        QByteArray plain(size, Qt::Uninitialized);
        for (char &c : plain) {
            c = char(QRandomGenerator::global()->bounded(256));
        }
        sealForAnaAndPat(plain);
        QVERIFY(SealedFile::looksSealed(path(QStringLiteral("sealed.bin"))));
        if (size > 0) {
            QVERIFY(!readAll(path(QStringLiteral("sealed.bin"))).contains(plain.left(64)));
        }
        QCOMPARE(openAs(m_ana), SealedFile::Opened::Yes);
        QCOMPARE(readAll(path(QStringLiteral("opened.bin"))), plain);
        QCOMPARE(QFile::permissions(path(QStringLiteral("opened.bin"))) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        QCOMPARE(openAs(m_pat), SealedFile::Opened::Yes);
        QCOMPARE(readAll(path(QStringLiteral("opened.bin"))), plain);
        QCOMPARE(openAs(m_rex), SealedFile::Opened::NotAddressed);
        QVERIFY(!QFile::exists(path(QStringLiteral("opened.bin"))));
    }

    void aChangedCutOrLengthenedFileIsRefused()
    {
        QByteArray plain(150 * 1024, 'x');
        sealForAnaAndPat(plain);
        const QByteArray sealed = readAll(path(QStringLiteral("sealed.bin")));
        const qsizetype headerEnd = 8 + 2 + 2 * 80 + 24;
        const QList<qsizetype> flips{9, headerEnd - 3, headerEnd + 10, sealed.size() / 2, sealed.size() - 1};
        for (qsizetype at : flips) {
            QByteArray changed = sealed;
            changed[at] = char(changed[at] ^ 0x01);
            write(path(QStringLiteral("changed.bin")), changed);
            const SealedFile::Opened opened = openAs(m_ana, QStringLiteral("changed.bin"));
            // A flipped sealed key reads as "not for you"; anything else as damage.
            QVERIFY2(opened == SealedFile::Opened::Damaged || opened == SealedFile::Opened::NotAddressed,
                     qPrintable(QString::number(at)));
            QVERIFY(!QFile::exists(path(QStringLiteral("opened.bin"))));
        }
        write(path(QStringLiteral("cut.bin")), sealed.left(sealed.size() - 100));
        QCOMPARE(openAs(m_ana, QStringLiteral("cut.bin")), SealedFile::Opened::Damaged);
        write(path(QStringLiteral("long.bin")), sealed + QByteArray("more"));
        QCOMPARE(openAs(m_ana, QStringLiteral("long.bin")), SealedFile::Opened::Damaged);
        write(path(QStringLiteral("plainbundle.bin")), QByteArray("PK\x03\x04 not sealed"));
        QVERIFY(!SealedFile::looksSealed(path(QStringLiteral("plainbundle.bin"))));
        QCOMPARE(openAs(m_ana, QStringLiteral("plainbundle.bin")), SealedFile::Opened::Damaged);
        QVERIFY(!QFile::exists(path(QStringLiteral("opened.bin"))));
    }

    void whoItIsForCannotBeChanged()
    {
        // Rex swaps Pat's sealed key for one sealed to himself: without the
        // file key he cannot make the first chunk check out, so Ana refuses it.
        sealForAnaAndPat("the decision");
        write(path(QStringLiteral("rex.bin")), "anything");
        QString error;
        QVERIFY(SealedFile::seal(path(QStringLiteral("rex.bin")), path(QStringLiteral("rexsealed.bin")),
                                 {m_rex.publicKey(), m_rex.publicKey()}, &error));
        QByteArray sealed = readAll(path(QStringLiteral("sealed.bin")));
        const QByteArray rexEntry = readAll(path(QStringLiteral("rexsealed.bin"))).mid(10, 80);
        sealed.replace(10 + 80, 80, rexEntry);
        write(path(QStringLiteral("swapped.bin")), sealed);
        QCOMPARE(openAs(m_ana, QStringLiteral("swapped.bin")), SealedFile::Opened::Damaged);
        QCOMPARE(openAs(m_rex, QStringLiteral("swapped.bin")), SealedFile::Opened::Damaged);
    }
};

QTEST_GUILESS_MAIN(TestSealedFile)
#include "tst_sealedfile.moc"
