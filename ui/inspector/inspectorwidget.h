#pragma once

#include "propertyeditor.h"

#include "core/catalog/catalog.h"
#include "core/engine/catalogvalues.h"
#include "core/model/design.h"
#include "core/model/kindschema.h"
#include "core/model/problem.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace archstudio::document {
class Document;
} // namespace archstudio::document

namespace archstudio::ui {

class PlacementEditor;
class ProblemList;
class PropertyRow;

/// The inspector: the selected component's name, kind and placement, and one editor per
/// property of its kind's schema, with the validator's problems shown beneath the row they are
/// about. It reads the document and follows its signals; every edit is one undo command on
/// the document's stack (a held arrow or typed digits merge into one step).
class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorWidget(QWidget *parent = nullptr);
    ~InspectorWidget() override;

    /// Follows document (or nothing); the component shown is kept when it exists in it.
    void setDocument(document::Document *document);
    document::Document *document() const { return mDocument; }

    /// The catalog whose price keys list the instance classes and node types of the pickers
    /// (the bundled one until set).
    /// The catalog the pickers and checks use; by default the document's kinds' catalog.
    void setCatalog(const catalog::Catalog &catalog);

    void showComponent(const model::ComponentId &id);
    /// Shows nothing but a hint to select a component.
    void clear();
    const model::ComponentId &component() const { return mComponent; }

    /// Focuses the name field with its text selected (F2, from the main window).
    void focusName();

    /// The row of a property of the shown component, or nullptr (for tests).
    PropertyRow *row(const QString &property) const;

private:
    void buildRows(const model::KindSchema *schema);
    void refresh();
    engine::CatalogValues catalogValues() const;
    void refreshRows(const model::Design &design, const model::Component &component);
    void refreshProblems(const model::Design &design, qsizetype index,
                         model::PlacementKind placement);
    Choices choicesFor(const model::PropertySchema &schema, const QString &path,
                       const model::PropertyValue &current, const model::Design &design,
                       const model::Component &component) const;
    const model::Component *shownComponent() const;

    void setComponentProperty(const QString &name, const model::PropertyValue &value, bool commit);
    void resetProperty(const QString &name);
    void rename();
    void moveTo(const model::Placement &placement, const QString &where);

    QPointer<document::Document> mDocument;
    catalog::Catalog mCatalog;
    bool mCatalogSet = false; ///< setCatalog() was called: the document's kinds' is not used
    model::ComponentId mComponent;
    /// The kind the rows were built for; rows are rebuilt only when it changes.
    QString mBuiltKind;
    bool mBuilt = false;
    /// The name last shown, so a refresh does not overwrite a name being typed.
    QString mShownName;

    QStackedWidget *mStack;
    QLabel *mHint;
    QLabel *mIcon;
    QLabel *mKind;
    QLabel *mId;
    ProblemList *mComponentProblems;
    QFormLayout *mForm;
    QLineEdit *mName;
    PlacementEditor *mPlacement;
    QLabel *mPropertiesHeading;
    /// The form's first row that belongs to the properties (after name and placement).
    int mFirstPropertyRow = 0;
    QList<PropertyRow *> mRows;
};

} // namespace archstudio::ui
