// SPDX-License-Identifier: GPL-3.0-or-later
//
// The policy viewer: the web engine starts only when the viewer is first
// shown, the page reads clause by clause, opens at a clause, and nothing
// it contains can reach the network.

#include "testpaths.h"

#include "core/settings.h"
#include "policy/packloader.h"
#include "ui/mainwindow.h"
#include "ui/policyviewer.h"
#include "ui/profilesession.h"
#include "ui/web/offlineprofile.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace clearline;

namespace {

policy::Pack lakeview()
{
    const auto result = policy::PackLoader::loadFile(
        QDir(QString::fromUtf8(test::kSourceDir)).filePath(QStringLiteral("tests/fixtures/packs/lakeview/pack.yaml")));
    if (!result.pack) {
        qFatal("fixture pack did not load");
    }
    return *result.pack;
}

QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant value;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &result) {
        value = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000)) {
        return {};
    }
    return value;
}

bool currentClauseBecomes(QWebEnginePage *page, const QString &id)
{
    return QTest::qWaitFor(
        [&] {
            return evaluate(page, QStringLiteral("(document.querySelector('.clause.current')||{}).id")).toString() ==
                   id;
        },
        10000);
}

} // namespace

class TestPolicyViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webEngineWaitsUntilTheViewerIsShown()
    {
        ui::PolicyViewer viewer;
        viewer.showPack(lakeview(), QStringLiteral("en"));
        QCOMPARE(viewer.view(), nullptr);
        QSignalSpy ready(&viewer, &ui::PolicyViewer::pageReady);
        viewer.show();
        QVERIFY(viewer.view());
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.constFirst().constFirst().toBool(), true);
    }

    void pageShowsEveryClauseAndOpensAtOne()
    {
        ui::PolicyViewer viewer;
        viewer.show();
        QSignalSpy ready(&viewer, &ui::PolicyViewer::pageReady);
        viewer.showPack(lakeview(), QStringLiteral("es"), QStringLiteral("records"));
        QVERIFY(ready.wait(30000));
        QWebEnginePage *page = viewer.view()->page();
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('section.clause').length")).toInt(), 5);
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelector('#clause-phones h2').textContent")).toString(),
                 QStringLiteral("§ 4.1 Personal phone numbers"));
        QVERIFY(currentClauseBecomes(page, QStringLiteral("clause-records")));
        viewer.showClause(QStringLiteral("tools"));
        QVERIFY(currentClauseBecomes(page, QStringLiteral("clause-tools")));
        // The rule's advice is shown in the chosen language.
        QVERIFY(evaluate(page, QStringLiteral("document.body.textContent"))
                    .toString()
                    .contains(QStringLiteral("Sea breve y hable solo de la escuela.")));
    }

    void nothingReachesTheNetwork()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort());
        QWebEngineView view;
        view.setPage(new QWebEnginePage(ui::web::OfflineProfile::instance(), &view));
        view.show();
        QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
        const int blockedBefore = ui::web::OfflineProfile::interceptor()->blocked();
        view.setHtml(QStringLiteral("<html><head><link rel=stylesheet href='%1style.css'></head><body>"
                                    "<img src='%1picture.png'><iframe src='%1frame'></iframe>"
                                    "<img src='https://example.org/x.png'></body></html>")
                         .arg(url),
                     QUrl(QStringLiteral("clearline://policy/")));
        QVERIFY(loaded.wait(30000));
        QTest::qWait(500);
        QVERIFY(!server.hasPendingConnections());
        QVERIFY(!server.waitForNewConnection(200));
        QVERIFY2(ui::web::OfflineProfile::interceptor()->blocked() - blockedBefore >= 3,
                 qPrintable(QString::number(ui::web::OfflineProfile::interceptor()->blocked() - blockedBefore)));
    }

    void onlyTheProgramsOwnSchemesAreAllowed()
    {
        using ui::web::OfflineInterceptor;
        QVERIFY(OfflineInterceptor::isAllowed(QUrl(QStringLiteral("data:text/html,x"))));
        QVERIFY(OfflineInterceptor::isAllowed(QUrl(QStringLiteral("clearline://policy/"))));
        for (const char *url : {"http://127.0.0.1/", "https://example.org/", "file:///etc/passwd", "ftp://x/",
                                "ws://127.0.0.1/", "qrc:/templates/policy.html"}) {
            QVERIFY2(!OfflineInterceptor::isAllowed(QUrl(QString::fromLatin1(url))), url);
        }
    }

    void unsignedPackLoadsOnlyInAuthoringMode()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("pack.yaml"));
        QVERIFY(QFile::copy(QDir(QString::fromUtf8(test::kSourceDir))
                                .filePath(QStringLiteral("tests/fixtures/packs/lakeview/pack.yaml")),
                            pack));
        const core::Profile profile = core::Profile::inDirectory(dir.filePath(QStringLiteral("profile")));
        core::Settings settings(profile);
        settings.setDistrict(pack);
        ui::ProfileSession session(profile, [](crypto::PassphraseRequest) { return std::optional<QString>(); });
        {
            ui::MainWindow window(session, settings);
            window.showPolicy();
            QVERIFY(window.policyViewer());
            QCOMPARE(window.policyViewer()->view(), nullptr); // no page: nothing to render
            QVERIFY(session.pack() == nullptr);               // and no requests under it either
            QVERIFY2(session.packProblem().contains(QLatin1String("not signed")), qPrintable(session.packProblem()));
        }
        {
            ui::MainWindow window(session, settings);
            window.setAuthoringMode(true);
            window.showPolicy(QStringLiteral("phones"));
            QSignalSpy ready(window.policyViewer(), &ui::PolicyViewer::pageReady);
            QVERIFY(window.policyViewer()->view());
            QVERIFY(ready.wait(30000));
            QVERIFY(
                window.policyViewer()->banner().startsWith(QLatin1String("Authoring mode: this pack is not signed")));
        }
        // A shipped pack needs no authoring mode and shows no banner.
        settings.setDistrict(QStringLiteral("wareham"));
        ui::MainWindow window(session, settings);
        window.showPolicy();
        QSignalSpy ready(window.policyViewer(), &ui::PolicyViewer::pageReady);
        QVERIFY(ready.wait(30000));
        QCOMPARE(window.policyViewer()->banner(), QString());
    }

    void messageInsteadOfAPage()
    {
        ui::PolicyViewer viewer;
        viewer.showMessage(QStringLiteral("No district policy is chosen."));
        viewer.show();
        QCOMPARE(viewer.view(), nullptr);
        QVERIFY(QTest::qWaitForWindowActive(&viewer));
        QTest::keyClick(&viewer, Qt::Key_Escape); // a window of its own closes like a dialog
        QVERIFY(!viewer.isVisible());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPolicyViewer test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_policyviewer.moc"
