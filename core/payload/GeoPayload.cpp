// geo: URIs (RFC 5870, with the Android "?q=" search extension).
#include "payload/PayloadFormats.h"
#include "payload/PayloadText.h"

using namespace Qt::StringLiterals;

namespace SafeScan::PayloadInternal {

namespace {

// A plain decimal: optional sign, digits, optional fraction. No exponent, "nan" or "inf".
std::optional<double> parseDecimal(QStringView text)
{
    QStringView digits = text;
    if (digits.startsWith(u'+') || digits.startsWith(u'-'))
        digits = digits.sliced(1);
    const qsizetype dot = digits.indexOf(u'.');
    const QStringView whole = dot < 0 ? digits : digits.first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : digits.sliced(dot + 1);
    const bool wholeOk = whole.isEmpty() || allAsciiDigits(whole);
    const bool fractionOk = fraction.isEmpty() || allAsciiDigits(fraction);
    if (!wholeOk || !fractionOk || (whole.isEmpty() && fraction.isEmpty()))
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

FormatResult parseGeo(QStringView text)
{
    const QStringView rest = text.sliced(text.indexOf(u':') + 1);
    const qsizetype question = rest.indexOf(u'?');
    const QList<QStringView> params = (question < 0 ? rest : rest.first(question)).split(u';');
    const QList<QStringView> coordinates = params.first().split(u',');
    if (coordinates.size() < 2 || coordinates.size() > 3)
        return FormatResult::failure(u"expected latitude,longitude[,altitude]"_s);

    GeoPayload geo;
    const std::optional<double> latitude = parseDecimal(coordinates[0].trimmed());
    const std::optional<double> longitude = parseDecimal(coordinates[1].trimmed());
    if (!latitude || !longitude)
        return FormatResult::failure(u"the coordinates are not numbers"_s);
    if (*latitude < -90 || *latitude > 90)
        return FormatResult::failure(u"latitude %1 is out of range (-90 to 90)"_s.arg(*latitude));
    if (*longitude < -180 || *longitude > 180)
        return FormatResult::failure(u"longitude %1 is out of range (-180 to 180)"_s.arg(*longitude));
    geo.latitude = *latitude;
    geo.longitude = *longitude;
    if (coordinates.size() == 3) {
        geo.altitude = parseDecimal(coordinates[2].trimmed());
        if (!geo.altitude)
            return FormatResult::failure(u"the altitude is not a number"_s);
    }
    for (QStringView param : params.sliced(1)) {
        const qsizetype eq = param.indexOf(u'=');
        if (eq > 0 && param.first(eq).trimmed().compare("crs"_L1, Qt::CaseInsensitive) == 0 &&
            param.sliced(eq + 1).trimmed().compare("wgs84"_L1, Qt::CaseInsensitive) != 0)
            return FormatResult::failure(
                u"unsupported coordinate system %1"_s.arg(quoted(param.sliced(eq + 1))));
    }
    if (question >= 0) {
        for (const QueryItem& item : parseQuery(rest.sliced(question + 1), PlusIsSpace::Yes)) {
            if (item.is("q"_L1))
                geo.query = item.value;
        }
    }
    return FormatResult::success(PayloadType::Geo, std::move(geo));
}

} // namespace SafeScan::PayloadInternal
