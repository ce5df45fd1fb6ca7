#include "SyncRecordCodec.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SafeScan::SyncRecordCodec {

namespace {
constexpr int kVersion = 1;
const QStringList kSources{u"camera"_s, u"file"_s, u"clipboard"_s, u"screen"_s, u"video"_s, u"import"_s};
} // namespace

QByteArray encodeScan(const ScanRecord& r)
{
    const QJsonObject object{
        {u"v"_s, kVersion},
        {u"kind"_s, u"scan"_s},
        {u"uuid"_s, r.uuid},
        {u"content"_s, r.content},
        {u"content_redacted"_s, r.contentRedacted},
        {u"payload_type"_s, r.payloadType},
        {u"payload"_s, r.payload},
        {u"host"_s, r.host},
        {u"verdict_level"_s, r.verdictLevel},
        {u"verdict"_s, r.verdict},
        {u"source"_s, r.source},
        {u"scanned_at"_s, r.scannedAt},
        {u"pinned"_s, r.pinned},
        {u"note"_s, r.note},
        {u"updated_at"_s, r.updatedAt},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<ScanRecord> decodeScan(const QByteArray& plaintext, QString* error)
{
    const auto failed = [&](const QString& why) {
        if (error)
            *error = u"The synced record is not a history record: "_s + why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(plaintext, &parseError);
    if (!document.isObject())
        return failed(parseError.errorString());
    const QJsonObject o = document.object();
    if (o.value(u"v"_s).toInt() != kVersion || o.value(u"kind"_s).toString() != u"scan"_s)
        return failed(u"unknown version or kind"_s);
    const auto isText = [&](const QString& key) { return o.value(key).isString(); };
    for (const QString& key : {u"uuid"_s, u"content"_s, u"payload_type"_s, u"host"_s, u"verdict_level"_s,
                               u"source"_s, u"note"_s}) {
        if (!isText(key))
            return failed(u"\"%1\" is not a string"_s.arg(key));
    }
    for (const QString& key : {u"scanned_at"_s, u"updated_at"_s}) {
        if (!o.value(key).isDouble() || o.value(key).toDouble() < 0)
            return failed(u"\"%1\" is not a time"_s.arg(key));
    }
    if (!o.value(u"pinned"_s).isBool() || !o.value(u"content_redacted"_s).isBool() ||
        !o.value(u"payload"_s).isObject() || !o.value(u"verdict"_s).isObject())
        return failed(u"a flag or object has the wrong type"_s);
    ScanRecord r;
    r.uuid = o.value(u"uuid"_s).toString();
    if (r.uuid.isEmpty())
        return failed(u"no uuid"_s);
    r.content = o.value(u"content"_s).toString();
    r.contentRedacted = o.value(u"content_redacted"_s).toBool();
    r.payloadType = o.value(u"payload_type"_s).toString();
    r.payload = o.value(u"payload"_s).toObject();
    r.host = o.value(u"host"_s).toString();
    r.verdictLevel = o.value(u"verdict_level"_s).toString();
    r.verdict = o.value(u"verdict"_s).toObject();
    r.source = o.value(u"source"_s).toString();
    if (!kSources.contains(r.source))
        return failed(u"unknown source"_s);
    r.scannedAt = qint64(o.value(u"scanned_at"_s).toDouble());
    r.pinned = o.value(u"pinned"_s).toBool();
    r.note = o.value(u"note"_s).toString();
    r.updatedAt = qint64(o.value(u"updated_at"_s).toDouble());
    return r;
}

QByteArray keyCheck()
{
    return QJsonDocument(QJsonObject{{u"v"_s, kVersion}, {u"kind"_s, u"key_check"_s}})
        .toJson(QJsonDocument::Compact);
}

bool isKeyCheck(const QByteArray& plaintext)
{
    const QJsonObject o = QJsonDocument::fromJson(plaintext).object();
    return o.value(u"v"_s).toInt() == kVersion && o.value(u"kind"_s).toString() == u"key_check"_s;
}

} // namespace SafeScan::SyncRecordCodec
