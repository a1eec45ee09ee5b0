#include "awskindplugin.h"

#include "awsbehaviours.h"
#include "awskinds.h"

namespace archstudio::aws {

QList<model::KindSchema> AwsKindPlugin::kindSchemas() const
{
    return awsKindSchemas();
}

} // namespace archstudio::aws

namespace archstudio::aws {

QList<std::shared_ptr<const engine::KindBehaviour>> AwsKindPlugin::behaviours() const
{
    return awsBehaviours();
}

} // namespace archstudio::aws
