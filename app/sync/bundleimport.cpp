// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/bundleimport.h"

#include "crypto/digest.h"
#include "crypto/identity.h"
#include "ledger/derivedstate.h"
#include "ledger/syncstore.h"
#include "sync/bundlereader.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <future>
#include <optional>
#include <utility>
#include <vector>

namespace clearline::sync {

namespace {

// Clocks of laptops drift and get set wrong by hand; a day is past any
// drift and short of a wrong date.
constexpr qint64 kFutureSlackSeconds = 24 * 60 * 60;
// Lines checked together; large enough to keep every core busy, small
// enough that a batch of the longest lines still fits in memory.
constexpr qsizetype kBatch = 512;
// …and no more text than this at once, parsed or not: attachments make
// lines of up to 48 MB, and a batch of those must not fill the memory.
constexpr qsizetype kBatchBytes = 32 * 1024 * 1024;

/// One payload line, parsed, with its revision's hash and signature checked.
struct CheckedLine
{
    std::optional<ledger::Revision> revision;
    std::optional<BundleAttachment> attachment;
    bool hashMatches = false;
    bool signatureValid = false;
    QString problem; ///< the line is not a revision or an attachment
};

void check(const QByteArray &line, CheckedLine &out)
{
    if (BundleLine::parse(line, &out.revision, &out.attachment, &out.problem) && out.revision) {
        if (out.revision->withheld) {
            // A stub has no content to hash: its signature over the hash
            // is what proves its author made it.
            out.hashMatches = true;
            out.signatureValid = out.revision->signatureValid();
            return;
        }
        out.hashMatches = out.revision->hashMatches();
        out.signatureValid = out.hashMatches && out.revision->signatureValid();
    }
}

/// Parses and checks lines on as many threads as the machine has cores.
QList<CheckedLine> checkAll(QList<QByteArray> lines)
{
    QList<CheckedLine> result(lines.size());
    // Each thread writes its own elements, through a pointer taken once, so
    // no thread touches the list itself.
    CheckedLine *slots = result.data();
    const qsizetype threads = qBound(1, QThread::idealThreadCount(), 8);
    const qsizetype share = (lines.size() + threads - 1) / threads;
    std::vector<std::future<void>> running;
    for (qsizetype from = share; from < lines.size(); from += share) {
        running.push_back(std::async(std::launch::async, [&, from] {
            for (qsizetype i = from; i < qMin(from + share, lines.size()); ++i) {
                check(lines.at(i), slots[i]);
            }
        }));
    }
    for (qsizetype i = 0; i < qMin(share, lines.size()); ++i) {
        check(lines.at(i), slots[i]);
    }
    for (std::future<void> &done : running) {
        done.get();
    }
    return result;
}

/// The role holder the district's pack lists with this key, if any.
const policy::RoleHolder *listedInPack(const std::optional<policy::Pack> &pack, const QByteArray &key)
{
    if (!pack) {
        return nullptr;
    }
    for (const policy::Role &role : pack->roles) {
        for (const policy::RoleHolder &holder : role.holders) {
            if (!holder.key.isEmpty() && holder.key == key) {
                return &holder;
            }
        }
    }
    return nullptr;
}

crypto::IdentityInfo identityOf(const ledger::KnownPerson &person)
{
    crypto::IdentityInfo info;
    info.personId = person.personId;
    info.name = person.name;
    info.email = person.email;
    info.school = person.school;
    info.publicKey = person.publicKey;
    return info;
}

/// One import: the reader, the store, and what has been seen so far.
class Import
{
    Q_DECLARE_TR_FUNCTIONS(clearline::sync::BundleImport)

public:
    Import(ledger::Ledger &ledger, const QString &file, const ImportOptions &options)
        : m_ledger(ledger)
        , m_store(ledger)
        , m_reader(file)
        , m_options(options)
    {
        m_report.file = file;
        m_report.dryRun = options.dryRun;
    }

