#include "awskindplugin.h"

#include "awskinds.h"

namespace archstudio::aws {

QList<model::KindSchema> AwsKindPlugin::kindSchemas() const
{
    return awsKindSchemas();
}

} // namespace archstudio::aws
