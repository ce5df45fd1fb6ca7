#pragma once

// A Qt Linguist .ts file read into its messages, for tests/i18n.
#include <QFile>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace SafeScan::Test {

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation
    bool numerus = false;
    QString type;             // of <translation>: "", "unfinished", "obsolete" or "vanished"
    QStringList translations; // one, or one per plural form

    // What identifies the message for lupdate.
    QString key() const
    {
        return context + u'\x1f' + source + u'\x1f' + comment +
               (numerus ? QStringLiteral("\x1f(plural)") : QString());
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;

    static TsFile read(const QString& path)
    {
        TsFile ts;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ts.error = file.errorString();
            return ts;
        }
        QXmlStreamReader xml(&file);
        QString context;
        TsMessage message;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1StringView("language")).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(QLatin1StringView("type")).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
                ts.messages.append(message); // a plural's forms follow
            } else if (name == u"numerusform") {
                ts.messages.last().translations.append(xml.readElementText());
            }
        }
        if (xml.hasError())
            ts.error = xml.errorString();
        return ts;
    }

    QSet<QString> keys() const
    {
        QSet<QString> out;
        for (const TsMessage& m : messages)
            out.insert(m.key());
        return out;
    }
};

} // namespace SafeScan::Test
