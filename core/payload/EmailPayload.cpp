// mailto: (RFC 6068) and MATMSG: e-mail payloads.
#include "payload/PayloadFormats.h"
#include "payload/PayloadText.h"

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadInternal {

namespace {

void appendAddresses(QStringList& list, const QString& commaSeparated)
{
    for (const QString& address : commaSeparated.split(u',', Qt::SkipEmptyParts)) {
        if (const QString trimmed = address.trimmed(); !trimmed.isEmpty())
            list.append(trimmed);
    }
}

FormatResult emailResult(EmailPayload email)
{
    if (email.to.isEmpty() && email.cc.isEmpty() && email.bcc.isEmpty() && email.subject.isEmpty() &&
        email.body.isEmpty())
        return FormatResult::failure(u"no recipient, subject or body"_s);
    QStringList notes;
    for (const QStringList* list : {&email.to, &email.cc, &email.bcc}) {
        for (const QString& address : *list) {
            if (!address.contains(u'@'))
                notes.append(u"%1 is not an e-mail address"_s.arg(quoted(address)));
        }
    }
    return FormatResult::success(PayloadType::Email, std::move(email), std::move(notes));
}

} // namespace

FormatResult parseMailto(QStringView text)
{
    EmailPayload email;
    const QStringView rest = text.sliced(text.indexOf(u':') + 1);
    const qsizetype question = rest.indexOf(u'?');
    appendAddresses(email.to, percentDecode(question < 0 ? rest : rest.first(question)));
    if (question >= 0) {
        for (const QueryItem& item : parseQuery(rest.sliced(question + 1))) {
            if (item.is("to"_L1))
                appendAddresses(email.to, item.value);
            else if (item.is("cc"_L1))
                appendAddresses(email.cc, item.value);
            else if (item.is("bcc"_L1))
                appendAddresses(email.bcc, item.value);
            else if (item.is("subject"_L1))
                email.subject = item.value;
            else if (item.is("body"_L1))
                email.body = item.value;
        }
    }
    return emailResult(std::move(email));
}

// MATMSG:TO:<address>;SUB:<subject>;BODY:<body>;; with MeCard escaping.
FormatResult parseMatmsg(QStringView text)
{
    EmailPayload email;
    for (const Field& field : parseFields(text.sliced(text.indexOf(u':') + 1))) {
        if (field.key == "TO"_L1)
            appendAddresses(email.to, unescapeBackslashes(field.rawValue));
        else if (field.key == "CC"_L1)
            appendAddresses(email.cc, unescapeBackslashes(field.rawValue));
        else if (field.key == "BCC"_L1)
            appendAddresses(email.bcc, unescapeBackslashes(field.rawValue));
        else if (field.key == "SUB"_L1)
            email.subject = unescapeBackslashes(field.rawValue);
        else if (field.key == "BODY"_L1)
            email.body = unescapeBackslashes(field.rawValue);
    }
    return emailResult(std::move(email));
}

} // namespace SafeScan::PayloadInternal
