#include "CanonicalUrl.h"

#include <QUrl>

namespace SafeScan {

QString CanonicalUrl::url() const
{
    if (!valid)
        return {};
    QString text = scheme + u':';
    if (hierarchical) {
        text += QLatin1StringView("//") + host;
        if (port >= 0)
            text += u':' + QString::number(port);
    }
    text += path;
    if (hasQuery)
        text += u'?' + query;
    return text;
}

QString CanonicalUrl::hostUnicode() const
{
    if (hostKind != HostKind::Name)
        return host;
    const QString decoded = QUrl::fromAce(host.toLatin1(), QUrl::IgnoreIDNWhitelist);
    return decoded.isEmpty() ? host : decoded;
}

} // namespace SafeScan
