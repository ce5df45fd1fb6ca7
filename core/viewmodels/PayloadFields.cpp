#include "PayloadFields.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadFields {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate(context, text);
}

void add(QList<Field>& out, const char* label, const QString& value, bool secret = false)
{
    if (!value.isEmpty())
        out.append({tr(label), value, secret});
}

void add(QList<Field>& out, const char* label, const QStringList& values)
{
    add(out, label, values.join(u", "_s));
}

QString vcardEscape(QString value)
{
    value.replace(u'\\', u"\\\\"_s);
    value.replace(u'\n', u"\\n"_s);
    value.remove(u'\r');
    value.replace(u',', u"\\,"_s);
    value.replace(u';', u"\\;"_s);
    return value;
}
} // namespace

QString typeLabel(PayloadType type)
{
    switch (type) {
    case PayloadType::Text:
        return tr("Text");
    case PayloadType::Url:
        return tr("Web link");
    case PayloadType::Wifi:
        return tr("Wi-Fi network");
    case PayloadType::Contact:
        return tr("Contact");
    case PayloadType::Geo:
        return tr("Location");
    case PayloadType::Phone:
        return tr("Phone number");
    case PayloadType::Sms:
        return tr("Text message");
    case PayloadType::Email:
        return tr("E-mail");
    case PayloadType::Otp:
        return tr("One-time password key");
    case PayloadType::CryptoPayment:
        return tr("Crypto payment");
    case PayloadType::EpcPayment:
        return tr("Bank transfer");
    case PayloadType::Event:
        return tr("Calendar event");
    case PayloadType::Binary:
        return tr("Binary data");
    }
    return tr("Text");
}

QList<Field> fields(const Payload& payload)
{
    QList<Field> out;
    if (const auto* url = payload.as<UrlPayload>()) {
        add(out, "Address", url->url);
    } else if (const auto* wifi = payload.as<WifiPayload>()) {
        add(out, "Network name", wifi->ssid);
        add(out, "Security", wifi->isOpen() ? tr("None (open network)") : wifi->security);
        add(out, "Password", wifi->password, true);
        if (wifi->hidden)
            add(out, "Hidden network", tr("Yes"));
        add(out, "EAP method", wifi->eapMethod);
        add(out, "Identity", wifi->identity);
    } else if (const auto* contact = payload.as<ContactPayload>()) {
        add(out, "Name", contact->name);
        add(out, "Organization", contact->organization);
        add(out, "Title", contact->title);
        add(out, "Phone", contact->phones);
        add(out, "E-mail", contact->emails);
        add(out, "Web", contact->urls);
        add(out, "Address", contact->addresses.join(u"; "_s));
        add(out, "Birthday", contact->birthday);
        add(out, "Note", contact->note);
    } else if (const auto* geo = payload.as<GeoPayload>()) {
        add(out, "Latitude", QString::number(geo->latitude, 'f', 6));
        add(out, "Longitude", QString::number(geo->longitude, 'f', 6));
        if (geo->altitude)
            add(out, "Altitude", QString::number(*geo->altitude));
        add(out, "Search", geo->query);
    } else if (const auto* phone = payload.as<PhonePayload>()) {
        add(out, "Number", phone->number);
    } else if (const auto* sms = payload.as<SmsPayload>()) {
        add(out, "Number", sms->number);
        add(out, "Message", sms->body);
    } else if (const auto* mail = payload.as<EmailPayload>()) {
        add(out, "To", mail->to);
        add(out, "Cc", mail->cc);
        add(out, "Subject", mail->subject);
        add(out, "Message", mail->body);
    } else if (const auto* otp = payload.as<OtpPayload>()) {
        add(out, "Issuer", otp->issuer);
        add(out, "Account", otp->account);
        add(out, "Kind", otp->kind.toUpper());
        add(out, "Secret", otp->secret, true);
    } else if (const auto* crypto = payload.as<CryptoPaymentPayload>()) {
        add(out, "Currency", crypto->currency);
        add(out, "Address", crypto->address);
        add(out, "Amount", crypto->amount);
        add(out, "Label", crypto->label);
        add(out, "Message", crypto->message);
    } else if (const auto* epc = payload.as<EpcPaymentPayload>()) {
        add(out, "Recipient", epc->name);
        add(out, "IBAN", epc->ibanValid ? epc->iban : tr("%1 (invalid check digits)").arg(epc->iban));
        add(out, "BIC", epc->bic);
        add(out, "Amount", epc->amount);
        add(out, "Reference", epc->reference);
        add(out, "Remittance", epc->text);
    } else if (const auto* event = payload.as<EventPayload>()) {
        add(out, "Title", event->summary);
        add(out, "Where", event->location);
        add(out, "Starts", QLocale().toString(event->start, QLocale::ShortFormat));
        if (event->end.isValid())
            add(out, "Ends", QLocale().toString(event->end, QLocale::ShortFormat));
        add(out, "Description", event->description);
    } else {
        add(out, "Content", payload.text);
    }
    for (const QString& note : payload.notes)
        add(out, "Note", note);
    return out;
}

QString toVCard(const ContactPayload& contact)
{
    QStringList lines{u"BEGIN:VCARD"_s, u"VERSION:3.0"_s};
    const QString name =
        contact.name.isEmpty() ? (contact.givenName + u' ' + contact.familyName).trimmed() : contact.name;
    lines.append(u"N:%1;%2;;;"_s.arg(vcardEscape(contact.familyName), vcardEscape(contact.givenName)));
    lines.append(u"FN:"_s + vcardEscape(name));
    if (!contact.organization.isEmpty())
        lines.append(u"ORG:"_s + vcardEscape(contact.organization));
    if (!contact.title.isEmpty())
        lines.append(u"TITLE:"_s + vcardEscape(contact.title));
    for (const QString& phone : contact.phones)
        lines.append(u"TEL:"_s + vcardEscape(phone));
    for (const QString& mail : contact.emails)
        lines.append(u"EMAIL:"_s + vcardEscape(mail));
    for (const QString& url : contact.urls)
        lines.append(u"URL:"_s + vcardEscape(url));
    for (const QString& address : contact.addresses)
        lines.append(u"ADR:;;"_s + vcardEscape(address) + u";;;;"_s);
    if (!contact.birthday.isEmpty())
        lines.append(u"BDAY:"_s + vcardEscape(contact.birthday));
    if (!contact.note.isEmpty())
        lines.append(u"NOTE:"_s + vcardEscape(contact.note));
    lines.append(u"END:VCARD"_s);
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

} // namespace SafeScan::PayloadFields
