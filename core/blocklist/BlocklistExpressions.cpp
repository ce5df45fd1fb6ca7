#include "BlocklistExpressions.h"

#include "FeedText.h"
#include "urlcanon/LookupExpressions.h"
#include "urlcanon/UrlCanonicalizer.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

QString canonError(const CanonicalUrl& canon)
{
    return canon.error.isEmpty() ? u"not a valid URL"_s : u"not a valid URL: %1"_s.arg(canon.error);
}

} // namespace

BlocklistExpressions::Result BlocklistExpressions::forUrl(QStringView url)
{
    const QStringView trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {{}, u"the URL is empty"_s};
    const CanonicalUrl canon = startsWithUrlScheme(trimmed)
                                   ? UrlCanonicalizer::canonicalize(trimmed)
                                   : UrlCanonicalizer::canonicalize(QString(u"http://"_s).append(trimmed));
    if (!canon.valid)
        return {{}, canonError(canon)};
    if (!canon.hierarchical || canon.host.isEmpty())
        return {{}, u"the URL has no host"_s};
    QString expression = canon.host + canon.path;
    if (canon.hasQuery)
        expression += u'?' + canon.query;
    return {expression, {}};
}

BlocklistExpressions::Result BlocklistExpressions::forHost(QStringView host)
{
    const bool ipv6 = host.contains(u':');
    const QString url = (ipv6 ? u"http://[%1]/"_s : u"http://%1/"_s).arg(host);
    const CanonicalUrl canon = UrlCanonicalizer::canonicalize(url);
    if (!canon.valid || canon.host.isEmpty())
        return {{}, canonError(canon)};
    return {canon.host + u'/', {}};
}

QStringList BlocklistExpressions::lookupFor(const CanonicalUrl& url)
{
    if (!url.valid)
        return {};
    return lookupExpressions(url);
}

} // namespace SafeScan
