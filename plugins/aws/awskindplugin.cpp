#include "awskindplugin.h"

#include "awsbehaviours.h"
#include "awskinds.h"

namespace archstudio::aws {

QString AwsKindPlugin::version() const
{
    return QStringLiteral(ARCHSTUDIO_VERSION);
}

QList<model::KindSchema> AwsKindPlugin::kindSchemas() const
{
    return awsKindSchemas();
}

QList<std::shared_ptr<const engine::KindBehaviour>> AwsKindPlugin::behaviours() const
{
    return awsBehaviours();
}

} // namespace archstudio::aws
