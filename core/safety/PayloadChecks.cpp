#include "PayloadChecks.h"

#include "PremiumNumbers.h"
#include "ReasonCatalog.h"

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadChecks {

namespace {
using C = ReasonCode;
using ReasonCatalog::make;

void checkNumber(const QString& number, bool sms, QList<Reason>& reasons)
{
    if (PremiumNumbers::isPremiumRate(number)) {
        reasons.append(make(C::PremiumNumber, number, {number}));
    } else if (sms && PremiumNumbers::isShortCode(number)) {
        Reason reason = make(C::PremiumNumber, number, {number});
        reason.weight = 0.45; // short codes carry premium subscriptions, but not only them
        reasons.append(reason);
    }
}
} // namespace

QList<Reason> check(const Payload& payload)
{
    QList<Reason> reasons;
    if (const auto* wifi = payload.as<WifiPayload>()) {
        if (wifi->isOpen())
            reasons.append(make(C::WifiOpen, wifi->ssid, {wifi->ssid}));
        else if (wifi->security.compare(u"WEP"_s, Qt::CaseInsensitive) == 0)
            reasons.append(make(C::WifiWep, wifi->ssid, {wifi->ssid}));
    } else if (const auto* otp = payload.as<OtpPayload>()) {
        const QString who = otp->issuer.isEmpty() ? otp->label : otp->issuer;
        // The evidence never repeats the secret itself.
        reasons.append(make(C::OtpSecret, who, {who}));
    } else if (const auto* phone = payload.as<PhonePayload>()) {
        checkNumber(phone->number, false, reasons);
    } else if (const auto* sms = payload.as<SmsPayload>()) {
        checkNumber(sms->number, true, reasons);
    } else if (const auto* contact = payload.as<ContactPayload>()) {
        for (const QString& number : contact->phones)
            checkNumber(number, false, reasons);
    } else if (const auto* crypto = payload.as<CryptoPaymentPayload>()) {
        const QString who =
            crypto->label.isEmpty() ? crypto->address : crypto->label + u" ("_s + crypto->address + u')';
        reasons.append(make(C::PaymentRequest, crypto->address, {who}));
    } else if (const auto* epc = payload.as<EpcPaymentPayload>()) {
        reasons.append(make(C::PaymentRequest, epc->iban, {epc->name + u" ("_s + epc->iban + u')'}));
        if (!epc->ibanValid)
            reasons.append(make(C::InvalidIban, epc->iban, {epc->iban}));
    } else if (payload.type == PayloadType::Binary) {
        reasons.append(make(C::BinaryContent, QString::number(payload.bytes.size()) + u" bytes"_s));
    }
    return reasons;
}

} // namespace SafeScan::PayloadChecks
