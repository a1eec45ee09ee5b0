#include "scenespanel.h"

#include "core/document/commands/scenescommand.h"
#include "core/document/document.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>

namespace archstudio::ui {

namespace {

/// How the selection callback names a selected note: by its index, as it may have no id yet.
constexpr QLatin1StringView kNoteIndex("note#");

QString sceneLine(int row, const model::Scene &scene)
{
    QStringList parts;
    if (!scene.variant.isEmpty())
        parts << scene.variant;
    if (scene.loadFactor != 1.0)
        parts << QStringLiteral("×%1").arg(scene.loadFactor);
    if (scene.failure)
        parts << QObject::tr("%1 lost, +%2 s")
                     .arg(scene.failure->target.id)
                     .arg(scene.failure->atSeconds);
    if (!scene.hidden.isEmpty())
        parts << QObject::tr("%n hidden", nullptr, int(scene.hidden.size()));
    const QString caption = scene.caption.isEmpty() ? QObject::tr("(no caption)") : scene.caption;
    return parts.isEmpty()
               ? QStringLiteral("%1. %2").arg(row + 1).arg(caption)
               : QStringLiteral("%1. %2 — %3").arg(row + 1).arg(caption, parts.join(u" · "));
}

} // namespace

ScenesPanel::ScenesPanel(document::Document *document, std::function<model::Scene()> capture,
                         std::function<QStringList()> selection, QWidget *parent)
    : QWidget(parent), mDocument(document), mCapture(std::move(capture)),
      mSelection(std::move(selection))
{
    mList = new QListWidget(this);
    mList->setToolTip(tr("Double-click a scene to present from it"));
    // A dock is narrow: long captions wrap rather than scroll sideways.
    mList->setWordWrap(true);
    mList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mCaption = new QLineEdit(this);
    mCaption->setPlaceholderText(tr("Caption shown under the scene"));
    auto *captionLabel = new QLabel(tr("&Caption:"), this);
    captionLabel->setBuddy(mCaption);
    mAdd = new QPushButton(tr("&Add from View"), this);
    mAdd->setToolTip(tr("A new scene of what the canvas shows now: its view, variant, load and "
                        "the failure being played back"));
    mUp = new QPushButton(tr("Up"), this);
    mDown = new QPushButton(tr("Down"), this);
    mDelete = new QPushButton(tr("Delete"), this);
    mHide = new QPushButton(tr("Hide Selected"), this);
    mHide->setToolTip(tr("Leave the selected components and notes out of this scene"));
    mShowAll = new QPushButton(tr("Show All"), this);
    mPresent = new QPushButton(tr("Present"), this);
    mPresent->setToolTip(tr("Present from this scene (F5 presents from the first)"));
    auto *grid = new QGridLayout(this);
    grid->addWidget(mList, 0, 0, 1, 4);
    grid->addWidget(captionLabel, 1, 0);
    grid->addWidget(mCaption, 1, 1, 1, 3);
    grid->addWidget(mAdd, 2, 0, 1, 2);
    grid->addWidget(mUp, 2, 2);
    grid->addWidget(mDown, 2, 3);
    grid->addWidget(mHide, 3, 0, 1, 2);
    grid->addWidget(mShowAll, 3, 2);
    grid->addWidget(mDelete, 3, 3);
    grid->addWidget(mPresent, 4, 0, 1, 4);

    connect(mAdd, &QPushButton::clicked, this, &ScenesPanel::addFromView);
    connect(mUp, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(mDown, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(mDelete, &QPushButton::clicked, this, &ScenesPanel::deleteCurrent);
    connect(mHide, &QPushButton::clicked, this, &ScenesPanel::hideSelection);
    connect(mShowAll, &QPushButton::clicked, this, &ScenesPanel::showEverything);
    connect(mPresent, &QPushButton::clicked, this, [this] { emit presentRequested(currentRow()); });
    connect(mList, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit presentRequested(mList->row(item)); });
    connect(mList, &QListWidget::currentRowChanged, this, &ScenesPanel::updateButtons);
    connect(mCaption, &QLineEdit::editingFinished, this, [this] {
        if (!mRefreshing)
            renameCurrent(mCaption->text());
    });
    if (mDocument)
        connect(mDocument, &document::Document::changed, this, &ScenesPanel::refresh);
    refresh();
}

QList<model::Scene> ScenesPanel::documentScenes() const
{
    return mDocument ? mDocument->design().scenes : QList<model::Scene>();
}

int ScenesPanel::currentRow() const
{
    return mList->currentRow();
}

void ScenesPanel::setCurrentRow(int row)
{
    mList->setCurrentRow(row);
}

void ScenesPanel::refresh()
{
    if (!mDocument)
        return;
    const QList<model::Scene> &scenes = mDocument->design().scenes;
    const int row = std::min<int>(mList->currentRow(), int(scenes.size()) - 1);
    mRefreshing = true;
    mList->clear();
    for (qsizetype i = 0; i < scenes.size(); ++i) {
        new QListWidgetItem(sceneLine(int(i), scenes.at(i)), mList);
    }
    mList->setCurrentRow(row < 0 && !scenes.isEmpty() ? 0 : row);
    mRefreshing = false;
    updateButtons();
}

void ScenesPanel::updateButtons()
{
    const int row = currentRow();
    const int count = mList->count();
    for (QWidget *w :
         std::initializer_list<QWidget *>{mDelete, mHide, mShowAll, mPresent, mCaption})
        w->setEnabled(row >= 0);
    const QList<model::Scene> scenes = documentScenes();
    const bool refreshing = std::exchange(mRefreshing, true);
    mCaption->setText(row >= 0 && row < scenes.size() ? scenes.at(row).caption : QString());
    mRefreshing = refreshing;
    mUp->setEnabled(row > 0);
    mDown->setEnabled(row >= 0 && row + 1 < count);
}

void ScenesPanel::push(const QString &text, QList<model::Scene> scenes,
                       std::optional<QList<model::Note>> notes)
{
    if (mDocument)
        mDocument->undoStack()->push(
            new document::ScenesCommand(mDocument, text, std::move(scenes), std::move(notes)));
}

void ScenesPanel::addFromView()
{
    if (!mDocument)
        return;
    QList<model::Scene> scenes = mDocument->design().scenes;
    model::Scene scene = mCapture();
    if (scene.caption.isEmpty())
        scene.caption = tr("Scene %1").arg(scenes.size() + 1);
    const int at = currentRow() + 1; // after the current one, or first when there is none
    scenes.insert(at, scene);
    push(tr("Add Scene"), scenes);
    setCurrentRow(at);
}

void ScenesPanel::moveCurrent(int by)
{
    const int row = currentRow();
    QList<model::Scene> scenes = documentScenes();
    if (row < 0 || row + by < 0 || row + by >= scenes.size())
        return;
    scenes.move(row, row + by);
    push(tr("Move Scene"), scenes);
    setCurrentRow(row + by);
}

void ScenesPanel::deleteCurrent()
{
    const int row = currentRow();
    QList<model::Scene> scenes = documentScenes();
    if (row < 0 || row >= scenes.size())
        return;
    scenes.removeAt(row);
    push(tr("Delete Scene"), scenes);
}

void ScenesPanel::renameCurrent(const QString &caption)
{
    const int row = currentRow();
    QList<model::Scene> scenes = documentScenes();
    if (row < 0 || row >= scenes.size() || scenes.at(row).caption == caption.trimmed()) {
        refresh();
        return;
    }
    scenes[row].caption = caption.trimmed();
    push(tr("Edit Scene Caption"), scenes);
}

void ScenesPanel::hideSelection()
{
    const int row = currentRow();
    if (!mDocument || row < 0 || row >= mDocument->design().scenes.size())
        return;
    QList<model::Scene> scenes = mDocument->design().scenes;
    QList<model::Note> notes = mDocument->design().notes;
    bool notesNamed = false;
    QStringList &hidden = scenes[row].hidden;
    for (const QString &key : mSelection()) {
        QString named = key;
        if (key.startsWith(kNoteIndex)) {
            const qsizetype index = key.mid(kNoteIndex.size()).toLongLong();
            if (index < 0 || index >= notes.size())
                continue;
            if (notes.at(index).id.isEmpty()) {
                notes = document::withNoteId(notes, index);
                notesNamed = true;
            }
            named = model::hiddenNoteKey(notes.at(index).id);
        }
        if (!hidden.contains(named))
            hidden.append(named);
    }
    if (hidden == mDocument->design().scenes.at(row).hidden)
        return;
    push(tr("Hide in Scene"), scenes, notesNamed ? std::optional(notes) : std::nullopt);
}

void ScenesPanel::showEverything()
{
    const int row = currentRow();
    if (!mDocument || row < 0 || row >= mDocument->design().scenes.size() ||
        mDocument->design().scenes.at(row).hidden.isEmpty())
        return;
    QList<model::Scene> scenes = mDocument->design().scenes;
    scenes[row].hidden.clear();
    push(tr("Show All in Scene"), scenes);
}

} // namespace archstudio::ui
