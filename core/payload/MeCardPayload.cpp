// MECARD:N:<last>,<first>;TEL:..;EMAIL:..;URL:..;ADR:..;NOTE:..;BDAY:..;; contacts.
#include "payload/PayloadFormats.h"
#include "payload/PayloadText.h"

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadInternal {

namespace {

// The non-empty parts of a comma-separated MeCard value, unescaped.
QStringList commaParts(QStringView rawValue)
{
    QStringList parts;
    for (QStringView part : splitUnescaped(rawValue, u','))
        parts.append(unescapeBackslashes(part).trimmed());
    return parts;
}

} // namespace

FormatResult parseMeCard(QStringView text)
{
    ContactPayload contact;
    contact.sourceFormat = u"mecard"_s;
    for (const Field& field : parseFields(text.sliced(text.indexOf(u':') + 1))) {
        const QString value = unescapeBackslashes(field.rawValue).trimmed();
        if (value.isEmpty())
            continue;
        if (field.key == "N"_L1) {
            const QStringList parts = commaParts(field.rawValue);
            contact.familyName = parts.value(0);
            contact.givenName = parts.value(1);
            contact.name = QStringList{contact.givenName, contact.familyName}.join(u' ').trimmed();
        } else if (field.key == "TEL"_L1 || field.key == "TEL-AV"_L1) {
            contact.phones.append(value);
        } else if (field.key == "EMAIL"_L1) {
            contact.emails.append(value);
        } else if (field.key == "URL"_L1) {
            contact.urls.append(value);
        } else if (field.key == "ADR"_L1) {
            QStringList parts = commaParts(field.rawValue);
            parts.removeAll(QString());
            contact.addresses.append(parts.join(", "_L1));
        } else if (field.key == "NOTE"_L1) {
            contact.note = value;
        } else if (field.key == "BDAY"_L1) {
            contact.birthday = isoDateOrAsGiven(value);
        } else if (field.key == "ORG"_L1) {
            contact.organization = value;
        } else if (field.key == "TITLE"_L1) {
            contact.title = value;
        }
    }
    if (contact.name.isEmpty() && contact.organization.isEmpty() && contact.phones.isEmpty() &&
        contact.emails.isEmpty() && contact.urls.isEmpty() && contact.addresses.isEmpty())
        return FormatResult::failure(u"no name, phone, e-mail, URL or address"_s);
    return FormatResult::success(PayloadType::Contact, std::move(contact));
}

} // namespace SafeScan::PayloadInternal
