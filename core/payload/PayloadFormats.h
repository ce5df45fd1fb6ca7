#pragma once

#include "payload/Payload.h"

#include <QStringView>

// The format parsers behind PayloadParser (internal to safescan_payload). Each one receives the
// trimmed text whose prefix the dispatcher recognised and returns the typed payload or the reason
// it could not be parsed.
namespace SafeScan::PayloadInternal {

struct FormatResult
{
    PayloadType type = PayloadType::Text;
    Payload::Data data;
    QStringList notes; // doubts about a successful parse
    QString error;     // set when the body could not be parsed

    bool ok() const { return error.isEmpty(); }
    static FormatResult failure(const QString& error) { return {PayloadType::Text, {}, {}, error}; }
    template <class T>
    static FormatResult success(PayloadType type, T value, QStringList notes = {})
    {
        return {type, std::move(value), std::move(notes), {}};
    }
};

FormatResult parseUrl(QStringView text);     // "<scheme>:..." (UriPayloads.cpp)
FormatResult parseBareWww(QStringView text); // "www.example.com/..." (UriPayloads.cpp)
FormatResult parseTel(QStringView text);     // "tel:" (UriPayloads.cpp)
FormatResult parseSms(QStringView text);     // "sms:", "smsto:", "mms:", "mmsto:" (UriPayloads.cpp)
FormatResult parseMailto(QStringView text);  // "mailto:" (EmailPayload.cpp)
FormatResult parseMatmsg(QStringView text);  // "MATMSG:" (EmailPayload.cpp)
FormatResult parseGeo(QStringView text);     // "geo:" (GeoPayload.cpp)
FormatResult parseWifi(QStringView text);    // "WIFI:" (WifiPayload.cpp)
FormatResult parseMeCard(QStringView text);  // "MECARD:" (MeCardPayload.cpp)
FormatResult parseVCard(QStringView text);   // "BEGIN:VCARD" (VCardPayload.cpp)
FormatResult parseEvent(QStringView text);   // "BEGIN:VCALENDAR" / "BEGIN:VEVENT" (CalendarPayload.cpp)
FormatResult parseOtp(QStringView text);     // "otpauth://" (OtpPayload.cpp)
FormatResult parseBip21(QStringView text);   // "bitcoin:", "litecoin:", ... (CryptoPayload.cpp)
FormatResult parseEip681(QStringView text);  // "ethereum:" (CryptoPayload.cpp)
FormatResult parseEpc(QStringView text);     // "BCD" block (EpcPayload.cpp)

// Whether the first line of `text` is "BCD" (an EPC payment block).
bool isEpcBlock(QStringView text);

// True for a valid IBAN (ISO 13616): country letters, check digits, length, mod-97 == 1.
bool ibanChecksumValid(QStringView iban);

} // namespace SafeScan::PayloadInternal