    ImportReport run()
    {
        QString error;
        if (!m_reader.open(&error)) {
            return refuse(error);
        }
        m_report.manifest = m_reader.manifest();
        m_report.fileSha256 = m_reader.fileSha256();
        const Manifest &manifest = m_reader.manifest();
        if (m_options.pack && manifest.pack) {
            m_report.otherPack = manifest.pack->district != m_options.pack->district.id;
        }
        sortPeople();
        if (!m_report.waiting.isEmpty() && !m_options.dryRun) {
            m_report.outcome = ImportReport::Outcome::NeedsAcceptance;
            return m_report;
        }
        if (!m_store.begin(&error)) {
            return refuse(error);
        }
        bool ok = false;
        try {
            ok = trustNewPeople(&error) && readAll(&error) && matchesManifest(&error) &&
                 (m_options.dryRun || m_store.acknowledge(manifest.exporter.publicKey, manifest.holdings, &error));
        } catch (const std::exception &) {
            // Out of memory or threads: the transaction must not stay open
            // on the connection that later writes use.
            error = tr("ClearLine ran out of memory reading this bundle. Close other programs and try again.");
        }
        if (!ok) {
            m_store.rollback();
            return refuse(error);
        }
        if (m_options.dryRun) {
            m_store.rollback();
        } else if (!m_store.commit(&error)) {
            return refuse(error);
        }
        m_report.outcome =
            m_report.waiting.isEmpty() ? ImportReport::Outcome::Imported : ImportReport::Outcome::NeedsAcceptance;
        return m_report;
    }

private:
    ImportReport refuse(const QString &problem)
    {
        m_report.outcome = ImportReport::Outcome::Refused;
        m_report.problem = problem;
        m_report.newByKind.clear();
        m_report.newRevisions = 0;
        m_report.newAttachments = 0;
        m_report.withheld = 0;
        return m_report;
    }

    /// Every key the bundle brings that this profile does not trust yet is
    /// accepted from the pack, accepted by the user, or waits.
    void sortPeople()
    {
        const Manifest &manifest = m_reader.manifest();
        for (const ledger::KnownPerson &person : m_ledger.people()) {
            m_trusted.insert(person.publicKey, person.personId);
        }
        QSet<QByteArray> signers{manifest.exporter.publicKey};
        for (const ChainSpan &span : manifest.chains) {
            signers.insert(span.authorKey);
        }
        QList<ledger::KnownPerson> introduced = manifest.keys;
        introduced.prepend(manifest.exporter);
        for (ledger::KnownPerson person : introduced) {
            m_introduced.insert(person.publicKey);
            if (m_trusted.contains(person.publicKey) || !signers.remove(person.publicKey)) {
                continue;
            }
            const QString fingerprint = crypto::fingerprint(person.publicKey);
            // Only the exporter speaks for themselves here; anyone else's
            // person id comes from their own first signed revision.
            if (person.publicKey != manifest.exporter.publicKey) {
                person.personId = QStringLiteral(""); // bound by take(); "" as the column takes no NULL
            }
            if (const policy::RoleHolder *holder = listedInPack(m_options.pack, person.publicKey)) {
                // The district's word on who holds the key, not the sender's.
                person.name = holder->name;
                person.email = holder->email;
                person.school = holder->school.id;
                person.source = QStringLiteral("pack");
            } else if (m_options.accepted.contains(fingerprint, Qt::CaseInsensitive) && !claimsPackHolder(person)) {
                person.source = QStringLiteral("accepted");
            } else {
                person.source = QStringLiteral("waiting");
                if (const QString known = knownAs(person); !known.isEmpty()) {
                    m_report.newKeyOf.insert(person.publicKey, known);
                }
                m_report.waiting.append(person);
                continue;
            }
            m_report.newPeople.append(person);
        }
    }

    /// Whether someone gives the name or e-mail another person has.
    static bool sameNameOrEmail(const ledger::KnownPerson &person, const QString &name, const QString &email)
    {
        return (!person.name.isEmpty() && name.compare(person.name, Qt::CaseInsensitive) == 0) ||
               (!person.email.isEmpty() && email.compare(person.email, Qt::CaseInsensitive) == 0);
    }

