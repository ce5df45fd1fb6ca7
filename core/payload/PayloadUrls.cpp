#include "payload/PayloadUrls.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// Appends without duplicates.
struct UrlCollector
{
    QStringList urls;

    void add(const QString& url)
    {
        if (!url.isEmpty() && !urls.contains(url))
            urls.append(url);
    }
    void addLinksIn(QStringView text)
    {
        for (const QString& link : httpLinksIn(text))
            add(link);
    }

    void operator()(std::monostate) {}
    void operator()(const UrlPayload& url) { add(url.url); }
    void operator()(const WifiPayload&) {}
    void operator()(const ContactPayload& contact)
    {
        for (const QString& url : contact.urls)
            add(url);
        addLinksIn(contact.note);
    }
    void operator()(const GeoPayload& geo) { addLinksIn(geo.query); }
    void operator()(const PhonePayload&) {}
    void operator()(const SmsPayload& sms) { addLinksIn(sms.body); }
    void operator()(const EmailPayload& email)
    {
        addLinksIn(email.subject);
        addLinksIn(email.body);
    }
    void operator()(const OtpPayload&) {}
    void operator()(const CryptoPaymentPayload& payment)
    {
        add(payment.extra.value(u"r"_s).toString()); // BIP 72 payment request URL
        addLinksIn(payment.label);
        addLinksIn(payment.message);
    }
    void operator()(const EpcPaymentPayload& epc)
    {
        addLinksIn(epc.text);
        addLinksIn(epc.information);
    }
    void operator()(const EventPayload& event)
    {
        for (const QString& url : event.urls)
            add(url);
        addLinksIn(event.summary);
        addLinksIn(event.location);
        addLinksIn(event.description);
    }
};

} // namespace

QStringList httpLinksIn(QStringView text)
{
    static const QRegularExpression link(u"https?://[^\\s<>\"'`{}|\\\\^]+"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList links;
    for (const QRegularExpressionMatch& match : link.globalMatch(text)) {
        QStringView found = match.capturedView();
        // Sentence punctuation after a link is not part of it; nor is a ')' without its '('.
        const qsizetype opening = found.count(u'(');
        qsizetype closing = found.count(u')');
        while (!found.isEmpty()) {
            const QChar last = found.back();
            if (last == u')' && opening < closing)
                --closing;
            else if (!QStringView(u".,;:!?]").contains(last))
                break;
            found.chop(1);
        }
        if (found.indexOf("://"_L1) + 3 < found.size())
            links.append(found.toString());
    }
    return links;
}

QStringList payloadUrls(const Payload& payload)
{
    UrlCollector collector;
    std::visit(collector, payload.data);
    if (payload.type == PayloadType::Text || payload.type == PayloadType::Binary)
        collector.addLinksIn(payload.text);
    return collector.urls;
}

} // namespace SafeScan
