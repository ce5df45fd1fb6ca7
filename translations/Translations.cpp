#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace SafeScan::Translations {

namespace {
Q_LOGGING_CATEGORY(lcTranslations, "safescan.translations")

QString resourcePath(const QString& language)
{
    return u":/i18n/safescan_%1.qm"_s.arg(language);
}
} // namespace

QStringList available()
{
    return {u"de"_s, u"fr"_s, u"es"_s};
}

QString resolve(const QString& setting, const QLocale& system)
{
    if (available().contains(setting))
        return setting;
    if (setting != u"system"_s)
        return u"en"_s;
    for (const QString& name : system.uiLanguages()) {
        const QString language = QLocale(name).name().section(u'_', 0, 0);
        if (language == u"en"_s || available().contains(language))
            return language;
    }
    return u"en"_s;
}

QString install(QCoreApplication& app, const QString& setting, const QLocale& system)
{
    const QString language = resolve(setting, system);
    auto* own = new QTranslator(&app);
    if (language == u"en"_s) {
        // The source language: only the plural forms ("1 scan", "2 scans"), no Qt translation.
        if (own->load(resourcePath(language)))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return language;
    }
    if (!own->load(resourcePath(language)) || !QCoreApplication::installTranslator(own)) {
        qCWarning(lcTranslations) << "cannot load the translation" << resourcePath(language);
        delete own;
        return u"en"_s;
    }
    // Qt's own strings (standard buttons, file dialogs): optional, shipped by the system's Qt.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    qCInfo(lcTranslations) << "interface language" << language;
    return language;
}

} // namespace SafeScan::Translations
