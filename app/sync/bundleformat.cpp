// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/bundleformat.h"

#include "core/canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace clearline::sync {

namespace {

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

/// Reads the fields of a JSON object strictly: the first missing field or
/// wrong type is remembered, and every later read returns an empty value.
class Reader
{
public:
    Reader(const QJsonObject &object, QString where)
        : m_object(object)
        , m_where(std::move(where))
    {}

    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    QJsonValue take(const char *key, QJsonValue::Type type, bool nullable = false)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!ok()) {
            return {};
        }
        if (nullable && (value.isNull() || value.isUndefined())) {
            return {};
        }
        if (value.type() != type) {
            m_problem =
                QStringLiteral("%1: \"%2\" is missing or not a %3").arg(m_where, QLatin1String(key), typeName(type));
            return {};
        }
        return value;
    }
    QString text(const char *key, bool nullable = false) { return take(key, QJsonValue::String, nullable).toString(); }
    qint64 number(const char *key)
    {
        const QJsonValue value = take(key, QJsonValue::Double);
        if (ok() && (value.toDouble() < 0 || value.toDouble() != double(value.toInteger()))) {
            m_problem = QStringLiteral("%1: \"%2\" is not a whole number").arg(m_where, QLatin1String(key));
        }
        return value.toInteger();
    }
    QJsonObject object(const char *key) { return take(key, QJsonValue::Object).toObject(); }
    QJsonArray array(const char *key) { return take(key, QJsonValue::Array).toArray(); }
    /// Bytes written as base64 or hex, of an exact length when length > 0.
    QByteArray bytes(const char *key, bool isHex, qsizetype length, bool nullable = false)
    {
        const QString value = text(key, nullable);
        if (!ok() || value.isEmpty()) {
            return {};
        }
        QByteArray decoded;
        if (isHex) {
            decoded = QByteArray::fromHex(value.toLatin1());
            if (hex(decoded) != value) {
                decoded.clear();
            }
        } else {
            const auto result =
                QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            decoded = result ? result.decoded : QByteArray();
        }
        if (decoded.isEmpty() || (length > 0 && decoded.size() != length)) {
            m_problem = QStringLiteral("%1: \"%2\" is not valid").arg(m_where, QLatin1String(key));
            return {};
        }
        return decoded;
    }
    void fail(const QString &problem)
    {
        if (ok()) {
            m_problem = m_where + QStringLiteral(": ") + problem;
        }
    }

private:
    static QString typeName(QJsonValue::Type type)
    {
        switch (type) {
        case QJsonValue::String:
            return QStringLiteral("text");
        case QJsonValue::Double:
            return QStringLiteral("number");
        case QJsonValue::Object:
            return QStringLiteral("object");
        case QJsonValue::Array:
            return QStringLiteral("list");
        default:
            return QStringLiteral("value");
        }
    }

    QJsonObject m_object;
    QString m_where;
    QString m_problem;
};

constexpr qsizetype kKeyBytes = 32;
constexpr qsizetype kHashBytes = 32;
constexpr qsizetype kSignatureBytes = 64;

QJsonObject personJson(const ledger::KnownPerson &person)
{
    return {{QStringLiteral("publicKey"), b64(person.publicKey)},
            {QStringLiteral("person"), person.personId},
            {QStringLiteral("name"), person.name},
            {QStringLiteral("email"), person.email},
            {QStringLiteral("school"), person.school}};
}

ledger::KnownPerson readPerson(const QJsonObject &object, const QString &where, QString *problem)
{
    Reader in(object, where);
    ledger::KnownPerson person;
    person.publicKey = in.bytes("publicKey", false, kKeyBytes);
    person.personId = in.text("person");
    person.name = in.text("name");
    person.email = in.text("email");
    person.school = in.text("school");
    *problem = in.problem();
    return person;
}

QDateTime readTime(Reader &in, const char *key)
{
    const QString text = in.text(key);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (in.ok() && (!time.isValid() || ledger::Revision::timeText(time) != text)) {
        in.fail(QStringLiteral("\"%1\" is not a UTC time with milliseconds").arg(QLatin1String(key)));
    }
    return time;
}

} // namespace

