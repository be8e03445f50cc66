// SPDX-License-Identifier: GPL-3.0-or-later
//
// What a principal's two busiest screens cost at a school's size: the
// building overview (`review overview`) and the review queue (`review
// queue`), beside a bare read of the same rows (every request and decision
// with its payload, one plain SELECT on the same file, no verification and
// no policy) in the same run, so the ratio holds on a noisy machine.
//
// The school is made through ClearLine's own code: the teacher's request
// is filed with RequestFiling, then each staff member's copies are signed
// with their own key and appended as a bundle import appends them; the
// principal (a holder in the pack) signs a decision on about two in three.
// Each figure is the median of --repeat runs. Usage:
//   bench_overview [--quick] [--staff 150] [--requests 20] [--repeat 5]

#include "overview/buildingoverview.h"
#include "requests/decision.h"
#include "requests/packanswers.h"
#include "requests/requestfiling.h"
#include "requests/review.h"
#include "testprofile.h"

#include "crypto/signingkey.h"
#include "ledger/syncstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sodium.h>

using namespace clearline;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

double medianMs(int repeat, const std::function<void()> &work)
{
    QList<double> runs;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        runs.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return median(runs);
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// One signer of the made-up school: a key, and who it says it is.
struct Signer
{
    crypto::SigningKey key = crypto::SigningKey::generate();
    crypto::IdentityInfo info;
};

struct School
{
    policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
    QString school = pack.schools.constFirst().id;
    test::TestProfile principal{QStringLiteral("Rita Principal"), school};
    QDate today = requests::districtToday(pack);
    qint64 requests = 0;
    qint64 decisions = 0;

    School()
    {
        const crypto::IdentityInfo &rita = principal.identity->info();
        for (policy::Role &role : pack.roles) {
            if (role.id == QLatin1String("principal")) {
                role.holders.append({rita.name, rita.email, {school, {}}, rita.publicKey});
            }
        }
    }

    /// A request as the teacher's ClearLine files it.
    QJsonObject requestPayload()
    {
        test::TestProfile teacher(QStringLiteral("Tess Teacher"), school);
        requests::RequestForm form;
        form.procedureId = QStringLiteral("class-page");
        for (const policy::Field &field : pack.procedure(form.procedureId)->fields) {
            form.answers.insert(field.id, test::goodAnswer(pack, field));
        }
        for (const policy::ChecklistItem &item : pack.procedure(form.procedureId)->checklist) {
            form.ticked.append(item.id);
        }
        QString error;
        const auto sent =
            requests::RequestFiling(*teacher.ledger, *teacher.identity, pack).send(form, {}, today, &error);
        if (!sent) {
            qFatal("the request was not filed: %s", qPrintable(error));
        }
        return sent->payload;
    }

    ledger::Revision append(ledger::SyncStore &store, const QByteArray &publicKey, const crypto::SigningKey &key,
                            const QString &personId, const QString &kind, const QJsonObject &payload)
    {
        ledger::Revision revision;
        revision.id = uuid();
        revision.recordId = uuid();
        revision.kind = kind;
        revision.authorId = personId;
        revision.deviceId = personId;
        revision.zone = QStringLiteral("America/New_York");
        revision.created =
            QDateTime::fromString(ledger::Revision::timeText(QDateTime::currentDateTimeUtc()), Qt::ISODateWithMs);
        revision.payload = payload;
        revision.prevHash = store.lastHashOf(publicKey);
        revision.sign(key);
        QString error;
        if (!store.append(revision, &error)) {
            qFatal("not appended: %s", qPrintable(error));
        }
        return revision;
    }

    void fill(int staff, int perPerson)
    {
        const QJsonObject payload = requestPayload();
        const crypto::IdentityInfo &rita = principal.identity->info();
        ledger::SyncStore store(*principal.ledger);
        QString error;
        for (int i = 0; i < staff; ++i) {
            Signer signer;
            signer.info.personId = uuid();
            signer.info.name = QStringLiteral("Staff Member %1").arg(i + 1);
            signer.info.email = QStringLiteral("staff%1@wpsk12.example").arg(i + 1);
            signer.info.school = school;
            signer.info.publicKey = signer.key.publicKey();
            if (!principal.ledger->trustKey(signer.info, QStringLiteral("accepted"), &error) || !store.begin(&error)) {
                qFatal("%s", qPrintable(error));
            }
            for (int r = 0; r < perPerson; ++r) {
                const ledger::Revision request = append(store, signer.info.publicKey, signer.key, signer.info.personId,
                                                        requests::Request::kKind, payload);
                ++requests;
                if (r % 3 == 2) {
                    continue; // still waiting for the principal
                }
                const requests::Decision approval{request.recordId,
                                                  request.id,
                                                  0,
                                                  QStringLiteral("principal"),
                                                  requests::Decision::Action::Approve,
                                                  {}};
                append(store, rita.publicKey, principal.identity->key(), rita.personId, requests::Decision::kKind,
                       approval.toPayload());
                ++decisions;
            }
            if (!store.commit(&error)) {
                qFatal("%s", qPrintable(error));
            }
        }
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0) {
        return 1;
    }
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("quick"), QStringLiteral("A small school, once (a smoke run).")},
         {QStringLiteral("staff"), QStringLiteral("Staff members."), QStringLiteral("N"), QStringLiteral("150")},
         {QStringLiteral("requests"), QStringLiteral("Requests per staff member."), QStringLiteral("N"),
          QStringLiteral("20")},
         {QStringLiteral("repeat"), QStringLiteral("Runs per figure."), QStringLiteral("N"), QStringLiteral("5")}});
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int staff = quick ? 5 : parser.value(QStringLiteral("staff")).toInt();
    const int perPerson = quick ? 3 : parser.value(QStringLiteral("requests")).toInt();
    const int repeat = quick ? 1 : parser.value(QStringLiteral("repeat")).toInt();

    School school;
    QElapsedTimer made;
    made.start();
    school.fill(staff, perPerson);
    std::printf("school: %d staff, %lld requests, %lld decisions, made in %.1f s\n", staff,
                static_cast<long long>(school.requests), static_cast<long long>(school.decisions),
                static_cast<double>(made.elapsed()) / 1000.0);

    // The bare read: the same rows, straight from the file.
    const QString bareName = uuid();
    double bare = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), bareName);
        db.setDatabaseName(ledger::Ledger::fileFor(school.principal.profile));
        if (!db.open()) {
            qFatal("the bare connection did not open");
        }
        qint64 bytes = 0;
        bare = medianMs(repeat, [&] {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT r.record_id, v.payload FROM records r JOIN revisions v ON v.id = "
                                      "r.head_revision WHERE r.kind IN ('request', 'decision')"));
            while (query.next()) {
                bytes += query.value(1).toByteArray().size();
            }
        });
        if (bytes == 0) {
            qFatal("the bare read found nothing");
        }
    }
    QSqlDatabase::removeDatabase(bareName);

    qsizetype staffSeen = 0;
    const double overview = medianMs(repeat, [&] {
        staffSeen = overview::BuildingOverview::of(*school.principal.ledger, school.pack, school.school, school.today)
                        .staff.size();
    });
    const QByteArray rita = school.principal.identity->info().publicKey;
    qsizetype waiting = 0;
    const double queue = medianMs(repeat, [&] {
        waiting = requests::Review::queue(*school.principal.ledger, school.pack, rita, school.today).size();
    });
    if (staffSeen < staff || waiting == 0) {
        qFatal("the overview saw %lld staff and the queue %lld requests", static_cast<long long>(staffSeen),
               static_cast<long long>(waiting));
    }
    std::printf("%-22s %10s %10s\n", "operation", "ms", "x bare");
    std::printf("%-22s %10.1f %10s\n", "bare read", bare, "1.0");
    std::printf("%-22s %10.1f %10.1f\n", "review overview", overview, overview / bare);
    std::printf("%-22s %10.1f %10.1f   (%lld waiting)\n", "review queue", queue, queue / bare,
                static_cast<long long>(waiting));
    return 0;
}
