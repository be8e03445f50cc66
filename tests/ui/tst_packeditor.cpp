// SPDX-License-Identifier: GPL-3.0-or-later
//
// The pack editor as district IT uses it: mistakes listed as they type,
// one activation from their line, a preview once the pack is valid, YAML
// highlighting in a theme that suits the palette.

#include "testpaths.h"

#include "core/languages.h"
#include "ui/packeditor.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

using namespace clearline;

namespace {
QString fixture(const QString &path)
{
    return QDir(QString::fromUtf8(test::kSourceDir)).filePath(QStringLiteral("tests/fixtures/packs/") + path);
}
} // namespace

class TestPackEditor : public QObject
{
    Q_OBJECT

    core::Languages m_languages;

private Q_SLOTS:
    void initTestCase() { m_languages.install(QStringLiteral("en")); }

    void mistakesAreListedAndLeadToTheirLine()
    {
        ui::PackEditor editor;
        QString error;
        QVERIFY(editor.openFile(fixture(QStringLiteral("broken/06-undefined-role.yaml")), &error));
        QCOMPARE(editor.errorList()->count(), 1);
        QCOMPARE(editor.errorList()->item(0)->text(),
                 QStringLiteral("35:15: the role \"principle\" is not defined in this pack"));
        QVERIFY(editor.status().startsWith(QLatin1String("1 mistake")));

        Q_EMIT editor.errorList()->itemActivated(editor.errorList()->item(0));
        const QTextCursor cursor = editor.textEdit()->textCursor();
        QCOMPARE(cursor.blockNumber(), 34);
        QCOMPARE(cursor.positionInBlock(), 14);
        QCOMPARE(cursor.block().text().mid(cursor.positionInBlock()), QStringLiteral("principle"));
    }

    void fixingTheTextValidatesAsOneTypes()
    {
        ui::PackEditor editor;
        editor.show();
        QString error;
        QVERIFY(editor.openFile(fixture(QStringLiteral("broken/06-undefined-role.yaml")), &error));
        QSignalSpy validated(&editor, &ui::PackEditor::validated);
        // "principle" becomes "principal".
        Q_EMIT editor.errorList()->itemActivated(editor.errorList()->item(0));
        QTextCursor cursor = editor.textEdit()->textCursor();
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor.textEdit()->setTextCursor(cursor);
        QTest::keyClick(editor.textEdit(), Qt::Key_Backspace);
        QTest::keyClick(editor.textEdit(), Qt::Key_Backspace);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("al"));
        QVERIFY(validated.wait(5000));
        QVERIFY2(validated.constLast().constFirst().toBool(),
                 qPrintable(editor.status() + QLatin1Char('\n') + editor.textEdit()->textCursor().block().text()));
        QCOMPARE(editor.errorList()->count(), 0);
        QVERIFY2(editor.status().startsWith(QLatin1String("Valid: Brook Schools")), qPrintable(editor.status()));
    }

    void previewShowsProceduresAsStaffSeeThem()
    {
        ui::PackEditor editor;
        QString error;
        QVERIFY(editor.openFile(fixture(QStringLiteral("lakeview/pack.yaml")), &error));
        QCOMPARE(editor.errorList()->count(), 0);
        const QString preview = editor.previewText();
        QVERIFY(preview.contains(QLatin1String("Borrow a district phone")));
        QVERIFY(preview.contains(QLatin1String("Principal approves")));
        QVERIFY(preview.contains(QLatin1String("Technology coordinator approves, within 10 days (tools)")));
        QVERIFY(preview.contains(
            QLatin1String("Principal is notified (tools), and at the same time Superintendent is notified")));
    }

    void yamlHighlightingFollowsThePalette()
    {
        {
            ui::PackEditor editor;
            QCOMPARE(editor.highlighter()->definition().name(), QStringLiteral("YAML"));
            QVERIFY(!editor.highlighter()->theme().name().contains(QLatin1String("Dark")));
        }
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        QApplication::setPalette(dark);
        ui::PackEditor editor;
        QVERIFY2(editor.highlighter()->theme().name().contains(QLatin1String("Dark")),
                 qPrintable(editor.highlighter()->theme().name()));
        QApplication::setPalette(light);
    }

    // With CLEARLINE_SHOT_DIR set, saves pictures of the editor in a light
    // and a dark palette, for people to look at (no assertions on pixels).
    void picturesForPeople()
    {
        const QString folder = qEnvironmentVariable("CLEARLINE_SHOT_DIR");
        if (folder.isEmpty()) {
            QSKIP("set CLEARLINE_SHOT_DIR to save pictures");
        }
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        for (const auto &[role, color] : std::initializer_list<std::pair<QPalette::ColorRole, QColor>>{
                 {QPalette::Window, QColor(45, 45, 48)},
                 {QPalette::WindowText, QColor(230, 230, 230)},
                 {QPalette::Base, QColor(30, 30, 30)},
                 {QPalette::Text, QColor(230, 230, 230)},
                 {QPalette::Button, QColor(55, 55, 58)},
                 {QPalette::ButtonText, QColor(230, 230, 230)}}) {
            dark.setColor(role, color);
        }
        for (const auto &[name, palette] :
             {std::pair{QStringLiteral("light"), light}, std::pair{QStringLiteral("dark"), dark}}) {
            QApplication::setPalette(palette);
            ui::PackEditor editor;
            editor.resize(1100, 700);
            QString error;
            QVERIFY(editor.openFile(fixture(QStringLiteral("broken/13-deadline-unknown-field.yaml")), &error));
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            QVERIFY(editor.grab().save(QDir(folder).filePath(QStringLiteral("editor-%1.png").arg(name))));
            QVERIFY(editor.openFile(fixture(QStringLiteral("lakeview/pack.yaml")), &error));
            QCoreApplication::processEvents();
            QVERIFY(editor.grab().save(QDir(folder).filePath(QStringLiteral("editor-%1-valid.png").arg(name))));
        }
        QApplication::setPalette(light);
    }

    void savesTheTextAsTyped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pack.yaml"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("base.yaml")), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ui::PackEditor editor;
        QString error;
        QVERIFY(editor.openFile(path, &error));
        editor.textEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("# reviewed"));
        QVERIFY(editor.save(&error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().endsWith("# reviewed"));
    }

    void unreadableFileIsExplained()
    {
        ui::PackEditor editor;
        QString error;
        QVERIFY(!editor.openFile(fixture(QStringLiteral("nowhere/pack.yaml")), &error));
        QVERIFY(error.startsWith(QLatin1String("ClearLine could not open")));
    }
};

QTEST_MAIN(TestPackEditor)
#include "tst_packeditor.moc"
