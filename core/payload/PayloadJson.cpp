#include "payload/PayloadJson.h"

#include "payload/JsonWriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// Tags that tell the sinks how to write a value that JSON has no type for.
struct StringList
{
    const QStringList& list;
};
struct VariantMap
{
    const QVariantMap& map;
};
StringList stringList(const QStringList& list)
{
    return {list};
}
VariantMap variantMap(const QVariantMap& map)
{
    return {map};
}

// An invalid date is null.
std::optional<QString> dateTimeText(const QDateTime& value, bool dateOnly)
{
    if (!value.isValid())
        return std::nullopt;
    return dateOnly ? value.date().toString(Qt::ISODate) : value.toString(Qt::ISODateWithMs);
}

// Builds a QJsonObject (payloadToJson).
struct ObjectSink
{
    QJsonObject& json;

    void put(const char* key, const QJsonValue& value) { json.insert(QLatin1StringView(key), value); }
    void put(const char* key, StringList value) { put(key, QJsonArray::fromStringList(value.list)); }
    void put(const char* key, VariantMap value) { put(key, QJsonObject::fromVariantMap(value.map)); }
    template <class T>
    void put(const char* key, const std::optional<T>& value)
    {
        put(key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
    }
};

// Writes the same fields as UTF-8 JSON text (payloadToJsonUtf8).
struct TextSink
{
    JsonWriter& writer;

    void put(const char* key, const QString& value) { writer.field(key, QStringView(value)); }
    void put(const char* key, bool value) { writer.field(key, value); }
    void put(const char* key, int value) { writer.field(key, value); }
    void put(const char* key, qint64 value) { writer.field(key, value); }
    void put(const char* key, double value) { writer.field(key, value); }
    void put(const char* key, StringList value) { writer.field(key, value.list); }
    void put(const char* key, VariantMap value)
    {
        writer.field(key, value.map.isEmpty() ? QJsonObject() : QJsonObject::fromVariantMap(value.map));
    }
    template <class T>
    void put(const char* key, const std::optional<T>& value)
    {
        if (value) {
            put(key, *value);
        } else {
            writer.key(key);
            writer.null();
        }
    }
};

// Adds the typed fields of each payload struct to the object.
template <class Sink>
struct FieldWriter
{
    Sink& out;
    JsonSecrets secrets;

    void operator()(std::monostate) const {}

    void operator()(const UrlPayload& url) const
    {
        out.put("url", url.url);
        out.put("scheme", url.scheme);
        out.put("parsed", url.parsed.toString(QUrl::FullyEncoded));
        out.put("host", url.parsed.host());
    }
    void operator()(const WifiPayload& wifi) const
    {
        out.put("ssid", wifi.ssid);
        out.put("password", wifi.password);
        out.put("security", wifi.security);
        out.put("hidden", wifi.hidden);
        out.put("eap_method", wifi.eapMethod);
        out.put("anonymous_identity", wifi.anonymousIdentity);
        out.put("identity", wifi.identity);
        out.put("phase2_method", wifi.phase2Method);
        out.put("extra", variantMap(wifi.extra));
    }
    void operator()(const ContactPayload& contact) const
    {
        out.put("source_format", contact.sourceFormat);
        out.put("name", contact.name);
        out.put("family_name", contact.familyName);
        out.put("given_name", contact.givenName);
        out.put("organization", contact.organization);
        out.put("title", contact.title);
        out.put("phones", stringList(contact.phones));
        out.put("emails", stringList(contact.emails));
        out.put("urls", stringList(contact.urls));
        out.put("addresses", stringList(contact.addresses));
        out.put("note", contact.note);
        out.put("birthday", contact.birthday);
    }
    void operator()(const GeoPayload& geo) const
    {
        out.put("latitude", geo.latitude);
        out.put("longitude", geo.longitude);
        out.put("altitude", geo.altitude);
        out.put("query", geo.query);
    }
    void operator()(const PhonePayload& phone) const { out.put("number", phone.number); }
    void operator()(const SmsPayload& sms) const
    {
        out.put("number", sms.number);
        out.put("body", sms.body);
    }
    void operator()(const EmailPayload& email) const
    {
        out.put("to", stringList(email.to));
        out.put("cc", stringList(email.cc));
        out.put("bcc", stringList(email.bcc));
        out.put("subject", email.subject);
        out.put("body", email.body);
    }
    void operator()(const OtpPayload& otp) const
    {
        const bool redact = secrets == JsonSecrets::Redact;
        out.put("kind", otp.kind);
        out.put("label", otp.label);
        out.put("issuer", otp.issuer);
        out.put("account", otp.account);
        out.put("secret", redact ? QString() : otp.secret);
        out.put("algorithm", otp.algorithm);
        out.put("digits", otp.digits);
        out.put("period", otp.period);
        out.put("counter", otp.counter);
        if (redact) {
            out.put("raw", QString());
            out.put("secret_redacted", true);
        }
    }
    void operator()(const CryptoPaymentPayload& payment) const
    {
        out.put("currency", payment.currency);
        out.put("address", payment.address);
        out.put("amount", payment.amount);
        out.put("label", payment.label);
        out.put("message", payment.message);
        out.put("chain_id", payment.chainId);
        out.put("function_name", payment.functionName);
        out.put("extra", variantMap(payment.extra));
    }
    void operator()(const EpcPaymentPayload& epc) const
    {
        out.put("version", epc.version);
        out.put("character_set", epc.characterSet);
        out.put("bic", epc.bic);
        out.put("name", epc.name);
        out.put("iban", epc.iban);
        out.put("iban_valid", epc.ibanValid);
        out.put("amount", epc.amount);
        out.put("currency", epc.currency);
        out.put("purpose", epc.purpose);
        out.put("reference", epc.reference);
        out.put("text", epc.text);
        out.put("information", epc.information);
    }
    void operator()(const EventPayload& event) const
    {
        out.put("summary", event.summary);
        out.put("location", event.location);
        out.put("description", event.description);
        out.put("start", dateTimeText(event.start, event.allDay));
        out.put("end", dateTimeText(event.end, event.allDay));
        out.put("all_day", event.allDay);
        out.put("urls", stringList(event.urls));
    }
};

} // namespace

QJsonObject payloadToJson(const Payload& payload, JsonSecrets secrets)
{
    QJsonObject json;
    ObjectSink sink{json};
    sink.put("type", payloadTypeName(payload.type));
    sink.put("raw", payload.text);
    sink.put("notes", stringList(payload.notes));
    if (payload.type == PayloadType::Binary) {
        sink.put("size", payload.bytes.size());
        sink.put("base64", QString::fromLatin1(payload.bytes.toBase64()));
    }
    std::visit(FieldWriter<ObjectSink>{sink, secrets}, payload.data);
    return json;
}

QByteArray payloadToJsonUtf8(const Payload& payload, PayloadRaw raw)
{
    QByteArray bytes;
    bytes.reserve(256 + payload.text.size() * 3);
    JsonWriter writer(bytes);
    TextSink sink{writer};
    writer.beginObject();
    sink.put("type", payloadTypeName(payload.type));
    if (raw == PayloadRaw::Include)
        sink.put("raw", payload.text);
    sink.put("notes", stringList(payload.notes));
    if (payload.type == PayloadType::Binary) {
        sink.put("size", qint64(payload.bytes.size()));
        sink.put("base64", QString::fromLatin1(payload.bytes.toBase64()));
    }
    std::visit(FieldWriter<TextSink>{sink, JsonSecrets::Include}, payload.data);
    writer.endObject();
    return bytes;
}

} // namespace SafeScan