    /// The role and holder the pack lists, under another key, with the name
    /// or e-mail this person gives; only district IT can add a key for them.
    std::optional<std::pair<const policy::Role *, const policy::RoleHolder *>>
    packHolderLike(const ledger::KnownPerson &person) const
    {
        if (m_options.pack) {
            for (const policy::Role &role : m_options.pack->roles) {
                for (const policy::RoleHolder &holder : role.holders) {
                    if (holder.key != person.publicKey && sameNameOrEmail(person, holder.name, holder.email)) {
                        return std::pair{&role, &holder};
                    }
                }
            }
        }
        return std::nullopt;
    }

    bool claimsPackHolder(const ledger::KnownPerson &person) const { return packHolderLike(person).has_value(); }

    /// For a new key that claims a person this profile knows by another
    /// key (the same person id, or a name or e-mail someone known has):
    /// that person as this profile knows them.
    QString knownAs(const ledger::KnownPerson &person) const
    {
        if (const auto listed = packHolderLike(person)) {
            return tr("%1, whom your district's policy lists as %2: only district IT can add a key for "
                      "them, in the policy")
                .arg(listed->second->name, listed->first->title);
        }
        // The same person id says most; a shared name or e-mail still warns.
        const QList<ledger::KnownPerson> people = m_ledger.people();
        for (const bool byId : {true, false}) {
            for (const ledger::KnownPerson &other : people) {
                const bool matches = byId ? !person.personId.isEmpty() && other.personId == person.personId
                                          : sameNameOrEmail(person, other.name, other.email);
                if (other.publicKey != person.publicKey && matches) {
                    return tr("%1 (known as %2)").arg(other.name, crypto::fingerprint(other.publicKey));
                }
            }
        }
        return {};
    }

    bool trustNewPeople(QString *error)
    {
        // In a dry run the people still waiting count as accepted, so the
        // report can say what accepting them would bring.
        QList<ledger::KnownPerson> people = m_report.newPeople;
        if (m_options.dryRun) {
            people += m_report.waiting;
        }
        for (const ledger::KnownPerson &person : std::as_const(people)) {
            if (!m_ledger.trustKey(identityOf(person), person.source, error)) {
                return false;
            }
            m_trusted.insert(person.publicKey, person.personId);
        }
        // People describe themselves, only the sender here, and a name once
        // accepted changes only when the user accepts the new one.
        const ledger::KnownPerson &exporter = m_reader.manifest().exporter;
        const auto known = m_trusted.find(exporter.publicKey);
        if (known == m_trusted.end()) {
            return true;
        }
        if (known->isEmpty()) {
            *known = exporter.personId;
            if (!m_store.bindPerson(exporter.publicKey, exporter.personId, error)) {
                return false;
            }
        }
        return noteNameChange(exporter, error);
    }

    /// Whether a name or e-mail is someone else's: another key's in this
    /// profile, or any holder's in the district's pack.
    bool belongsToSomeoneElse(const ledger::KnownPerson &person) const
    {
        const QList<ledger::KnownPerson> people = m_ledger.people();
        return packHolderLike(person) || std::any_of(people.begin(), people.end(), [&](const ledger::KnownPerson &o) {
                   return o.publicKey != person.publicKey && sameNameOrEmail(person, o.name, o.email);
               });
    }

