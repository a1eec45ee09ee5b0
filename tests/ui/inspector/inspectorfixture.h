#pragma once

// The inspector over the bundled sample, with helpers to reach its editors and problem lists:
// what tst_inspectorwidget and tst_inspectorproblems share.

#include "core/engine/kindset.h"
#include "support/testkinds.h"
#include "ui/inspector/inspectorwidget.h"
#include "ui/inspector/problemlist.h"
#include "ui/inspector/propertyrow.h"

#include "core/catalog/catalogfile.h"
#include "core/document/commands/editdesigncommand.h"
#include "core/document/commands/setpropertycommand.h"
#include "core/document/designdelta.h"
#include "core/document/document.h"
#include "core/io/designfile.h"
#include "core/model/kindregistry.h"
#include "core/render/componentcard.h"
#include "support/catalogfixtures.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <memory>

namespace archstudio::test {

class InspectorFixture : public QObject
{
protected:
    std::unique_ptr<document::Document> mDocument;
    std::unique_ptr<ui::InspectorWidget> mInspector;

    QUndoStack *stack() const { return mDocument->undoStack(); }
    const model::Component &component(const char *id) const
    {
        const model::Component *c =
            mDocument->design().findComponent(model::ComponentId(QString::fromLatin1(id)));
        Q_ASSERT(c);
        return *c;
    }
    model::PropertyValue property(const char *id, const char *name) const
    {
        return component(id).properties.value(QString::fromLatin1(name));
    }
    template <typename T> T *editor(const QString &path) const
    {
        return mInspector->findChild<T *>(QStringLiteral("property.") + path);
    }
    void show(const char *id)
    {
        mInspector->showComponent(model::ComponentId(QString::fromLatin1(id)));
    }
    QStringList problemsOf(const QString &objectName) const
    {
        auto *list = mInspector->findChild<ui::ProblemList *>(objectName);
        return list && list->isVisibleTo(mInspector.get()) ? list->messages() : QStringList();
    }
    void push(const char *id, const char *name, const model::PropertyValue &value)
    {
        stack()->push(new document::SetPropertyCommand(mDocument.get(),
                                                       model::ComponentId(QString::fromLatin1(id)),
                                                       QString::fromLatin1(name), value));
    }

    /// Opens the sample in a new document and shows the inspector on it (each test's init()).
    void openSample()
    {
        io::LoadResult loaded =
            io::loadDesignFile(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio"),
                               test::loadOptions());
        QVERIFY(loaded.file);
        mDocument = std::make_unique<document::Document>(loaded.file->design, test::kinds());
        mInspector = std::make_unique<ui::InspectorWidget>();
        mInspector->setCatalog(test::kinds()->catalog());
        mInspector->setDocument(mDocument.get());
        mInspector->resize(340, 800);
        mInspector->show();
        QVERIFY(QTest::qWaitForWindowExposed(mInspector.get()));
    }

    void closeSample()
    {
        mInspector.reset();
        mDocument.reset();
    }
};

} // namespace archstudio::test
