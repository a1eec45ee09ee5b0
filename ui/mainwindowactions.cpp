// MainWindow's menus, toolbar and editing actions (see mainwindow.h).
#include "mainwindow.h"

#include "canvas/componentitem.h"
#include "canvas/containeritem.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "clipboard.h"
#include "files/importcontroller.h"
#include "help/pluginsdialog.h"
#include "help/shortcutsdialog.h"
#include "help/userguidewindow.h"
#include "inspector/inspectorwidget.h"
#include "language/languagemenu.h"

#include "core/document/commands/editdesigncommand.h"
#include "core/document/document.h"
#include "core/engine/kindset.h"
#include "core/render/diagramstyle.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace archstudio::ui {

QAction *MainWindow::addAction(QMenu *menu, const QString &name, const QString &text,
                               const QKeySequence &shortcut, const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, slot);
    if (menu)
        menu->addAction(action);
    return action;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(true);

    createFileActions(menuBar()->addMenu(tr("&File")), toolbar);
    toolbar->addSeparator();
    createEditActions(menuBar()->addMenu(tr("&Edit")), toolbar);
    toolbar->addSeparator();
    mViewMenu = menuBar()->addMenu(tr("&View"));
    createViewActions(mViewMenu, toolbar);
    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    QMenu *variant = menuBar()->addMenu(tr("Va&riant"));
    QToolBar *analysisBar = addToolBar(tr("Analysis"));
    analysisBar->setObjectName(QStringLiteral("analysisToolBar"));
    createAnalysisActions(analysis, variant, analysisBar);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addAction(help, QStringLiteral("userGuide"), tr("&User Guide"), QKeySequence::HelpContents,
              [this] { showUserGuide(); });
    addAction(help, QStringLiteral("keyboardShortcuts"), tr("&Keyboard Shortcuts"), {}, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    addAction(help, QStringLiteral("plugins"), tr("&Plugins"), {}, [this] {
        auto *dialog = new PluginsDialog(*mKinds, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addSeparator();
    help->addAction(tr("&About ArchStudio"), this, [this] {
        QMessageBox::about(this, tr("About ArchStudio"),
                           tr("<b>ArchStudio %1</b><p>Design cloud data tiers and see their cost, "
                              "latency, availability, RTO and RPO.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

UserGuideWindow *MainWindow::showUserGuide()
{
    if (!mUserGuide) {
        mUserGuide = new UserGuideWindow(this);
        mUserGuide->setAttribute(Qt::WA_DeleteOnClose);
    }
    mUserGuide->show();
    mUserGuide->raise();
    mUserGuide->activateWindow();
    return mUserGuide;
}

void MainWindow::createEditActions(QMenu *menu, QToolBar *toolbar)
{
    QUndoStack *stack = mDocument->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    // Both usual keys, whichever of them the platform's standard Redo already is.
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    menu->addAction(undo);
    menu->addAction(redo);
    // The toolbar keeps short, steady labels (the menu's name the step); the step is the tooltip.
    const auto shortCopy = [this, toolbar](QAction *full, const QString &text) {
        auto *copy = new QAction(text, this);
        copy->setIcon(full->icon());
        copy->setEnabled(full->isEnabled());
        copy->setToolTip(full->text());
        connect(copy, &QAction::triggered, full, &QAction::trigger);
        connect(full, &QAction::changed, copy, [copy, full] {
            copy->setEnabled(full->isEnabled());
            copy->setToolTip(full->text());
        });
        toolbar->addAction(copy);
    };
    shortCopy(undo, tr("Undo"));
    shortCopy(redo, tr("Redo"));
    menu->addSeparator();
    addAction(menu, QStringLiteral("cut"), tr("Cu&t"), QKeySequence::Cut,
              [this] { cutSelection(); });
    addAction(menu, QStringLiteral("copy"), tr("&Copy"), QKeySequence::Copy,
              [this] { copySelection(); });
    addAction(menu, QStringLiteral("paste"), tr("&Paste"), QKeySequence::Paste,
              [this] { paste(); });
    addAction(menu, QStringLiteral("duplicate"), tr("D&uplicate"),
              QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicateSelection(); });
    QAction *remove = addAction(menu, QStringLiteral("delete"), tr("&Delete"), QKeySequence::Delete,
                                [this] { mScene->deleteSelection(); });
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    menu->addSeparator();
    addAction(menu, QStringLiteral("selectAll"), tr("Select &All"), QKeySequence::SelectAll,
              [this] {
                  for (QGraphicsItem *item : mScene->items()) {
                      if (item->type() == ComponentItem::Type)
                          item->setSelected(true);
                  }
              });
    addAction(menu, QStringLiteral("rename"), tr("Re&name…"), QKeySequence(Qt::Key_F2),
              [this] { renameSelection(); });
    addAction(menu, QStringLiteral("addWorkloadToEveryDatabase"),
              tr("Add Wor&kload to Every Database"), {},
              [this] { mImports->addWorkloadToEveryDatabase(); });
    addAction(menu, QStringLiteral("addNote"), tr("Add N&ote"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { addNoteForSelection(); });
    addAction(menu, QStringLiteral("designProperties"), tr("Design &Name and Description…"), {},
              [this] { editDesignProperties(); });
    // The canvas's shortcuts must not fire while the user types in the inspector.
    for (const char *name : {"delete", "selectAll", "cut", "copy", "paste", "duplicate"}) {
        QAction *a = action(QString::fromLatin1(name));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        mView->addAction(a);
    }
}

void MainWindow::createViewActions(QMenu *menu, QToolBar *toolbar)
{
    QAction *in = addAction(menu, QStringLiteral("zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn,
                            [this] { mView->zoomIn(); });
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    addAction(menu, QStringLiteral("zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut,
              [this] { mView->zoomOut(); });
    QAction *fit = addAction(menu, QStringLiteral("zoomFit"), tr("&Fit Design"),
                             QKeySequence(Qt::CTRL | Qt::Key_0), [this] { mView->zoomToFit(); });
    addAction(menu, QStringLiteral("zoomActual"), tr("&Actual Size (100%)"),
              QKeySequence(Qt::CTRL | Qt::Key_1), [this] { mView->zoomToActual(); });
    toolbar->addAction(fit);
    menu->addSeparator();
    addAction(menu, QStringLiteral("present"), tr("&Present"), QKeySequence(Qt::Key_F5),
              [this] { present(); });
    menu->addSeparator();
    QAction *badges =
        addAction(menu, QStringLiteral("toggleBadges"), tr("Show &Figures on Components"),
                  QKeySequence(Qt::CTRL | Qt::Key_B), [] {});
    badges->setCheckable(true);
    badges->setChecked(mScene->badgesVisible());
    connect(badges, &QAction::toggled, mScene, &DiagramScene::setBadgesVisible);
    QAction *snap = addAction(menu, QStringLiteral("toggleSnap"), tr("&Snap to Grid"), {}, [] {});
    snap->setCheckable(true);
    snap->setChecked(mScene->snapToGrid());
    connect(snap, &QAction::toggled, mScene, &DiagramScene::setSnapToGrid);
    toolbar->addAction(badges);
    QAction *arrange = addAction(menu, QStringLiteral("arrange"), tr("A&rrange Automatically"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                 [this] { mScene->arrangeAutomatically(); });
    toolbar->addAction(arrange);

    menu->addSeparator();
    QMenu *themes = menu->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    for (theme::Choice choice :
         {theme::Choice::System, theme::Choice::Light, theme::Choice::Dark}) {
        const QString label = choice == theme::Choice::System  ? tr("Follow &System")
                              : choice == theme::Choice::Light ? tr("&Light")
                                                               : tr("&Dark");
        QAction *a = themes->addAction(label, this, [this, choice] { applyTheme(choice); });
        a->setObjectName(QStringLiteral("theme-") + theme::choiceName(choice));
        a->setCheckable(true);
        a->setChecked(choice == mTheme);
        group->addAction(a);
    }
    auto *language = new LanguageMenu(this);
    connect(language, &LanguageMenu::restartRequested, this, &MainWindow::restart);
    menu->addMenu(language);

    menu->addSeparator();
    QMenu *panels = menu->addMenu(tr("&Panels"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        panels->addAction(dock->toggleViewAction());
}

void MainWindow::copySelection()
{
    const QList<model::ComponentId> ids = mScene->selectedComponents();
    const QSet<qsizetype> notes = mScene->selection().notes;
    if (ids.isEmpty() && notes.isEmpty())
        return;
    const document::edits::Fragment fragment = document::edits::copyFragment(
        mDocument->design(), QSet<model::ComponentId>(ids.cbegin(), ids.cend()), notes);
    QApplication::clipboard()->setMimeData(clipboard::toMimeData(fragment));
    const qsizetype count = ids.size() + notes.size();
    statusBar()->showMessage(count == 1 ? tr("Copied 1 item") : tr("Copied %1 items").arg(count),
                             3000);
}

void MainWindow::cutSelection()
{
    copySelection();
    mScene->deleteSelection();
}

void MainWindow::paste()
{
    QString error;
    const document::edits::Fragment fragment =
        clipboard::fromMimeData(QApplication::clipboard()->mimeData(), &error);
    if (fragment.isEmpty()) {
        statusBar()->showMessage(error, 5000);
        return;
    }
    // Pasted back into the design it came from, the copy lands beside the original.
    bool clashes = false;
    for (const model::Component &c : fragment.design.components)
        clashes |= mDocument->design().findComponent(c.id) != nullptr;
    for (const model::Note &n : fragment.design.notes)
        clashes |= mDocument->design().notes.contains(n);
    QList<model::ComponentId> pasted;
    document::DesignDelta delta = document::edits::pasteFragment(
        mDocument->design(), mDocument->kinds().schemas(), fragment,
        clashes ? QPointF(40, 40) : QPointF(), &pasted, render::style::kCardSize);
    mDocument->undoStack()->push(new document::EditDesignCommand(
        mDocument,
        pasted.isEmpty()     ? tr("Paste notes")
        : pasted.size() == 1 ? tr("Paste 1 component")
                             : tr("Paste %1 components").arg(pasted.size()),
        std::move(delta)));
    mScene->selectComponents(pasted);
}

void MainWindow::duplicateSelection()
{
    const QList<model::ComponentId> ids = mScene->selectedComponents();
    const QSet<qsizetype> notes = mScene->selection().notes;
    if (ids.isEmpty() && notes.isEmpty())
        return;
    const document::edits::Fragment fragment = document::edits::copyFragment(
        mDocument->design(), QSet<model::ComponentId>(ids.cbegin(), ids.cend()), notes);
    QList<model::ComponentId> pasted;
    document::DesignDelta delta =
        document::edits::pasteFragment(mDocument->design(), mDocument->kinds().schemas(), fragment,
                                       QPointF(40, 40), &pasted, render::style::kCardSize);
    mDocument->undoStack()->push(new document::EditDesignCommand(
        mDocument,
        pasted.isEmpty()     ? tr("Duplicate notes")
        : pasted.size() == 1 ? tr("Duplicate 1 component")
                             : tr("Duplicate %1 components").arg(pasted.size()),
        std::move(delta)));
    mScene->selectComponents(pasted);
}

void MainWindow::applyFix(const engine::Patch &patch, const QString &fix)
{
    document::DesignDelta delta = document::edits::applyFix(mDocument->design(), patch);
    if (delta.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to change: the fix is already in the design"), 5000);
        return;
    }
    mDocument->undoStack()->push(
        new document::EditDesignCommand(mDocument, tr("Apply fix: %1").arg(fix), std::move(delta)));
    statusBar()->showMessage(tr("Applied: %1").arg(fix), 5000);
}

void MainWindow::editDesignProperties()
{
    const model::Design &design = mDocument->design();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Design name"), tr("Name:"),
                                               QLineEdit::Normal, design.name, &ok);
    if (!ok)
        return;
    const QString description = QInputDialog::getMultiLineText(
        this, tr("Design description"), tr("Description (shown in reports):"), design.description,
        &ok);
    if (!ok)
        return;
    setDesignNameAndDescription(name.trimmed(), description);
}

void MainWindow::setDesignNameAndDescription(const QString &name, const QString &description)
{
    document::DesignDelta delta;
    delta.setNameAndDescription(mDocument->design(), name, description);
    if (!delta.isEmpty())
        mDocument->undoStack()->push(new document::EditDesignCommand(
            mDocument, tr("Rename design to %1").arg(name), std::move(delta)));
}

void MainWindow::renameSelection()
{
    if (mScene->selectedComponents().size() != 1) {
        statusBar()->showMessage(tr("Select one component to rename it."), 4000);
        return;
    }
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("inspectorDock"))) {
        dock->show();
        dock->raise();
    }
    mInspector->focusName();
}

void MainWindow::addNoteForSelection()
{
    // A callout to the one thing selected, else a note where the view looks.
    const QList<QGraphicsItem *> selected = mScene->selectedItems();
    if (selected.size() == 1) {
        QGraphicsItem *item = selected.first();
        if (item->type() == ComponentItem::Type) {
            mScene->addNote({},
                            model::NoteTarget{model::NoteTarget::Kind::Component,
                                              static_cast<ComponentItem *>(item)->id().value()});
            return;
        }
        if (item->type() == ContainerItem::Type) {
            const auto *container = static_cast<ContainerItem *>(item);
            mScene->addNote({}, model::NoteTarget{container->kind() == ContainerItem::Kind::Zone
                                                      ? model::NoteTarget::Kind::Zone
                                                      : model::NoteTarget::Kind::Region,
                                                  container->code()});
            return;
        }
    }
    const QPointF centre = mView->mapToScene(mView->viewport()->rect().center());
    mScene->addNote(centre - QPointF(model::Note::kDefaultSize.width() / 2,
                                     model::Note::kDefaultSize.height() / 2));
}

void MainWindow::addPaletteEntryAtCentre(const QString &entry)
{
    // Keyboard access to the palette: put the entry in the selected container, else where the
    // view looks, else in the first place that takes it.
    QList<QPointF> candidates;
    for (QGraphicsItem *item : mScene->selectedItems()) {
        if (item->type() == ContainerItem::Type)
            candidates << static_cast<ContainerItem *>(item)->frame().center();
    }
    candidates << mView->mapToScene(mView->viewport()->rect().center());
    for (QGraphicsItem *item : mScene->items()) {
        if (item->type() == ContainerItem::Type)
            candidates << static_cast<ContainerItem *>(item)->frame().center();
    }
    if (entry == DiagramScene::regionEntry()) {
        const QRectF bounds = mScene->itemsBoundingRect();
        candidates.prepend(bounds.isEmpty() ? QPointF()
                                            : QPointF(bounds.right() + 80, bounds.top()));
    }
    // Look around each candidate for a free spot, nearest first, so repeated adds do not stack.
    const QList<QPointF> around{{0, 0},     {0, 100},    {250, 0}, {-250, 0},   {0, -100},
                                {250, 100}, {-250, 100}, {0, 200}, {250, -100}, {-250, -100},
                                {500, 0},   {-500, 0},   {0, 300}, {250, 200},  {-250, 200}};
    const auto occupied = [this](QPointF at) {
        for (QGraphicsItem *item : mScene->items(QRectF(at - QPointF(110, 45), QSizeF(220, 90)))) {
            if (item->type() == ComponentItem::Type)
                return true;
        }
        return false;
    };
    for (const QPointF &candidate : std::as_const(candidates)) {
        for (const QPointF &offset : around) {
            const QPointF at = candidate + offset;
            if (occupied(at) || !mScene->previewPaletteDrop(entry, at))
                continue;
            mScene->dropPaletteEntry(entry, at);
            mView->setFocus();
            return;
        }
    }
    mScene->clearDropPreview();
    statusBar()->showMessage(tr("There is no place for that yet: add a region first."), 5000);
}

} // namespace archstudio::ui
