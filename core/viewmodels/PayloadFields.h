#pragma once

#include "payload/Payload.h"

#include <QList>
#include <QString>

// A payload as labelled fields for the result panel, and the files a user can save from it.
namespace SafeScan::PayloadFields {

inline constexpr char context[] = "SafeScan::PayloadFields";

struct Field
{
    QString label; // translated
    QString value;
    bool secret = false; // a password or key: hidden until the user asks to see it
};

// "Web link", "Wi-Fi network", "Contact", ... (translated).
QString typeLabel(PayloadType type);
// The fields worth showing, in reading order; empty values are left out.
QList<Field> fields(const Payload& payload);
// A vCard 3.0 for the contact (CRLF line ends, values escaped).
QString toVCard(const ContactPayload& contact);

} // namespace SafeScan::PayloadFields
