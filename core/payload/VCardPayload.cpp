// vCard 2.1 / 3.0 / 4.0 contacts (BEGIN:VCARD ... END:VCARD).
#include "payload/ContentLines.h"
#include "payload/PayloadFormats.h"
#include "payload/PayloadText.h"

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadInternal {

namespace {

QString joinNonEmpty(QStringList parts, QLatin1StringView separator)
{
    for (QString& part : parts)
        part = part.trimmed();
    parts.removeAll(QString());
    return parts.join(separator);
}

// vCard 4.0 may give TEL as a URI ("tel:+1-555-0100").
QString phoneNumber(const QString& value)
{
    return startsWithCi(value, "tel:"_L1) ? value.sliced(4).trimmed() : value;
}

} // namespace

FormatResult parseVCard(QStringView text)
{
    const Component card = firstComponent(parseContentLines(text), "VCARD"_L1);
    if (!card.found)
        return FormatResult::failure(u"no BEGIN:VCARD line"_s);

    ContactPayload contact;
    contact.sourceFormat = u"vcard"_s;
    QString formattedName;
    QStringList notes;
    for (const ContentLine& line : card.lines) {
        const QString value = unescapeValue(line.value).trimmed();
        if (line.name == "FN"_L1) {
            formattedName = value;
        } else if (line.name == "N"_L1) {
            const QStringList parts = splitStructured(line.value); // Family;Given;Additional;Prefix;Suffix
            contact.familyName = parts.value(0).trimmed();
            contact.givenName = parts.value(1).trimmed();
            contact.name = joinNonEmpty(
                {parts.value(3), parts.value(1), parts.value(2), parts.value(0), parts.value(4)}, " "_L1);
        } else if (value.isEmpty()) {
            continue;
        } else if (line.name == "ORG"_L1) {
            contact.organization = joinNonEmpty(splitStructured(line.value), ", "_L1);
        } else if (line.name == "TITLE"_L1) {
            contact.title = value;
        } else if (line.name == "TEL"_L1) {
            contact.phones.append(phoneNumber(value));
        } else if (line.name == "EMAIL"_L1) {
            contact.emails.append(value);
        } else if (line.name == "URL"_L1) {
            contact.urls.append(value);
        } else if (line.name == "ADR"_L1) {
            if (const QString address = joinNonEmpty(splitStructured(line.value), ", "_L1);
                !address.isEmpty())
                contact.addresses.append(address);
        } else if (line.name == "NOTE"_L1) {
            contact.note = contact.note.isEmpty() ? value : contact.note + u'\n' + value;
        } else if (line.name == "BDAY"_L1) {
            contact.birthday = isoDateOrAsGiven(value);
        }
    }
    if (!formattedName.isEmpty())
        contact.name = formattedName;
    if (contact.name.isEmpty() && contact.organization.isEmpty() && contact.phones.isEmpty() &&
        contact.emails.isEmpty() && contact.urls.isEmpty() && contact.addresses.isEmpty())
        return FormatResult::failure(u"no name, phone, e-mail, URL or address"_s);
    if (!card.ended)
        notes.append(u"The vCard has no END:VCARD line"_s);
    return FormatResult::success(PayloadType::Contact, std::move(contact), std::move(notes));
}

} // namespace SafeScan::PayloadInternal
