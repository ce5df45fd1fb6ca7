#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QStringView>

namespace SafeScan {

// Writes compact UTF-8 JSON straight into a byte array, without building a QJsonObject first:
// for the rows the history stores by the million (PayloadJson, VerdictJson). What it writes parses
// (QJsonDocument::fromJson) to the same object as the QJsonObject the same calls would build; keys
// are written in call order, so a caller must not repeat one. Strings are escaped as JSON requires
// ('"', '\', control characters, and lone surrogates as QJsonDocument does); everything else,
// non-ASCII included, is written as UTF-8.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray& out)
        : m_out(out)
    {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The key of the next value, inside an object.
    void key(const char* latin1Key);

    void value(QStringView text);
    void value(const QString& text) { value(QStringView(text)); }
    void value(const char* asciiText) = delete; // a literal would be taken for a bool
    void value(bool flag);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number); // non-finite: null, as QJsonDocument writes it
    void null();
    void value(const QStringList& list);
    void value(const QJsonObject& object); // nested, through QJsonDocument (rare and small)

    // key() then value(), for the common case.
    template <class T>
    void field(const char* latin1Key, const T& v)
    {
        key(latin1Key);
        value(v);
    }

    static void appendString(QByteArray& out, QStringView text);

private:
    void separate();

    QByteArray& m_out;
    bool m_first = true; // no value yet in the innermost object or array
};

} // namespace SafeScan
