#pragma once

#include "core/engine/kindbehaviour.h"
#include "core/model/kindprovider.h"

#include <QObject>

namespace archstudio::aws {

/// The built-in provider of the AWS component kinds of spec/FORMAT.md.
/// Registered through both plugin interfaces: the schemas for the model and the
/// behaviours for the engine.
class AwsKindPlugin : public QObject, public model::KindProvider, public engine::BehaviourProvider
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ArchStudioKindProvider_iid)
    Q_INTERFACES(archstudio::model::KindProvider archstudio::engine::BehaviourProvider)

public:
    QString providerId() const override { return QStringLiteral("aws"); }
    QList<model::KindSchema> kindSchemas() const override;
    QList<std::shared_ptr<const engine::KindBehaviour>> behaviours() const override;
};

} // namespace archstudio::aws
