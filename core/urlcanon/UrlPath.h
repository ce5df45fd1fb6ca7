#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace SafeScan {

// A hierarchical path as written (before '?', '\' already turned into '/' for special schemes):
// unescaped fully, then "." and ".." segments resolved and runs of '/' collapsed ("/a/b/.." is
// "/a/", ".." never climbs above the root, an empty path is "/"), then escaped again. '?' and '\'
// are escaped too so that the canonical URL splits the same way when it is read again.
QByteArray canonicalPath(QByteArrayView rawPath);

// The part of an opaque URL after "scheme:" and before '?': unescaped fully, escaped again ('?' too).
QByteArray canonicalOpaquePart(QByteArrayView rawPart);

// A query as written after the first '?': unescaped fully, escaped again.
QByteArray canonicalQuery(QByteArrayView rawQuery);

} // namespace SafeScan