    bool noteNameChange(const ledger::KnownPerson &exporter, QString *error)
    {
        const QList<ledger::KnownPerson> people = m_ledger.people();
        const auto stored = std::find_if(people.begin(), people.end(), [&](const ledger::KnownPerson &person) {
            return person.publicKey == exporter.publicKey;
        });
        if (stored == people.end() || stored->source == QLatin1String("pack")) {
            return true; // the pack names its holders
        }
        ledger::KnownPerson renamed = *stored;
        renamed.school = exporter.school; // where someone works is theirs to say
        if (stored->name == exporter.name && stored->email.compare(exporter.email, Qt::CaseInsensitive) == 0) {
            return stored->school == exporter.school || m_ledger.trustKey(identityOf(renamed), stored->source, error);
        }
        NameChange change{exporter.publicKey,
                          stored->name,
                          stored->email,
                          exporter.name,
                          exporter.email,
                          belongsToSomeoneElse(exporter),
                          false};
        change.taken = !change.borrowed &&
                       m_options.accepted.contains(crypto::fingerprint(exporter.publicKey), Qt::CaseInsensitive);
        m_report.nameChanges.append(change);
        if (change.taken) {
            renamed.name = exporter.name;
            renamed.email = exporter.email;
        }
        return m_ledger.trustKey(identityOf(renamed), stored->source, error);
    }

    /// Reads the payload in batches: the lines of a batch are parsed and
    /// their hashes and signatures checked on every core at once (the
    /// costly part), then taken in order on this thread. (Checking the next
    /// batch while taking this one measured no faster on two cores: the
    /// database work then competes with it.)
    bool readAll(QString *error)
    {
        QList<QByteArray> lines;
        qsizetype bytes = 0;
        for (;;) {
            QByteArray line;
            const BundleReader::Item item = m_reader.nextLine(&line, error);
            if (item == BundleReader::Item::Failed) {
                return false;
            }
            const bool end = item == BundleReader::Item::End;
            if (!end) {
                bytes += line.size();
                lines.append(std::move(line));
            }
            if (lines.size() == kBatch || bytes >= kBatchBytes || (end && !lines.isEmpty())) {
                if (!takeBatch(checkAll(std::move(lines)), error)) {
                    return false;
                }
                lines = {};
                bytes = 0;
            }
            if (end) {
                return true;
            }
        }
    }

    bool takeBatch(const QList<CheckedLine> &batch, QString *error)
    {
        for (const CheckedLine &checked : batch) {
            if (!checked.problem.isEmpty()) {
                *error = m_reader.damaged(checked.problem);
                return false;
            }
            if (checked.attachment && !take(*checked.attachment, error)) {
                return false;
            }
            if (checked.revision && !take(*checked.revision, checked, error)) {
                m_report.revisionId = checked.revision->id;
                return false;
            }
        }
        return true;
    }

    bool take(const BundleAttachment &attachment, QString *error)
    {
        ++m_attachmentsRead;
        if (QString::fromLatin1(crypto::sha256(attachment.content).toHex()) != attachment.sha256) {
            *error = tr("An attached file in the bundle was changed after it was made.");
            return false;
        }
        m_attachments.insert(attachment.sha256);
        if (m_store.hasAttachment(attachment.sha256)) {
            return true;
        }
        ++m_report.newAttachments;
        return m_store.addAttachment(attachment.sha256, attachment.content, error);
    }

    /// The part of the author's chain that holds what this profile may not
    /// see. It needs no accepted key: it brings nothing to read, and its
    /// signature and place in the chain are checked as any revision's.
    bool takeWithheld(const ledger::Revision &stub, const CheckedLine &checked, QString *error)
    {
        if (!checked.signatureValid) {
            *error = tr("Revision %1 does not carry a valid signature of its author (%2).")
                         .arg(stub.id, crypto::fingerprint(stub.authorKey));
            return false;
        }
        const bool first = noteInChain(stub);
        ++m_withheldRead;
        ++m_report.withheld;
        if (const std::optional<QByteArray> held = m_store.hashOf(stub.id)) {
            if (*held != stub.hash) {
                *error = tr("Revision %1 differs from the copy this profile already holds.").arg(stub.id);
                return false;
            }
            return true;
        }
        return followsChain(stub, first, error) && m_store.appendWithheld(stub, error);
    }

