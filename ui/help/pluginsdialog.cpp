#include "pluginsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace archstudio::ui {

namespace {

/// One row per plugin, its kinds below it: the kinds' names read better as a list than as
/// one long cell, and the file keeps a column of its own.
QTreeWidget *pluginTable(const engine::KindSet &kinds, QWidget *parent)
{
    auto *table = new QTreeWidget(parent);
    table->setObjectName(QStringLiteral("pluginTable"));
    table->setHeaderLabels({PluginsDialog::tr("Plugin and its kinds"), PluginsDialog::tr("Version"),
                            PluginsDialog::tr("File")});
    table->setTextElideMode(Qt::ElideMiddle);
    for (const engine::LoadedPlugin &p : kinds.plugins()) {
        auto *item = new QTreeWidgetItem(
            table, {p.name, p.version,
                    p.file.isEmpty() ? PluginsDialog::tr("built into ArchStudio") : p.file});
        item->setToolTip(0, p.id);
        item->setToolTip(2, p.file);
        for (const QString &kind : p.kinds) {
            const model::KindSchema *schema = kinds.schemas().schema(kind);
            const QString name = schema ? schema->displayName : kind;
            auto *child = new QTreeWidgetItem(item, {QStringLiteral("%1 (%2)").arg(name, kind)});
            child->setToolTip(0, schema ? schema->help : QString());
        }
    }
    table->expandAll();
    table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->header()->setStretchLastSection(true);
    return table;
}

QTreeWidget *failureTable(const engine::KindSet &kinds, QWidget *parent)
{
    auto *table = new QTreeWidget(parent);
    table->setObjectName(QStringLiteral("failureTable"));
    table->setRootIsDecorated(false);
    table->setWordWrap(true);
    table->setHeaderLabels({PluginsDialog::tr("File"), PluginsDialog::tr("Why it did not load")});
    for (const engine::FailedPlugin &f : kinds.failures()) {
        auto *item = new QTreeWidgetItem(table, {f.file, f.reason});
        item->setToolTip(0, f.file);
        item->setToolTip(1, f.reason);
    }
    // A long path is cut in its middle (the whole one is its tooltip), so the reason shows.
    table->setTextElideMode(Qt::ElideMiddle);
    table->setColumnWidth(0, 320);
    return table;
}

} // namespace

PluginsDialog::PluginsDialog(const engine::KindSet &kinds, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Plugins"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Component kinds come from plugins. ArchStudio looks for more in its plugin folder "
           "and in your own (see the user guide, \"Plugins\")."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(pluginTable(kinds, this));
    if (!kinds.failures().isEmpty()) {
        layout->addWidget(new QLabel(tr("Not loaded:"), this));
        layout->addWidget(failureTable(kinds, this));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, kinds.failures().isEmpty() ? 380 : 540);
}

} // namespace archstudio::ui
