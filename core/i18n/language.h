#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

// The language ArchStudio speaks: which translations ship, which one the user chose, and
// installing it. Text is marked in the code with tr() or QCoreApplication::translate() and
// translated by the .qm files compiled from resources/translations (docs/TRANSLATING.md).
namespace archstudio::i18n {

struct Language
{
    QString code;       // "de"; empty for the system's language
    QString nativeName; // "Deutsch", shown in the language menu in its own language
};

// The locale's language in its own name, capitalised for a menu ("Deutsch"); empty when Qt
// has no name for it.
QString nativeName(const QLocale &locale);

// English (the source language) and every translation compiled in, by code.
QList<Language> shippedLanguages();

// The language saved in the settings, or empty for "follow the system".
QString savedLanguage();
void saveLanguage(const QString &code);

// The locale a saved choice stands for: the system's for an empty code.
QLocale localeFor(const QString &code);

// Installs ArchStudio's translation, and Qt's own (standard dialogs' buttons), for the
// locale's language, replacing any installed before. English needs no translation; a
// language without one stays English. Returns the code of the translation installed, or
// "en" when none was. Numbers follow QLocale's default, which the caller sets: the studio's
// follow the language, the command line's stay locale-independent.
QString installTranslations(QCoreApplication &app, const QLocale &locale);

// The code of the translation installTranslations() would install for the locale.
QString installedCodeFor(const QLocale &locale);

// The code of the translation installed now ("en" for none).
QString installedLanguage();

// Removes what installTranslations() installed (tests switch languages).
void removeTranslations(QCoreApplication &app);

} // namespace archstudio::i18n