    /// Counts a revision into its author's span; true for the author's first here.
    bool noteInChain(const ledger::Revision &revision)
    {
        Seen &seen = m_seen[revision.authorKey];
        if (seen.count == 0) {
            seen.first = revision.prevHash;
        }
        ++seen.count;
        seen.last = revision.hash;
        return seen.count == 1;
    }

    bool take(const ledger::Revision &revision, const CheckedLine &checked, QString *error)
    {
        if (revision.withheld) {
            return takeWithheld(revision, checked, error);
        }
        const QString who = crypto::fingerprint(revision.authorKey);
        const auto owner = m_trusted.constFind(revision.authorKey);
        if (owner == m_trusted.cend()) {
            *error =
                m_introduced.contains(revision.authorKey)
                    ? tr("Revision %1 is signed by someone this profile has not accepted (%2).").arg(revision.id, who)
                    : tr("Revision %1 is signed by a key that neither this profile nor the bundle knows (%2).")
                          .arg(revision.id, who);
            return false;
        }
        if (!checked.hashMatches) {
            *error = tr("Revision %1 was changed after it was signed.").arg(revision.id);
            return false;
        }
        if (!checked.signatureValid) {
            *error = tr("Revision %1 does not carry a valid signature of its author (%2).").arg(revision.id, who);
            return false;
        }
        if (owner->isEmpty()) {
            m_trusted.insert(revision.authorKey, revision.authorId);
            if (!m_store.bindPerson(revision.authorKey, revision.authorId, error)) {
                return false;
            }
        } else if (*owner != revision.authorId) {
            *error = tr("Revision %1 says it is by someone other than the person whose key signed it (%2).")
                         .arg(revision.id, who);
            return false;
        }
        const bool first = noteInChain(revision);
        ++m_kindsRead[revision.kind];

        if (const std::optional<QByteArray> held = m_store.hashOf(revision.id)) {
            if (*held != revision.hash) {
                *error = tr("Revision %1 differs from the copy this profile already holds.").arg(revision.id);
                return false;
            }
            if (m_store.isWithheld(revision.id)) {
                // Withheld here before (the person was not in its audience
                // then): the whole revision takes the stub's place.
                return refersToKnown(revision, error) && append(revision, error, true);
            }
            ++m_report.alreadyThere;
            return true;
        }
        return followsChain(revision, first, error) && refersToKnown(revision, error) && append(revision, error);
    }

    /// A new revision must come right after its author's last one here.
    bool followsChain(const ledger::Revision &revision, bool firstOfAuthor, QString *error)
    {
        const QByteArray last = m_store.lastHashOf(revision.authorKey);
        if (revision.prevHash == last) {
            return true;
        }
        if (firstOfAuthor && !revision.prevHash.isEmpty() && !m_store.seqOfHash(revision.prevHash)) {
            *error = tr("This bundle continues from revisions this profile has not received yet (from %1). Import "
                        "the earlier bundles from them first, or ask for a complete one.")
                         .arg(m_reader.manifest().exporter.name);
            return false;
        }
        if (!revision.prevHash.isEmpty() && m_store.seqOfHash(revision.prevHash) == 0) {
            *error = tr("A revision is missing before revision %1: the chain of its author's revisions is broken.")
                         .arg(revision.id);
            return false;
        }
        *error = tr("Revision %1 does not follow its author's latest revision held here: their records have split "
                    "into two lines. Ask district IT to look at both profiles.")
                     .arg(revision.id);
        return false;
    }

    bool refersToKnown(const ledger::Revision &revision, QString *error)
    {
        if (!revision.supersedes.isEmpty()) {
            const std::optional<QString> record = m_store.recordOf(revision.supersedes);
            if (!record) {
                *error = tr("Revision %1 corrects revision %2, which is neither in the bundle nor in this profile.")
                             .arg(revision.id, revision.supersedes);
                return false;
            }
            // A stub has no record to compare with; its author's signature
            // on this revision is what ties the two.
            if (*record != revision.recordId && !m_store.isWithheld(revision.supersedes)) {
                *error = tr("Revision %1 claims to correct a revision of another record.").arg(revision.id);
                return false;
            }
        }
        for (const QJsonValue &item : revision.payload.value(QStringLiteral("attachments")).toArray()) {
            const QString sha256 = item.toObject().value(QStringLiteral("sha256")).toString();
            if (!m_attachments.contains(sha256) && !m_store.hasAttachment(sha256)) {
                *error = tr("A file attached to revision %1 is missing from the bundle.").arg(revision.id);
                return false;
            }
        }
        return true;
    }

