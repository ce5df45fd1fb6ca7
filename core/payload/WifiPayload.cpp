// WIFI:T:<type>;S:<ssid>;P:<password>;H:<hidden>;; network configurations.
#include "payload/PayloadFormats.h"
#include "payload/PayloadText.h"

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadInternal {

namespace {

bool isTrue(const QString& value)
{
    return value.compare("true"_L1, Qt::CaseInsensitive) == 0 || value == "1"_L1 ||
           value.compare("yes"_L1, Qt::CaseInsensitive) == 0;
}

} // namespace

FormatResult parseWifi(QStringView text)
{
    WifiPayload wifi;
    bool haveSsid = false;
    for (const Field& field : parseFields(text.sliced(text.indexOf(u':') + 1))) {
        const QString value = unescapeBackslashes(field.rawValue);
        if (field.key == "S"_L1) {
            wifi.ssid = value;
            haveSsid = true;
        } else if (field.key == "T"_L1) {
            wifi.security = value.trimmed().toUpper();
        } else if (field.key == "P"_L1) {
            wifi.password = value;
        } else if (field.key == "H"_L1) {
            wifi.hidden = isTrue(value.trimmed());
        } else if (field.key == "E"_L1) {
            wifi.eapMethod = value.trimmed().toUpper();
        } else if (field.key == "A"_L1) {
            wifi.anonymousIdentity = value;
        } else if (field.key == "I"_L1) {
            wifi.identity = value;
        } else if (field.key == "PH2"_L1) {
            wifi.phase2Method = value.trimmed().toUpper();
        } else if (!field.key.isEmpty()) {
            wifi.extra.insert(field.key, value);
        }
    }
    if (!haveSsid)
        return FormatResult::failure(u"no SSID (S:) field"_s);
    if (wifi.ssid.isEmpty())
        return FormatResult::failure(u"the SSID is empty"_s);
    QStringList notes;
    if (!wifi.password.isEmpty() && wifi.security == "NOPASS"_L1)
        notes.append(u"A password is given for a network marked as open (T:nopass)"_s);
    return FormatResult::success(PayloadType::Wifi, std::move(wifi), std::move(notes));
}

} // namespace SafeScan::PayloadInternal
