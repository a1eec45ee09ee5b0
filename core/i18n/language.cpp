#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace archstudio::i18n {

namespace {

// Compiled from resources/translations/archstudio_<code>.ts into this library's resources.
const QString kResourceFolder = QStringLiteral(":/i18n");
const QString kSettingsKey = QStringLiteral("language");

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

// uiLanguages() order: "de-AT" finds archstudio_de.qm; "en" finds none and stays in English,
// the language the code is written in.
bool loadOurs(QTranslator &translator, const QLocale &locale)
{
    return translator.load(locale, QStringLiteral("archstudio"), QStringLiteral("_"),
                           kResourceFolder);
}

QString codeOf(const QTranslator &translator)
{
    return QFileInfo(translator.filePath()).completeBaseName().mid(11); // after "archstudio_"
}

} // namespace

QString nativeName(const QLocale &locale)
{
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // "deutsch" in a menu of names reads as "Deutsch"
    return name;
}

QList<Language> shippedLanguages()
{
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList files =
        QDir(kResourceFolder)
            .entryList({QStringLiteral("archstudio_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(11).chopped(3); // "archstudio_" … ".qm"
        const QString name = nativeName(QLocale(code));
        languages.append({code, name.isEmpty() ? code : name});
    }
    return languages;
}

QString savedLanguage()
{
    return QSettings().value(kSettingsKey).toString();
}

void saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

QLocale localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    removeTranslations(app);
    auto ours = std::make_unique<QTranslator>();
    if (!loadOurs(*ours, locale))
        return QStringLiteral("en");
    const QString code = codeOf(*ours);
    app.installTranslator(ours.get());
    installed().push_back(std::move(ours));
    // Qt's own strings (the buttons of standard dialogs), where the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return code;
}

QString installedCodeFor(const QLocale &locale)
{
    QTranslator translator;
    return loadOurs(translator, locale) ? codeOf(translator) : QStringLiteral("en");
}

void removeTranslations(QCoreApplication &app)
{
    for (const auto &translator : installed())
        app.removeTranslator(translator.get());
    installed().clear();
}

QString installedLanguage()
{
    // Ours is installed first; Qt's own only with it.
    return installed().empty() ? QStringLiteral("en") : codeOf(*installed().front());
}

} // namespace archstudio::i18n
