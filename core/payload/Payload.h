#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <optional>
#include <variant>

namespace SafeScan {

// What a scanned code contains, as far as the parser could tell.
enum class PayloadType
{
    Text,
    Url,
    Wifi,
    Contact,
    Geo,
    Phone,
    Sms,
    Email,
    Otp,
    CryptoPayment,
    EpcPayment,
    Event,
    Binary
};

// Stable lower-case id of a type ("text", "url", "wifi", ...), used in JSON and in storage.
QString payloadTypeName(PayloadType type);
// The type whose id is `name`, or nullopt for an unknown id.
std::optional<PayloadType> payloadTypeFromName(QStringView name);

struct UrlPayload
{
    QString url;    // the URL as given (with "http://" prepended for a bare "www." host)
    QString scheme; // lower case, without ':'
    QUrl parsed;
};

struct WifiPayload
{
    QString ssid;     // unescaped, otherwise as given (a quoted or hex SSID keeps its form)
    QString password; // unescaped, otherwise as given
    QString security; // T: field upper-cased ("WPA", "WEP", "NOPASS", "WPA2-EAP", "SAE"); empty when absent
    bool hidden = false;
    QString eapMethod;         // E:
    QString anonymousIdentity; // A:
    QString identity;          // I:
    QString phase2Method;      // PH2:
    QVariantMap extra;         // any other field, keyed by its upper-case name
    // No password needed to join: T:nopass, or neither a security type nor a password given.
    bool isOpen() const;
};

struct ContactPayload
{
    QString sourceFormat; // "vcard" or "mecard"
    QString name;         // formatted name: FN, else built from N
    QString familyName;
    QString givenName;
    QString organization;
    QString title;
    QStringList phones;
    QStringList emails;
    QStringList urls;
    QStringList addresses; // each address's non-empty parts joined with ", "
    QString note;
    QString birthday; // ISO "YYYY-MM-DD" when the date could be read, otherwise as given
};

struct GeoPayload
{
    double latitude = 0;
    double longitude = 0;
    std::optional<double> altitude;
    QString query; // the ?q= search text, decoded
};

struct PhonePayload
{
    QString number; // percent-decoded, otherwise as given (parameters such as ";ext=" kept)
};

struct SmsPayload
{
    QString number;
    QString body;
};

struct EmailPayload
{
    QStringList to;
    QStringList cc;
    QStringList bcc;
    QString subject;
    QString body;
};

// otpauth:// key. The secret is sensitive: never show or store it in plain text without consent.
struct OtpPayload
{
    QString kind;  // "totp" or "hotp"
    QString label; // decoded label as given ("Issuer:account" or "account")
    QString issuer;
    QString account;
    QString secret;    // base32, upper case, without spaces or padding
    QString algorithm; // "SHA1" (default), "SHA256", "SHA512"
    int digits = 6;
    int period = 30; // seconds, TOTP only (0 for HOTP)
    std::optional<qint64> counter;
};

struct CryptoPaymentPayload
{
    QString currency; // scheme in lower case: "bitcoin", "ethereum", "litecoin", ...
    QString address;
    QString amount; // as given: coin units for BIP 21, "value" (wei) for EIP 681
    QString label;
    QString message;
    QString chainId;      // EIP 681 "@chain"
    QString functionName; // EIP 681 "/function", e.g. "transfer"
    QVariantMap extra;    // every other parameter, decoded
};

// EPC QR code (SEPA credit transfer, "BCD" block).
struct EpcPaymentPayload
{
    QString version;      // "001" or "002"
    QString characterSet; // "1".."8" as given
    QString bic;
    QString name;
    QString iban; // upper case, spaces removed
    bool ibanValid = false;
    QString amount;   // as given, e.g. "EUR12.30"
    QString currency; // e.g. "EUR" (from amount)
    QString purpose;
    QString reference; // structured creditor reference
    QString text;      // unstructured remittance information
    QString information;
};

struct EventPayload
{
    QString summary;
    QString location;
    QString description;
    QDateTime start;
    QDateTime end; // invalid when neither DTEND nor DURATION was given
    bool allDay = false;
    QStringList urls;
};

struct Payload
{
    using Data = std::variant<std::monostate, UrlPayload, WifiPayload, ContactPayload, GeoPayload,
                              PhonePayload, SmsPayload, EmailPayload, OtpPayload, CryptoPaymentPayload,
                              EpcPaymentPayload, EventPayload>;

    PayloadType type = PayloadType::Text;
    QString text;     // the decoded text as given (binary: a lossy UTF-8 rendering)
    QByteArray bytes; // raw bytes when the content is binary (not valid UTF-8)
    Data data;        // monostate for Text and Binary
    // Why a recognised format fell back to Text, or what looked wrong in a parsed one.
    QStringList notes;

    template <class T>
    const T* as() const
    {
        return std::get_if<T>(&data);
    }
    template <class T>
    bool is() const
    {
        return std::holds_alternative<T>(data);
    }
};

} // namespace SafeScan
