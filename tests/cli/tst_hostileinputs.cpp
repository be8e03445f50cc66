// SPDX-License-Identifier: GPL-3.0-or-later
//
// Inputs that never end, files that lie about themselves, a full disk and
// text meant to take over a terminal: each refused or shown in plain words,
// at once, through the real program.

#include "clirunner.h"
#include "testprofile.h"

#include "ledger/memo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace clearline;
using test::CliResult;

namespace {

const QHash<QString, QString> kScript{{QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file")},
                                      {QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("correct horse")}};

CliResult run(const QStringList &arguments)
{
    return test::runClearline(arguments, kScript);
}

// Control characters a terminal or a spreadsheet would act on.
QString controlsIn(const QString &text)
{
    QString found;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool lineEnd = c == u'\n' || (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n');
        if (((c < 0x20 && c != u'\t') || (c >= 0x7f && c <= 0x9f)) && !lineEnd) {
            found += QStringLiteral("U+%1 ").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    return found;
}

constexpr int kChildCannotMount = 77;

// For the child process, between fork and exec, so only system calls: a
// copy of the file `from` into the folder `to`.
bool copyInto(const char *from, const char *to)
{
    const int in = ::open(from, O_RDONLY | O_CLOEXEC);
    const int out = ::open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    char buffer[4096];
    ssize_t got = 0;
    bool ok = in >= 0 && out >= 0;
    while (ok && (got = ::read(in, buffer, sizeof buffer)) > 0) {
        ok = ::write(out, buffer, static_cast<size_t>(got)) == got;
    }
    ::close(in);
    ::close(out);
    return ok && got == 0;
}

} // namespace

class TestHostileInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;

    CliResult addMemo(const QStringList &extra = {}, const QString &profile = {})
    {
        return run(QStringList{QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--profile"),
                               profile.isEmpty() ? m_profile : profile, QStringLiteral("--title"),
                               QStringLiteral("Call"), QStringLiteral("--text"), QStringLiteral("About the trip.")} +
                   extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        core::setApplicationIdentity();
        m_profile = m_dir.filePath(QStringLiteral("coach"));
        const CliResult init =
            run({QStringLiteral("init"), QStringLiteral("--profile"), m_profile, QStringLiteral("--name"),
                 QStringLiteral("Dana Coach"), QStringLiteral("--email"), QStringLiteral("dana@district.example")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }

    void attachmentThatNeverEndsIsRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("a device that never ends") << QStringLiteral("/dev/zero");
        QTest::newRow("a pipe nobody writes to") << m_dir.filePath(QStringLiteral("pipe"));
        QTest::newRow("a folder") << m_dir.path();
    }

    void attachmentThatNeverEndsIsRefusedAtOnce()
    {
        QFETCH(QString, path);
        if (path.endsWith(QLatin1String("pipe")) && !QFile::exists(path)) {
            QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        }
        QElapsedTimer timer;
        timer.start();
        const CliResult result = addMemo({QStringLiteral("--attach"), path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("is not a document")), qPrintable(result.err));
        QVERIFY2(timer.elapsed() < 20000, "refused only after a long wait");
    }

    void keyFileAskingForAbsurdWorkIsRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<qint64>("value");
        QTest::newRow("opslimit 4e9") << QStringLiteral("opslimit") << qint64(4000000000);
        QTest::newRow("memlimit 4 GiB") << QStringLiteral("memlimit") << (qint64(1) << 32);
    }

    void keyFileAskingForAbsurdWorkIsRefusedAtOnce()
    {
        QFETCH(QString, field);
        QFETCH(qint64, value);
        const QString profile = m_dir.filePath(QStringLiteral("absurd-") + field);
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--profile"), profile, QStringLiteral("--name"),
                      QStringLiteral("Ana"), QStringLiteral("--email"), QStringLiteral("ana@district.example")})
                     .exitCode,
                 0);
        const QString keyFile = QDir(profile).filePath(QStringLiteral("identity.key"));
        QJsonObject box = QJsonDocument::fromJson(test::readFile(keyFile)).object();
        QVERIFY(box.contains(field));
        box.insert(field, value);
        QVERIFY(test::writeFile(keyFile, QJsonDocument(box).toJson()));

        QElapsedTimer timer;
        timer.start();
        const CliResult result = addMemo({}, profile);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("asks for far more work to unlock than ClearLine ever uses")),
                 qPrintable(result.err));
        QVERIFY2(timer.elapsed() < 20000, "refused only after a long wait");
    }

    void districtThatCannotBeUsedIsRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown id") << QStringLiteral("atlantis") << QStringLiteral("There is no district pack");
        QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("nowhere/pack.yaml"))
                                      << QStringLiteral("There is no district pack");
        QTest::newRow("broken pack") << m_dir.filePath(QStringLiteral("broken.yaml"))
                                     << QStringLiteral("could not be read, so the district was not changed");
    }

    void districtThatCannotBeUsedIsRefusedAtOnce()
    {
        QFETCH(QString, district);
        QFETCH(QString, message);
        QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("broken.yaml")), "district: [unclosed\n"));
        CliResult result = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district"), district,
                                QStringLiteral("--profile"), m_profile});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        result = run({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("district"),
                      QStringLiteral("--profile"), m_profile});
        QCOMPARE(result.out.trimmed(), QString());
        // A good one still goes in.
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district"),
                      QStringLiteral("wilmington"), QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("x"))})
                     .exitCode,
                 0);
    }

    void fullDiskIsSaidInPlainWords_data()
    {
        QTest::addColumn<int>("freePages");
        QTest::newRow("not a byte free") << 0;
        QTest::newRow("room for the lock only") << 1;
        QTest::newRow("room for a few pages") << 12;
    }

    void fullDiskIsSaidInPlainWords()
    {
        QFETCH(int, freePages);
        // A real full disk: a small tmpfs, mounted for the clearline process
        // alone (its own mount namespace), holding a copy of the profile and
        // a file that fills the rest.
        const QString mountPoint = m_dir.filePath(QStringLiteral("full-%1").arg(freePages));
        QVERIFY(QDir().mkpath(mountPoint));
        const QByteArray point = QFile::encodeName(mountPoint);
        QList<QByteArray> copies;
        for (const char *name : {"identity.json", "identity.key", "ledger.sqlite"}) {
            copies.append(QFile::encodeName(QDir(m_profile).filePath(QString::fromLatin1(name))));
            copies.append(point + '/' + name);
        }
        const QByteArray filler = point + "/filler";
        const off_t keepFree = off_t(freePages) * 4096;

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (auto it = kScript.begin(); it != kScript.end(); ++it) {
            environment.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(environment);
        process.setChildProcessModifier([&] {
            if (::unshare(CLONE_NEWNS) != 0) {
                ::_exit(kChildCannotMount);
            }
            ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr); // already private under ./dev
            if (::mount("tmpfs", point.constData(), "tmpfs", 0, "size=2m") != 0) {
                ::_exit(kChildCannotMount);
            }
            for (qsizetype i = 0; i + 1 < copies.size(); i += 2) {
                if (!copyInto(copies.at(i).constData(), copies.at(i + 1).constData())) {
                    ::_exit(kChildCannotMount + 1);
                }
            }
            const int fill = ::open(filler.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
            static char block[4096];
            while (::write(fill, block, sizeof block) > 0) {
            }
            const off_t size = ::lseek(fill, 0, SEEK_END);
            if (::ftruncate(fill, size > keepFree ? size - keepFree : 0) != 0) {
                ::_exit(kChildCannotMount + 1);
            }
            ::close(fill);
        });
        process.start(QString::fromUtf8(test::kClearlineBinary),
                      {QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--profile"), mountPoint,
                       QStringLiteral("--title"), QStringLiteral("Late"), QStringLiteral("--text"),
                       QString(20000, QLatin1Char('x'))});
        QVERIFY(process.waitForFinished(60000));
        if (process.exitCode() == kChildCannotMount) {
            QSKIP("a small file system cannot be mounted here (needs root)");
        }
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("The disk is full")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("read-only")), qPrintable(err));
    }

    void controlCharactersNeverReachTheTerminalOrTheCsv()
    {
        // Written through the library, as a bundle from anyone could bring
        // it: an escape sequence that clears the screen and retitles the
        // terminal, a bell, a NUL, backspaces and a C1 control.
        test::TestProfile p;
        const QString title = QStringLiteral("Bus \x1b[2J\x1b]0;pwned\x07 at 6:45 ") + QChar(0) +
                              QStringLiteral(" done\b\b\b\b") + QChar(0x9b) + QStringLiteral("31m");
        const QString text = QStringLiteral("Line one\r\nLine two\x1b[1A\rover");
        const ledger::Revision revision = p.submit(ledger::Memo{title, text, {}}.toPayload(), ledger::Memo::kKind);
        p.ledger.reset();
        const QString profile = p.profile.dataDirectory();

        const QList<QStringList> commands{
            {QStringLiteral("memo"), QStringLiteral("list")},
            {QStringLiteral("memo"), QStringLiteral("show"), revision.recordId},
            {QStringLiteral("records"), QStringLiteral("search")},
            {QStringLiteral("memo"), QStringLiteral("show"), QStringLiteral("nothing\x1b[2J")},
        };
        for (const QStringList &command : commands) {
            const CliResult result = run(command + QStringList{QStringLiteral("--profile"), profile});
            QVERIFY2(controlsIn(result.out).isEmpty(), qPrintable(command.join(u' ') + u": " + controlsIn(result.out)));
            QVERIFY2(controlsIn(result.err).isEmpty(), qPrintable(command.join(u' ') + u": " + controlsIn(result.err)));
            QVERIFY2(result.out.contains(QChar(0xfffd)) || result.err.contains(QChar(0xfffd)),
                     qPrintable(command.join(u' ')));
        }

        const QString csv = m_dir.filePath(QStringLiteral("records.csv"));
        QCOMPARE(run({QStringLiteral("records"), QStringLiteral("export"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--out"), csv, QStringLiteral("--profile"), profile})
                     .exitCode,
                 0);
        const QString written = QString::fromUtf8(test::readFile(csv));
        QVERIFY2(controlsIn(written).isEmpty(), qPrintable(controlsIn(written)));
        QVERIFY(written.contains(QStringLiteral("Bus \uFFFD[2J")));

        // Only what is shown changes: the record keeps what was signed.
        const CliResult shown = run({QStringLiteral("memo"), QStringLiteral("show"), revision.recordId,
                                     QStringLiteral("--profile"), profile, QStringLiteral("--json")});
        QCOMPARE(shown.json().value(QStringLiteral("title")).toString(), title);
        QCOMPARE(shown.json().value(QStringLiteral("text")).toString(), text);
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
