#include "payload/PayloadJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

QJsonValue optionalValue(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTimeValue(const QDateTime& value, bool dateOnly)
{
    if (!value.isValid())
        return QJsonValue::Null;
    return dateOnly ? value.date().toString(Qt::ISODate) : value.toString(Qt::ISODateWithMs);
}

// Adds the typed fields of each payload struct to the object.
struct FieldWriter
{
    QJsonObject& json;
    JsonSecrets secrets;

    void operator()(std::monostate) const {}

    void operator()(const UrlPayload& url) const
    {
        json.insert(u"url"_s, url.url);
        json.insert(u"scheme"_s, url.scheme);
        json.insert(u"parsed"_s, url.parsed.toString(QUrl::FullyEncoded));
        json.insert(u"host"_s, url.parsed.host());
    }
    void operator()(const WifiPayload& wifi) const
    {
        json.insert(u"ssid"_s, wifi.ssid);
        json.insert(u"password"_s, wifi.password);
        json.insert(u"security"_s, wifi.security);
        json.insert(u"hidden"_s, wifi.hidden);
        json.insert(u"eap_method"_s, wifi.eapMethod);
        json.insert(u"anonymous_identity"_s, wifi.anonymousIdentity);
        json.insert(u"identity"_s, wifi.identity);
        json.insert(u"phase2_method"_s, wifi.phase2Method);
        json.insert(u"extra"_s, QJsonObject::fromVariantMap(wifi.extra));
    }
    void operator()(const ContactPayload& contact) const
    {
        json.insert(u"source_format"_s, contact.sourceFormat);
        json.insert(u"name"_s, contact.name);
        json.insert(u"family_name"_s, contact.familyName);
        json.insert(u"given_name"_s, contact.givenName);
        json.insert(u"organization"_s, contact.organization);
        json.insert(u"title"_s, contact.title);
        json.insert(u"phones"_s, QJsonArray::fromStringList(contact.phones));
        json.insert(u"emails"_s, QJsonArray::fromStringList(contact.emails));
        json.insert(u"urls"_s, QJsonArray::fromStringList(contact.urls));
        json.insert(u"addresses"_s, QJsonArray::fromStringList(contact.addresses));
        json.insert(u"note"_s, contact.note);
        json.insert(u"birthday"_s, contact.birthday);
    }
    void operator()(const GeoPayload& geo) const
    {
        json.insert(u"latitude"_s, geo.latitude);
        json.insert(u"longitude"_s, geo.longitude);
        json.insert(u"altitude"_s, optionalValue(geo.altitude));
        json.insert(u"query"_s, geo.query);
    }
    void operator()(const PhonePayload& phone) const { json.insert(u"number"_s, phone.number); }
    void operator()(const SmsPayload& sms) const
    {
        json.insert(u"number"_s, sms.number);
        json.insert(u"body"_s, sms.body);
    }
    void operator()(const EmailPayload& email) const
    {
        json.insert(u"to"_s, QJsonArray::fromStringList(email.to));
        json.insert(u"cc"_s, QJsonArray::fromStringList(email.cc));
        json.insert(u"bcc"_s, QJsonArray::fromStringList(email.bcc));
        json.insert(u"subject"_s, email.subject);
        json.insert(u"body"_s, email.body);
    }
    void operator()(const OtpPayload& otp) const
    {
        const bool redact = secrets == JsonSecrets::Redact;
        json.insert(u"kind"_s, otp.kind);
        json.insert(u"label"_s, otp.label);
        json.insert(u"issuer"_s, otp.issuer);
        json.insert(u"account"_s, otp.account);
        json.insert(u"secret"_s, redact ? QString() : otp.secret);
        json.insert(u"algorithm"_s, otp.algorithm);
        json.insert(u"digits"_s, otp.digits);
        json.insert(u"period"_s, otp.period);
        json.insert(u"counter"_s, otp.counter ? QJsonValue(*otp.counter) : QJsonValue(QJsonValue::Null));
        if (redact) {
            json.insert(u"raw"_s, QString());
            json.insert(u"secret_redacted"_s, true);
        }
    }
    void operator()(const CryptoPaymentPayload& payment) const
    {
        json.insert(u"currency"_s, payment.currency);
        json.insert(u"address"_s, payment.address);
        json.insert(u"amount"_s, payment.amount);
        json.insert(u"label"_s, payment.label);
        json.insert(u"message"_s, payment.message);
        json.insert(u"chain_id"_s, payment.chainId);
        json.insert(u"function_name"_s, payment.functionName);
        json.insert(u"extra"_s, QJsonObject::fromVariantMap(payment.extra));
    }
    void operator()(const EpcPaymentPayload& epc) const
    {
        json.insert(u"version"_s, epc.version);
        json.insert(u"character_set"_s, epc.characterSet);
        json.insert(u"bic"_s, epc.bic);
        json.insert(u"name"_s, epc.name);
        json.insert(u"iban"_s, epc.iban);
        json.insert(u"iban_valid"_s, epc.ibanValid);
        json.insert(u"amount"_s, epc.amount);
        json.insert(u"currency"_s, epc.currency);
        json.insert(u"purpose"_s, epc.purpose);
        json.insert(u"reference"_s, epc.reference);
        json.insert(u"text"_s, epc.text);
        json.insert(u"information"_s, epc.information);
    }
    void operator()(const EventPayload& event) const
    {
        json.insert(u"summary"_s, event.summary);
        json.insert(u"location"_s, event.location);
        json.insert(u"description"_s, event.description);
        json.insert(u"start"_s, dateTimeValue(event.start, event.allDay));
        json.insert(u"end"_s, dateTimeValue(event.end, event.allDay));
        json.insert(u"all_day"_s, event.allDay);
        json.insert(u"urls"_s, QJsonArray::fromStringList(event.urls));
    }
};

} // namespace

QJsonObject payloadToJson(const Payload& payload, JsonSecrets secrets)
{
    QJsonObject json;
    json.insert(u"type"_s, payloadTypeName(payload.type));
    json.insert(u"raw"_s, payload.text);
    json.insert(u"notes"_s, QJsonArray::fromStringList(payload.notes));
    if (payload.type == PayloadType::Binary) {
        json.insert(u"size"_s, payload.bytes.size());
        json.insert(u"base64"_s, QString::fromLatin1(payload.bytes.toBase64()));
    }
    std::visit(FieldWriter{json, secrets}, payload.data);
    return json;
}

} // namespace SafeScan
