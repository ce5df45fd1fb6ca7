#include "DecodedCode.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

QString codeFormatName(CodeFormat format)
{
    switch (format) {
    case CodeFormat::QRCode:
        return u"QRCode"_s;
    case CodeFormat::MicroQRCode:
        return u"MicroQRCode"_s;
    }
    return u"QRCode"_s;
}

QByteArray DecodedCode::contentKey() const
{
    QByteArray key = format == CodeFormat::MicroQRCode ? QByteArrayLiteral("m:") : QByteArrayLiteral("q:");
    key += binary ? bytes : text.toUtf8();
    return key;
}

} // namespace SafeScan
