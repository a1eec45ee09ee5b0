#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace archstudio::ui {

namespace {

struct Entry
{
    QString menu;
    QString action;
    QString keys;
};

/// "&Save As…" -> "Save As…": the text as a person reads it.
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

/// The menu an action is in, by the menu bar's titles ("Edit"), or "" if none.
QString menuOf(const QAction *action, const QWidget *window)
{
    const QMenuBar *bar = window->findChild<QMenuBar *>();
    if (!bar)
        return {};
    for (const QAction *top : bar->actions()) {
        const QMenu *menu = top->menu();
        if (!menu)
            continue;
        QList<const QMenu *> menus{menu};
        while (!menus.isEmpty()) {
            const QMenu *m = menus.takeFirst();
            for (const QAction *a : m->actions()) {
                if (a == action)
                    return plain(top->text());
                if (a->menu())
                    menus.append(a->menu());
            }
        }
    }
    return {};
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<Entry> entries;
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        const QString menu = menuOf(a, window);
        entries.append({menu.isEmpty() ? tr("Window") : menu, plain(a->text()),
                        keys.join(QStringLiteral(", "))});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
        return std::tie(x.menu, x.action) < std::tie(y.menu, y.action);
    });
    mTable = new QTableWidget(int(entries.size()), 3, this);
    mTable->setObjectName(QStringLiteral("shortcutsTable"));
    mTable->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Keys")});
    mTable->verticalHeader()->hide();
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setAlternatingRowColors(true);
    for (int row = 0; row < entries.size(); ++row) {
        const Entry &e = entries.at(row);
        mTable->setItem(row, 0, new QTableWidgetItem(e.menu));
        mTable->setItem(row, 1, new QTableWidgetItem(e.action));
        mTable->setItem(row, 2, new QTableWidgetItem(e.keys));
    }
    mTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    mTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTable, 1);
    layout->addWidget(buttons);
    resize(620, 640);
}

} // namespace archstudio::ui
