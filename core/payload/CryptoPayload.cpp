// Crypto payment requests: BIP 21 ("bitcoin:ADDR?amount=&label=&message=") and the coins that copy
// it, and EIP 681 ("ethereum:[pay-]ADDR[@chain][/function]?value=...").
#include "payload/PayloadFormats.h"
#include "payload/PayloadText.h"

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadInternal {

FormatResult parseBip21(QStringView text)
{
    CryptoPaymentPayload payment;
    payment.currency = text.first(text.indexOf(u':')).toString().toLower();
    const QStringView rest = afterScheme(text);
    const qsizetype question = rest.indexOf(u'?');
    payment.address = percentDecode(question < 0 ? rest : rest.first(question)).trimmed();

    QStringList notes;
    const QList<QueryItem> items = question < 0 ? QList<QueryItem>() : parseQuery(rest.sliced(question + 1));
    for (const QueryItem& item : items) {
        if (item.is("amount"_L1)) {
            payment.amount = item.value.trimmed();
        } else if (item.is("label"_L1)) {
            payment.label = item.value;
        } else if (item.is("message"_L1)) {
            payment.message = item.value;
        } else {
            payment.extra.insert(item.key, item.value);
            if (item.key.startsWith("req-"_L1, Qt::CaseInsensitive))
                notes.append(u"Requires the unsupported parameter %1"_s.arg(quoted(item.key)));
        }
    }
    if (payment.address.isEmpty() && !payment.extra.contains(u"r"_s) &&
        !payment.extra.contains(u"lightning"_s))
        return FormatResult::failure(u"no address"_s);
    if (!payment.address.isEmpty() && !matches(payment.address, u"^[A-Za-z0-9]{14,100}$"_s))
        return FormatResult::failure(
            u"%1 is not a %2 address"_s.arg(quoted(payment.address), payment.currency));
    if (!payment.amount.isEmpty() && !matches(payment.amount, u"^(\\d+(\\.\\d*)?|\\.\\d+)$"_s))
        notes.append(u"The amount %1 is not a decimal number"_s.arg(quoted(payment.amount)));
    return FormatResult::success(PayloadType::CryptoPayment, std::move(payment), std::move(notes));
}

FormatResult parseEip681(QStringView text)
{
    CryptoPaymentPayload payment;
    payment.currency = u"ethereum"_s;
    QStringView rest = afterScheme(text);
    if (startsWithCi(rest, "pay-"_L1))
        rest = rest.sliced(4);
    const qsizetype question = rest.indexOf(u'?');
    QStringView path = question < 0 ? rest : rest.first(question);
    if (const qsizetype slash = path.indexOf(u'/'); slash >= 0) {
        payment.functionName = percentDecode(path.sliced(slash + 1));
        path = path.first(slash);
    }
    if (const qsizetype at = path.indexOf(u'@'); at >= 0) {
        payment.chainId = path.sliced(at + 1).trimmed().toString();
        path = path.first(at);
    }
    payment.address = percentDecode(path).trimmed();
    if (payment.address.size() > 255 // an ENS name's limit; also keeps the patterns below cheap
        || (!matches(payment.address, u"^0[xX][0-9a-fA-F]{40}$"_s) &&
            !matches(payment.address, u"^[^\\s/?#@]+\\.[A-Za-z]{2,}$"_s)))
        return FormatResult::failure(
            u"%1 is not an Ethereum address or ENS name"_s.arg(quoted(payment.address)));

    QStringList notes;
    if (!payment.chainId.isEmpty() && !allAsciiDigits(payment.chainId))
        notes.append(u"The chain id %1 is not a number"_s.arg(quoted(payment.chainId)));
    const QList<QueryItem> items = question < 0 ? QList<QueryItem>() : parseQuery(rest.sliced(question + 1));
    for (const QueryItem& item : items) {
        if (item.is("value"_L1))
            payment.amount = item.value.trimmed();
        else
            payment.extra.insert(item.key, item.value);
    }
    if (!payment.amount.isEmpty() && !matches(payment.amount, u"^\\d+(\\.\\d+)?([eE]\\d+)?$"_s))
        notes.append(u"The value %1 is not a number"_s.arg(quoted(payment.amount)));
    return FormatResult::success(PayloadType::CryptoPayment, std::move(payment), std::move(notes));
}

} // namespace SafeScan::PayloadInternal
