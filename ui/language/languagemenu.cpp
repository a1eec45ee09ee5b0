#include "languagemenu.h"

#include "core/i18n/language.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>

namespace archstudio::ui {

namespace {

QString systemLabel()
{
    const QString name = i18n::nativeName(QLocale::system());
    return name.isEmpty() ? LanguageMenu::tr("Follow &System")
                          : LanguageMenu::tr("Follow &System (%1)").arg(name);
}

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent), mRunning(i18n::installedLanguage())
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString saved = i18n::savedLanguage();
    auto add = [this, group, &saved](const QString &label, const QString &code) {
        QAction *a = addAction(label, this, [this, code] { choose(code); });
        a->setObjectName(QStringLiteral("language-") +
                         (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == saved);
        group->addAction(a);
    };
    add(systemLabel(), QString());
    addSeparator();
    // Each language in its own name, so a user lost in a language they cannot read finds theirs.
    for (const i18n::Language &language : i18n::shippedLanguages())
        add(language.nativeName, language.code);
}

void LanguageMenu::choose(const QString &code)
{
    i18n::saveLanguage(code);
    const QString wanted = i18n::installedCodeFor(i18n::localeFor(code));
    if (wanted == mRunning)
        return;
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("ArchStudio will use the language chosen the next time it starts."),
                    QMessageBox::NoButton, parentWidget());
    box.setObjectName(QStringLiteral("languageRestartPrompt"));
    QPushButton *restart = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() == restart)
        emit restartRequested();
}

} // namespace archstudio::ui
