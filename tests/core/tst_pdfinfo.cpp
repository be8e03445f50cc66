// SPDX-License-Identifier: GPL-3.0-or-later
//
// Title and author added to a PDF by an incremental update (issue 20): the
// bytes already there are kept, and poppler reads the new information.

#include "core/pdfinfo.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using clearline::core::PdfInfo::stamped;

namespace {

// A one-page PDF as a writer with a classic cross-reference table makes it.
QByteArray smallPdf()
{
    QByteArray pdf("%PDF-1.4\n");
    QList<qsizetype> offsets;
    const QList<QByteArray> objects{"<</Type /Catalog /Pages 2 0 R>>", "<</Type /Pages /Kids [3 0 R] /Count 1>>",
                                    "<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]>>", "<</Producer (a test)>>"};
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<</Size 5\n/Root 1 0 R\n/Info 4 0 R>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF";
    return pdf;
}

} // namespace

class TestPdfInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleAndAuthorAreAddedAndTheRestKept()
    {
        const QByteArray before = smallPdf();
        const QByteArray after = stamped(before, QStringLiteral("Records with kind contact"),
                                         QStringLiteral("Inés Núñez"), QDateTime::currentDateTimeUtc());
        QVERIFY(after.startsWith(before));
        QVERIFY(after.endsWith("%%EOF\n"));

        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty()) {
            QSKIP("pdfinfo (poppler-utils) is not installed");
        }
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("a.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(after) == after.size());
        file.close();
        QProcess info;
        info.start(pdfinfo, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file.fileName()});
        QVERIFY(info.waitForFinished(30000));
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(info.exitCode() == 0, qPrintable(QString::fromUtf8(info.readAllStandardError())));
        QVERIFY2(text.contains(QLatin1String("Title:           Records with kind contact")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Author:          Inés Núñez")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Creator:         ClearLine")));
        QVERIFY(text.contains(QLatin1String("Pages:           1")));
    }

    void aFileItCannotFollowIsLeftAlone()
    {
        QVERIFY(stamped("not a pdf", QStringLiteral("t"), QStringLiteral("a"), {}).isEmpty());
        // A cross-reference stream (no "trailer" keyword) is not rewritten.
        QByteArray streamOnly = smallPdf();
        streamOnly.replace("trailer", "nothing");
        QVERIFY(stamped(streamOnly, QStringLiteral("t"), QStringLiteral("a"), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPdfInfo)
#include "tst_pdfinfo.moc"
