#pragma once

#include <QMenu>

namespace archstudio::ui {

// View > Language: follow the system, or one of the shipped languages. The choice is saved
// and takes effect when the studio next starts (every window, dialog and figure is built in
// the language it starts with); the menu offers to restart at once.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    // The user asked to restart now to see the language chosen.
    void restartRequested();

private:
    void choose(const QString &code);

    // The translation the studio started with ("en" for none).
    const QString mRunning;
};

} // namespace archstudio::ui
