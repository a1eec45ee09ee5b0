#pragma once

#include <QDialog>

class QTableWidget;

namespace archstudio::ui {

/// Help > Keyboard Shortcuts: every action of a window that has a shortcut, with its menu
/// and its keys, read from the actions themselves so the list can never fall behind them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    QTableWidget *table() const { return mTable; }

private:
    QTableWidget *mTable = nullptr;
};

} // namespace archstudio::ui
