// EPC QR codes (EPC069-12 "SEPA credit transfer"): one field per line after "BCD".
#include "payload/PayloadFormats.h"
#include "payload/PayloadText.h"

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadInternal {

namespace {

// Line numbers (0-based) of the EPC fields.
enum EpcLine : qsizetype
{
    ServiceTag,
    Version,
    CharacterSet,
    Identification,
    Bic,
    Name,
    Iban,
    Amount,
    Purpose,
    Reference,
    Text,
    Information,
    LineCount
};

} // namespace

bool isEpcBlock(QStringView text)
{
    const qsizetype newline = text.indexOf(u'\n');
    return newline > 0 && text.first(newline).trimmed().compare("BCD"_L1, Qt::CaseInsensitive) == 0;
}

bool ibanChecksumValid(QStringView iban)
{
    if (iban.size() < 15 || iban.size() > 34 || !isAsciiLetter(iban[0]) || !isAsciiLetter(iban[1]) ||
        !isAsciiDigit(iban[2]) || !isAsciiDigit(iban[3]))
        return false;
    int remainder = 0;
    for (qsizetype i = 0; i < iban.size(); ++i) {
        const QChar c = iban[(i + 4) % iban.size()]; // the first four characters move to the end
        if (isAsciiDigit(c))
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        else if (isAsciiLetter(c))
            remainder = (remainder * 100 + (c.toUpper().unicode() - u'A' + 10)) % 97;
        else
            return false;
    }
    return remainder == 1;
}

FormatResult parseEpc(QStringView text)
{
    QStringList lines;
    for (QStringView line : splitLines(text)) {
        lines.append(line.trimmed().toString());
        if (lines.size() == LineCount)
            break; // trailing lines are ignored
    }
    const auto field = [&lines](EpcLine index) { return lines.value(index); };

    EpcPaymentPayload epc;
    epc.version = field(Version);
    epc.characterSet = field(CharacterSet);
    epc.bic = field(Bic).toUpper().remove(u' ');
    epc.name = field(Name);
    epc.iban = field(Iban).toUpper().remove(u' ');
    epc.amount = field(Amount).remove(u' ');
    epc.purpose = field(Purpose);
    epc.reference = field(Reference);
    epc.text = field(Text);
    epc.information = field(Information);

    if (epc.version != "001"_L1 && epc.version != "002"_L1)
        return FormatResult::failure(
            u"unsupported version %1 (expected 001 or 002)"_s.arg(quoted(epc.version)));
    if (epc.characterSet.size() != 1 || epc.characterSet[0] < u'1' || epc.characterSet[0] > u'8')
        return FormatResult::failure(u"character set %1 is not 1 to 8"_s.arg(quoted(epc.characterSet)));
    if (field(Identification).compare("SCT"_L1, Qt::CaseInsensitive) != 0)
        return FormatResult::failure(u"identification %1 is not SCT"_s.arg(quoted(field(Identification))));
    if (epc.bic.isEmpty() && epc.version == "001"_L1)
        return FormatResult::failure(u"no BIC (required in version 001)"_s);
    if (epc.name.isEmpty())
        return FormatResult::failure(u"no beneficiary name"_s);
    if (epc.iban.isEmpty())
        return FormatResult::failure(u"no IBAN"_s);

    QStringList notes;
    epc.ibanValid = ibanChecksumValid(epc.iban);
    if (!epc.ibanValid)
        notes.append(u"The IBAN %1 is not valid (checksum or format)"_s.arg(quoted(epc.iban)));
    if (!epc.bic.isEmpty() && !matches(epc.bic, u"^[A-Z0-9]{8}([A-Z0-9]{3})?$"_s))
        notes.append(u"The BIC %1 is not 8 or 11 letters and digits"_s.arg(quoted(epc.bic)));
    if (epc.name.size() > 70)
        notes.append(u"The beneficiary name is longer than 70 characters"_s);
    if (!epc.amount.isEmpty()) {
        if (matches(epc.amount, u"^[A-Za-z]{3}\\d{1,9}(\\.\\d{1,2})?$"_s)) {
            epc.currency = epc.amount.first(3).toUpper();
            if (epc.amount.sliced(3).toDouble() < 0.01)
                notes.append(u"The amount %1 is below the minimum of 0.01"_s.arg(quoted(epc.amount)));
        } else {
            notes.append(u"The amount %1 is not a currency code and a number"_s.arg(quoted(epc.amount)));
        }
    }
    if (!epc.reference.isEmpty() && !epc.text.isEmpty())
        notes.append(u"Both a structured reference and a remittance text are given; only one is allowed"_s);
    return FormatResult::success(PayloadType::EpcPayment, std::move(epc), std::move(notes));
}

} // namespace SafeScan::PayloadInternal
