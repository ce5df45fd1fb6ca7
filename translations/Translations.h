#pragma once

// The interface language: the compiled translations (translations/*.ts, embedded under :/i18n) and
// the choice of one from the language setting ("system", "en", "de", "fr" or "es").
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace SafeScan::Translations {

// The languages SafeScan has a translation for, besides English (the language of the sources).
QStringList available();

// The language to show for a setting value: the setting itself when it names a translation,
// "en" for English or an unknown value, and for "system" the first of the system's preferred
// languages SafeScan has (else "en").
QString resolve(const QString& setting, const QLocale& system = QLocale::system());

// Installs the translators for that setting on app (SafeScan's, and Qt's own for standard buttons
// and dialogs when the system has them); they live as long as app. Call once, before any window
// is made: a later change of the setting takes effect at the next start. Returns the language
// now shown. English installs only its plural forms ("%n scan(s)" -> "1 scan" / "2 scans").
QString install(QCoreApplication& app, const QString& setting, const QLocale& system = QLocale::system());

} // namespace SafeScan::Translations