    bool append(const ledger::Revision &revision, QString *error, bool fillsStub = false)
    {
        const std::optional<ledger::RecordHead> head = m_store.headOf(revision.recordId);
        // As in the window and the commands: only the person who made a
        // record may correct it (from any of their computers).
        if (head && head->authorId != revision.authorId) {
            *error = tr("Revision %1 changes a record made by someone else; only the person who made a record may "
                        "correct it.")
                         .arg(revision.id);
            return false;
        }
        // A new key that claims the same person cannot take over what the
        // old key signed, unless the old key signed a hand-over to it.
        if (head && !head->authorKey.isEmpty() && head->authorKey != revision.authorKey &&
            !m_store.handedOver(head->authorKey, revision.authorKey)) {
            *error = tr("Revision %1 changes a record that was signed with another key of the same person (%2). A "
                        "new key can correct what an old key signed only once the old key has handed its records "
                        "over to it.")
                         .arg(revision.id, crypto::fingerprint(head->authorKey));
            return false;
        }
        if (head && head->revisionId != revision.supersedes) {
            m_report.conflicts.append({revision.recordId,
                                       ledger::DerivedState::titleOf(revision.payload, revision.kind), revision.id,
                                       head->revisionId});
        }
        if (revision.created.secsTo(m_options.now) < -kFutureSlackSeconds) {
            m_report.futureDated.append({revision.id, revision.recordId,
                                         ledger::DerivedState::titleOf(revision.payload, revision.kind),
                                         revision.created});
        }
        if (!(fillsStub ? m_store.fillWithheld(revision, error) : m_store.append(revision, error))) {
            return false;
        }
        ++m_report.newRevisions;
        ++m_report.newByKind[revision.kind];
        return true;
    }

    /// The contents must be exactly what the signed manifest lists.
    bool matchesManifest(QString *error)
    {
        const Manifest &manifest = m_reader.manifest();
        bool same = manifest.revisions == m_report.alreadyThere + m_report.newRevisions &&
                    manifest.withheld == m_withheldRead && manifest.attachments == m_attachmentsRead &&
                    manifest.kinds == m_kindsRead && manifest.chains.size() == m_seen.size();
        for (const ChainSpan &span : manifest.chains) {
            const Seen seen = m_seen.value(span.authorKey);
            same = same && seen.count == span.count && seen.first == span.after && seen.last == span.last;
        }
        if (!same) {
            *error = tr("%1 does not hold what its manifest lists: it was made wrongly or changed.")
                         .arg(QFileInfo(m_report.file).fileName());
        }
        return same;
    }

    struct Seen
    {
        QByteArray first; ///< what the author's first revision here follows
        QByteArray last;
        qint64 count = 0;
    };

    ledger::Ledger &m_ledger;
    ledger::SyncStore m_store;
    BundleReader m_reader;
    const ImportOptions &m_options;
    ImportReport m_report;
    QHash<QByteArray, QString> m_trusted; ///< trusted keys, with the person each belongs to (empty: not bound yet)
    QSet<QByteArray> m_introduced;
    QSet<QString> m_attachments;
    QHash<QByteArray, Seen> m_seen;
    QMap<QString, qint64> m_kindsRead;
    qint64 m_attachmentsRead = 0;
    qint64 m_withheldRead = 0;
};

} // namespace

ImportReport BundleImport::run(ledger::Ledger &ledger, const QString &file, const ImportOptions &options)
{
    return Import(ledger, file, options).run();
}

} // namespace clearline::sync
