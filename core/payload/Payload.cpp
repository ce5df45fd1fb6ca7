#include "payload/Payload.h"

#include <array>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

struct TypeName
{
    PayloadType type;
    QLatin1StringView name;
};

constexpr std::array kTypeNames{
    TypeName{PayloadType::Text, "text"_L1},      TypeName{PayloadType::Url, "url"_L1},
    TypeName{PayloadType::Wifi, "wifi"_L1},      TypeName{PayloadType::Contact, "contact"_L1},
    TypeName{PayloadType::Geo, "geo"_L1},        TypeName{PayloadType::Phone, "phone"_L1},
    TypeName{PayloadType::Sms, "sms"_L1},        TypeName{PayloadType::Email, "email"_L1},
    TypeName{PayloadType::Otp, "otp"_L1},        TypeName{PayloadType::CryptoPayment, "crypto"_L1},
    TypeName{PayloadType::EpcPayment, "epc"_L1}, TypeName{PayloadType::Event, "event"_L1},
    TypeName{PayloadType::Binary, "binary"_L1},
};

} // namespace

QString payloadTypeName(PayloadType type)
{
    for (const TypeName& entry : kTypeNames) {
        if (entry.type == type)
            return entry.name;
    }
    return u"text"_s;
}

std::optional<PayloadType> payloadTypeFromName(QStringView name)
{
    for (const TypeName& entry : kTypeNames) {
        if (name == entry.name)
            return entry.type;
    }
    return std::nullopt;
}

bool WifiPayload::isOpen() const
{
    return security == "NOPASS"_L1 || (security.isEmpty() && password.isEmpty());
}

} // namespace SafeScan
