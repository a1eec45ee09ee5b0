#pragma once

#include "core/engine/kindplugin.h"

#include <QCoreApplication>
#include <QObject>

namespace archstudio::selfmanaged {

/// Self-run PostgreSQL and Redis on EC2 instances with EBS volumes, to compare with the
/// managed RDS and ElastiCache kinds. Built as a shared library and loaded at run time
/// (docs/PLUGINS.md walks through it as the worked example).
class SelfManagedPlugin : public QObject, public engine::KindPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ArchStudioKindPlugin_iid FILE "selfmanaged.json")
    Q_INTERFACES(archstudio::engine::KindPlugin)

public:
    QString pluginId() const override { return QStringLiteral("selfmanaged"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("SelfManaged", "Self-managed databases on EC2");
    }
    QString version() const override { return QStringLiteral("1.0.0"); }
    QList<model::KindSchema> kindSchemas() const override;
    QList<std::shared_ptr<const engine::KindBehaviour>> behaviours() const override;
    QStringList catalogFiles() const override
    {
        return {QStringLiteral(":/selfmanaged/catalog.json")};
    }
};

} // namespace archstudio::selfmanaged
