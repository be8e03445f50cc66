// SPDX-License-Identifier: GPL-3.0-or-later
//
// District-wide configuration, as issue 20 asks: district IT puts a signed
// pack and clearline/district.ini in a system folder (here a temporary one
// given as XDG_CONFIG_DIRS); a fresh profile works under that pack with no
// setting of its own, a person cannot change what the district locks, and a
// newer signed pack put in the same place is used by the next command.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using clearline::test::CliResult;

namespace {

const auto kPassphrase = QStringLiteral("district it");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

class TestDistrictConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_systemFolder; ///< what XDG_CONFIG_DIRS names, like /etc/xdg
    QString m_pack;
    QString m_key;
    QString m_fingerprint;
    QString m_profile;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QHash<QString, QString> environment() const
    {
        return {{QStringLiteral("XDG_CONFIG_DIRS"), m_systemFolder},
                {QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/.config"))},
                {QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/.local/share"))},
                {QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file")},
                {QStringLiteral("CLEARLINE_PASSPHRASE"), kPassphrase}};
    }

    CliResult run(QStringList arguments) const
    {
        arguments << QStringLiteral("--profile") << m_profile;
        return clearline::test::runClearline(arguments, environment());
    }

    CliResult sign() const
    {
        return clearline::test::runClearline(
            {QStringLiteral("policy"), QStringLiteral("sign"), m_pack, QStringLiteral("--key"), m_key}, environment());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_systemFolder = path(QStringLiteral("etc/xdg"));
        const QString folder = m_systemFolder + QStringLiteral("/clearline");
        QVERIFY(QDir().mkpath(folder));
        m_pack = folder + QStringLiteral("/pack.yaml");
        QVERIFY(writeFile(m_pack, readFile(QString::fromUtf8(clearline::test::kSourceDir) +
                                           QStringLiteral("/policies/wilmington/pack.yaml"))));
        m_key = path(QStringLiteral("district.key"));
        const CliResult keygen =
            clearline::test::runClearline({QStringLiteral("policy"), QStringLiteral("keygen"), QStringLiteral("--out"),
                                           m_key, QStringLiteral("--json")},
                                          environment());
        QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err));
        m_fingerprint = keygen.json().value(QStringLiteral("fingerprint")).toString();
        QFile::setPermissions(m_pack, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                          QFileDevice::ReadOther);
        QVERIFY2(sign().exitCode == 0, "signing the district's pack");
        // Everyone on the laptop reads the pack, so its signature too.
        QCOMPARE(QFile::permissions(m_pack + QStringLiteral(".sig")) & QFileDevice::ReadOther, QFileDevice::ReadOther);
        // What district IT deploys: the pack beside this file, its key, a
        // longer backup period people may change, and two keys they may not.
        QVERIFY(writeFile(folder + QStringLiteral("/district.ini"), QStringLiteral("district = pack.yaml\n"
                                                                                   "district_key = %1\n"
                                                                                   "backup_days = 30\n"
                                                                                   "locked = district, district_key\n")
                                                                        .arg(m_fingerprint)
                                                                        .toUtf8()));
        m_profile = path(QStringLiteral("teacher"));
    }

    void aFreshProfileWorksUnderTheDistrictsPack()
    {
        // No --district: the school is checked against the district's pack.
        const CliResult made = run({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Pat Teacher"),
                                    QStringLiteral("--email"), QStringLiteral("pat@wpsk12.example"),
                                    QStringLiteral("--school"), QStringLiteral("high-school")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));

        const CliResult listed = run({QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject settings = listed.json().value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("district")).toString(), QDir::cleanPath(m_pack));
        QCOMPARE(settings.value(QStringLiteral("backup_days")).toString(), QStringLiteral("30"));
        const QJsonObject setBy = listed.json().value(QStringLiteral("setBy")).toObject();
        QCOMPARE(setBy.value(QStringLiteral("district")).toString(), QStringLiteral("district"));
        QCOMPARE(setBy.value(QStringLiteral("language")).toString(), QStringLiteral("default"));
        const QJsonArray locked = listed.json().value(QStringLiteral("locked")).toArray();
        QVERIFY(locked.contains(QStringLiteral("district")) && locked.contains(QStringLiteral("district_key")));

        // The pack is trusted through the district's key: the yearly
        // acknowledgment is signed against its title.
        const CliResult ack = run({QStringLiteral("ack")});
        QVERIFY2(ack.exitCode == 0, qPrintable(ack.err));
        QVERIFY2(ack.out.contains(QLatin1String("Social Media Policy")), qPrintable(ack.out));
    }

    void aPersonCannotChangeWhatTheDistrictLocks()
    {
        const CliResult changed = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district"),
                                       QStringLiteral("wilmington")});
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(changed.err.contains(QLatin1String("Your district sets \"district\" for everyone")),
                 qPrintable(changed.err));
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("district")}).out.trimmed(),
                 QDir::cleanPath(m_pack));

        // What is not locked is the person's to change, and theirs wins.
        QCOMPARE(
            run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("backup_days"), QStringLiteral("7")})
                .exitCode,
            0);
        const CliResult listed = run({QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(
            listed.json().value(QStringLiteral("settings")).toObject().value(QStringLiteral("backup_days")).toString(),
            QStringLiteral("7"));
        QCOMPARE(
            listed.json().value(QStringLiteral("setBy")).toObject().value(QStringLiteral("backup_days")).toString(),
            QStringLiteral("person"));
    }

    void initCannotChooseAnotherDistrict()
    {
        const QString other = path(QStringLiteral("other"));
        const CliResult made = clearline::test::runClearline(
            {QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Al"), QStringLiteral("--email"),
             QStringLiteral("al@example.org"), QStringLiteral("--district"), QStringLiteral("glenbard"),
             QStringLiteral("--profile"), other},
            environment());
        QCOMPARE(made.exitCode, 1);
        QVERIFY2(made.err.contains(QLatin1String("Your district sets the policy for everyone on this computer")),
                 qPrintable(made.err));
    }

    void aNewerSignedPackInTheDistrictsFolderIsUsedNext()
    {
        QByteArray text = readFile(m_pack);
        QVERIFY(text.contains("policy_title: Social Media Policy\n"));
        text.replace("policy_title: Social Media Policy\n", "policy_title: Social Media Policy, 2027 edition\n");
        QVERIFY(writeFile(m_pack, text));
        // Until it is signed again, nobody works under an edited pack.
        const CliResult unsigned_ = run({QStringLiteral("ack"), QStringLiteral("--status")});
        QCOMPARE(unsigned_.exitCode, 1);
        QVERIFY2(sign().exitCode == 0, "signing the new edition");
        const CliResult status = run({QStringLiteral("ack"), QStringLiteral("--status")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        const CliResult ack = run({QStringLiteral("ack")});
        QVERIFY2(ack.exitCode == 0, qPrintable(ack.err));
        QVERIFY2(ack.out.contains(QLatin1String("Social Media Policy, 2027 edition")), qPrintable(ack.out));
    }
};

QTEST_GUILESS_MAIN(TestDistrictConfig)
#include "tst_districtconfig.moc"