QJsonObject Manifest::toJson() const
{
    QJsonArray keyList;
    for (const ledger::KnownPerson &person : keys) {
        keyList.append(personJson(person));
    }
    QJsonArray holdingList;
    for (const ledger::AuthorHead &head : holdings) {
        holdingList.append(QJsonObject{{QStringLiteral("authorKey"), b64(head.authorKey)},
                                       {QStringLiteral("last"), hex(head.hash)},
                                       {QStringLiteral("count"), head.count}});
    }
    QJsonArray chainList;
    for (const ChainSpan &span : chains) {
        chainList.append(QJsonObject{{QStringLiteral("authorKey"), b64(span.authorKey)},
                                     {QStringLiteral("after"), textOrNull(hex(span.after))},
                                     {QStringLiteral("last"), hex(span.last)},
                                     {QStringLiteral("count"), span.count}});
    }
    QJsonObject kindCounts;
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        kindCounts.insert(it.key(), it.value());
    }
    QJsonValue packValue(QJsonValue::Null);
    if (pack) {
        QJsonObject stamp{{QStringLiteral("district"), pack->district},
                          {QStringLiteral("adopted"), pack->adopted},
                          {QStringLiteral("sha256"), pack->sha256}};
        if (!pack->carried.isEmpty()) {
            stamp.insert(QStringLiteral("carried"), pack->carried);
        }
        packValue = stamp;
    }
    return {{QStringLiteral("format"), format},
            {QStringLiteral("application"), application},
            {QStringLiteral("created"), ledger::Revision::timeText(created)},
            {QStringLiteral("exporter"), personJson(exporter)},
            {QStringLiteral("recipient"), recipient},
            {QStringLiteral("pack"), packValue},
            {QStringLiteral("keys"), keyList},
            {QStringLiteral("holdings"), holdingList},
            {QStringLiteral("chains"), chainList},
            {QStringLiteral("revisions"), revisions},
            {QStringLiteral("withheld"), withheld},
            {QStringLiteral("attachments"), attachments},
            {QStringLiteral("kinds"), kindCounts},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("compression"), compression},
                                                    {QStringLiteral("bytes"), payloadBytes},
                                                    {QStringLiteral("textBytes"), textBytes},
                                                    {QStringLiteral("sha256"), hex(payloadSha256)}}}};
}

std::optional<Manifest> Manifest::fromJson(const QJsonObject &object, QString *error)
{
    Manifest manifest;
    Reader in(object, QStringLiteral("manifest"));
    manifest.format = int(in.number("format"));
    manifest.application = in.text("application");
    manifest.created = readTime(in, "created");
    const QJsonObject exporter = in.object("exporter");
    manifest.recipient = in.text("recipient");
    const QJsonValue packValue = in.take("pack", QJsonValue::Object, true);
    const QJsonArray keys = in.array("keys");
    const QJsonArray holdings = in.array("holdings");
    const QJsonArray chains = in.array("chains");
    manifest.revisions = in.number("revisions");
    manifest.attachments = in.number("attachments");
    const QJsonObject kinds = in.object("kinds");
    const QJsonObject payload = in.object("payload");
    // Bundles from before audiences (issue 17) withheld nothing.
    if (in.ok() && object.contains(QStringLiteral("withheld"))) {
        manifest.withheld = in.number("withheld");
    }
    if (!in.ok()) {
        *error = in.problem();
        return std::nullopt;
    }

    QString problem;
    manifest.exporter = readPerson(exporter, QStringLiteral("manifest exporter"), &problem);
    if (packValue.isObject()) {
        Reader pack(packValue.toObject(), QStringLiteral("manifest pack"));
        manifest.pack = PackStamp{pack.text("district"), pack.text("adopted"), pack.text("sha256"),
                                  pack.take("carried", QJsonValue::Object, true).toObject()};
        problem = problem.isEmpty() ? pack.problem() : problem;
    }
    for (const QJsonValue &value : keys) {
        if (problem.isEmpty()) {
            manifest.keys.append(readPerson(value.toObject(), QStringLiteral("manifest key"), &problem));
        }
    }
    for (const QJsonValue &value : holdings) {
        Reader head(value.toObject(), QStringLiteral("manifest holding"));
        ledger::AuthorHead held{head.bytes("authorKey", false, kKeyBytes), head.bytes("last", true, kHashBytes),
                                head.number("count")};
        problem = problem.isEmpty() ? head.problem() : problem;
        manifest.holdings.append(held);
    }
    for (const QJsonValue &value : chains) {
        Reader span(value.toObject(), QStringLiteral("manifest chain"));
        ChainSpan chain{span.bytes("authorKey", false, kKeyBytes), span.bytes("after", true, kHashBytes, true),
                        span.bytes("last", true, kHashBytes), span.number("count")};
        if (span.ok() && chain.count < 1) {
            span.fail(QStringLiteral("a chain of no revisions"));
        }
        problem = problem.isEmpty() ? span.problem() : problem;
        manifest.chains.append(chain);
    }
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        if (!it.value().isDouble() || it.value().toInteger() < 1) {
            problem = problem.isEmpty() ? QStringLiteral("manifest: the count of \"%1\" is not valid").arg(it.key())
                                        : problem;
        }
        manifest.kinds.insert(it.key(), it.value().toInteger());
    }
    Reader stored(payload, QStringLiteral("manifest payload"));
    manifest.compression = stored.text("compression");
    manifest.payloadBytes = stored.number("bytes");
    manifest.textBytes = stored.number("textBytes");
    manifest.payloadSha256 = stored.bytes("sha256", true, kHashBytes);
    problem = problem.isEmpty() ? stored.problem() : problem;
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return manifest;
}

