#pragma once

#include "core/model/kindprovider.h"

#include <QObject>

namespace archstudio::aws {

/// The built-in provider of the AWS component kinds of spec/FORMAT.md.
class AwsKindPlugin : public QObject, public model::KindProvider
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ArchStudioKindProvider_iid)
    Q_INTERFACES(archstudio::model::KindProvider)

public:
    QString providerId() const override { return QStringLiteral("aws"); }
    QList<model::KindSchema> kindSchemas() const override;
};

} // namespace archstudio::aws
