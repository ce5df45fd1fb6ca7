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
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Address"), url->url);
    } else if (const auto* wifi = payload.as<WifiPayload>()) {
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Network name"), wifi->ssid);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Security"),
            wifi->isOpen() ? tr("None (open network)") : wifi->security);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Password"), wifi->password, true);
        if (wifi->hidden)
            add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Hidden network"), tr("Yes"));
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "EAP method"), wifi->eapMethod);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Identity"), wifi->identity);
    } else if (const auto* contact = payload.as<ContactPayload>()) {
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Name"), contact->name);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Organization"), contact->organization);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Title"), contact->title);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Phone"), contact->phones);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "E-mail"), contact->emails);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Web"), contact->urls);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Address"), contact->addresses.join(u"; "_s));
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Birthday"), contact->birthday);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Note"), contact->note);
    } else if (const auto* geo = payload.as<GeoPayload>()) {
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Latitude"),
            QString::number(geo->latitude, 'f', 6));
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Longitude"),
            QString::number(geo->longitude, 'f', 6));
        if (geo->altitude)
            add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Altitude"),
                QString::number(*geo->altitude));
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Search"), geo->query);
    } else if (const auto* phone = payload.as<PhonePayload>()) {
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Number"), phone->number);
    } else if (const auto* sms = payload.as<SmsPayload>()) {
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Number"), sms->number);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Message"), sms->body);
    } else if (const auto* mail = payload.as<EmailPayload>()) {
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "To"), mail->to);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Cc"), mail->cc);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Subject"), mail->subject);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Message"), mail->body);
    } else if (const auto* otp = payload.as<OtpPayload>()) {
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Issuer"), otp->issuer);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Account"), otp->account);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Kind"), otp->kind.toUpper());
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Secret"), otp->secret, true);
    } else if (const auto* crypto = payload.as<CryptoPaymentPayload>()) {
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Currency"), crypto->currency);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Address"), crypto->address);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Amount"), crypto->amount);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Label"), crypto->label);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Message"), crypto->message);
    } else if (const auto* epc = payload.as<EpcPaymentPayload>()) {
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Recipient"), epc->name);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "IBAN"),
            epc->ibanValid ? epc->iban : tr("%1 (invalid check digits)").arg(epc->iban));
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "BIC"), epc->bic);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Amount"), epc->amount);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Reference"), epc->reference);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Remittance"), epc->text);
    } else if (const auto* event = payload.as<EventPayload>()) {
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Title"), event->summary);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Where"), event->location);
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Starts"),
            QLocale().toString(event->start, QLocale::ShortFormat));
        if (event->end.isValid())
            add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Ends"),
                QLocale().toString(event->end, QLocale::ShortFormat));
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Description"), event->description);
    } else {
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Content"), payload.text);
    }
    for (const QString& note : payload.notes)
        add(out, QT_TRANSLATE_NOOP("SafeScan::PayloadFields", "Note"), note);
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