namespace BundleLine {

QByteArray fromRevision(const ledger::Revision &revision)
{
    QJsonObject line = revision.signedFields();
    line.insert(QStringLiteral("type"), QStringLiteral("revision"));
    line.insert(QStringLiteral("hash"), hex(revision.hash));
    line.insert(QStringLiteral("signature"), b64(revision.signature));
    return core::canonicalJson(line);
}

QByteArray fromStoredRevision(const ledger::Revision &revision, const QString &payload)
{
    const auto text = [](const QString &value) { return core::canonicalJson(QJsonValue(value)); };
    const auto textOrNullBytes = [&](const QString &value) {
        return value.isEmpty() ? QByteArray("null") : text(value);
    };
    // The keys in canonical order (sorted by UTF-16 code units).
    QByteArray line;
    line.reserve(payload.size() + 640);
    line += "{\"author\":" + text(revision.authorId);
    line += ",\"authorKey\":" + text(b64(revision.authorKey));
    line += ",\"created\":" + text(ledger::Revision::timeText(revision.created));
    line += ",\"device\":" + text(revision.deviceId);
    line += ",\"format\":" + QByteArray::number(ledger::Revision::kFormat);
    line += ",\"hash\":\"" + revision.hash.toHex() + '"';
    line += ",\"id\":" + text(revision.id);
    line += ",\"kind\":" + text(revision.kind);
    line += ",\"payload\":" + payload.toUtf8();
    line += ",\"prev\":" + textOrNullBytes(QString::fromLatin1(revision.prevHash.toHex()));
    line += ",\"reason\":" + textOrNullBytes(revision.reason);
    line += ",\"record\":" + text(revision.recordId);
    line += ",\"signature\":" + text(b64(revision.signature));
    line += ",\"supersedes\":" + textOrNullBytes(revision.supersedes);
    line += ",\"type\":\"revision\"";
    line += ",\"zone\":" + text(revision.zone) + '}';
    return line;
}

QByteArray fromAttachment(const BundleAttachment &attachment)
{
    return core::canonicalJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("attachment")},
                                           {QStringLiteral("sha256"), attachment.sha256},
                                           {QStringLiteral("content"), b64(attachment.content)}});
}

QByteArray fromWithheld(const ledger::Revision &revision)
{
    return core::canonicalJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("withheld")},
                                           {QStringLiteral("id"), revision.id},
                                           {QStringLiteral("authorKey"), b64(revision.authorKey)},
                                           {QStringLiteral("prev"), textOrNull(hex(revision.prevHash))},
                                           {QStringLiteral("hash"), hex(revision.hash)},
                                           {QStringLiteral("signature"), b64(revision.signature)}});
}

bool parse(const QByteArray &line, std::optional<ledger::Revision> *revision,
           std::optional<BundleAttachment> *attachment, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("a line is not JSON (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject object = document.object();
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("attachment")) {
        Reader in(object, QStringLiteral("attachment"));
        BundleAttachment found{in.text("sha256"), in.bytes("content", false, 0)};
        if (!in.ok()) {
            *error = in.problem();
            return false;
        }
        *attachment = std::move(found);
        return true;
    }
    if (type == QLatin1String("withheld")) {
        Reader in(object, QStringLiteral("withheld revision %1").arg(object.value(QStringLiteral("id")).toString()));
        ledger::Revision stub;
        stub.withheld = true;
        stub.id = in.text("id");
        stub.authorKey = in.bytes("authorKey", false, kKeyBytes);
        stub.prevHash = in.bytes("prev", true, kHashBytes, true);
        stub.hash = in.bytes("hash", true, kHashBytes);
        stub.signature = in.bytes("signature", false, kSignatureBytes);
        if (in.ok() && stub.id.isEmpty()) {
            in.fail(QStringLiteral("its id is empty"));
        }
        if (!in.ok()) {
            *error = in.problem();
            return false;
        }
        *revision = std::move(stub);
        return true;
    }
    if (type != QLatin1String("revision")) {
        *error = QStringLiteral("a line is neither a revision nor an attachment");
        return false;
    }
    Reader in(object, QStringLiteral("revision %1").arg(object.value(QStringLiteral("id")).toString()));
    ledger::Revision found;
    if (in.number("format") != ledger::Revision::kFormat && in.ok()) {
        in.fail(QStringLiteral("it was made in a revision format this version does not know"));
    }
    found.id = in.text("id");
    found.recordId = in.text("record");
    found.kind = in.text("kind");
    found.supersedes = in.text("supersedes", true);
    found.reason = in.text("reason", true);
    found.authorId = in.text("author");
    found.authorKey = in.bytes("authorKey", false, kKeyBytes);
    found.deviceId = in.text("device");
    found.created = readTime(in, "created");
    found.zone = in.text("zone");
    found.payload = in.object("payload");
    found.prevHash = in.bytes("prev", true, kHashBytes, true);
    found.hash = in.bytes("hash", true, kHashBytes);
    found.signature = in.bytes("signature", false, kSignatureBytes);
    if (in.ok() && (found.id.isEmpty() || found.recordId.isEmpty() || found.kind.isEmpty())) {
        in.fail(QStringLiteral("its id, record or kind is empty"));
    }
    if (!in.ok()) {
        *error = in.problem();
        return false;
    }
    *revision = std::move(found);
    return true;
}

} // namespace BundleLine

} // namespace clearline::sync
