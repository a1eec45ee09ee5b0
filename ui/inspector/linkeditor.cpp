#include "linkeditor.h"
#include "wheelguard.h"

#include "core/document/commands/editdesigncommand.h"
#include "core/document/designedits.h"
#include "core/document/document.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QUndoStack>

namespace archstudio::ui {

LinkEditor::LinkEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("linkEditor"));
    new WheelGuard(this);
    auto *form = new QFormLayout(this);
    mTitle = new QLabel(this);
    mTitle->setWordWrap(true);
    QFont bold = mTitle->font();
    bold.setBold(true);
    mTitle->setFont(bold);
    form->addRow(mTitle);

    mTraffic = new QComboBox(this);
    mTraffic->setObjectName(QStringLiteral("linkTraffic"));
    mTraffic->addItem(tr("Reads and writes"), int(model::Traffic::ReadsWrites));
    mTraffic->addItem(tr("Reads only"), int(model::Traffic::Reads));
    mTraffic->addItem(tr("Writes only"), int(model::Traffic::Writes));
    mTraffic->setToolTip(tr("What the workload sends along this link"));
    form->addRow(tr("Traffic"), mTraffic);

    mReadShare = new QDoubleSpinBox(this);
    mReadShare->setObjectName(QStringLiteral("linkReadShare"));
    mReadShare->setRange(-0.01, 1.0);
    mReadShare->setSingleStep(0.05);
    mReadShare->setDecimals(2);
    // Below the range: no share given, the engine splits reads evenly.
    mReadShare->setSpecialValueText(tr("even split"));
    mReadShare->setToolTip(tr("The share of the workload's reads this target serves, when "
                              "reads are spread over several targets"));
    form->addRow(tr("Read share"), mReadShare);

    connect(mTraffic, &QComboBox::currentIndexChanged, this, &LinkEditor::apply);
    connect(mReadShare, &QDoubleSpinBox::editingFinished, this, &LinkEditor::apply);
}

void LinkEditor::setDocument(document::Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mIndex = -1;
    if (mDocument) {
        connect(mDocument, &document::Document::edited, this, &LinkEditor::refresh);
        connect(mDocument, &document::Document::designReplaced, this, [this] { showLink(-1); });
    }
    refresh();
}

void LinkEditor::showLink(qsizetype index)
{
    mIndex = index;
    refresh();
}

void LinkEditor::refresh()
{
    const bool valid = mDocument && mIndex >= 0 && mIndex < mDocument->design().links.size();
    setEnabled(valid);
    if (!valid) {
        mTitle->setText(tr("No link selected"));
        return;
    }
    const model::Design &design = mDocument->design();
    const model::Link &link = design.links.at(mIndex);
    const auto name = [&](const model::ComponentId &id) {
        const model::Component *c = design.findComponent(id);
        return c ? c->displayName() : id.value();
    };
    mRefreshing = true;
    mTitle->setText(tr("%1 → %2").arg(name(link.from), name(link.to)));
    mTraffic->setCurrentIndex(mTraffic->findData(int(link.traffic)));
    mReadShare->setValue(link.readShare.value_or(mReadShare->minimum()));
    mReadShare->setEnabled(link.carriesReads());
    mRefreshing = false;
}

void LinkEditor::apply()
{
    if (mRefreshing || !mDocument || mIndex < 0 || mIndex >= mDocument->design().links.size())
        return;
    const model::Design &design = mDocument->design();
    model::Link link = design.links.at(mIndex);
    link.traffic = static_cast<model::Traffic>(mTraffic->currentData().toInt());
    link.readShare =
        mReadShare->value() < 0.0 ? std::nullopt : std::optional<double>(mReadShare->value());
    document::DesignDelta delta = document::edits::replaceLink(design, mIndex, link);
    if (delta.isEmpty())
        return;
    mDocument->undoStack()->push(new document::EditDesignCommand(
        mDocument, tr("Change link %1").arg(mTitle->text()), std::move(delta)));
}

} // namespace archstudio::ui
