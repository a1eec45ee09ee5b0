#include "selfmanagedplugin.h"

#include "postgresec2behaviour.h"
#include "redisec2behaviour.h"
#include "selfmanagedkinds.h"

namespace archstudio::selfmanaged {

QList<model::KindSchema> SelfManagedPlugin::kindSchemas() const
{
    return selfManagedKindSchemas();
}

QList<std::shared_ptr<const engine::KindBehaviour>> SelfManagedPlugin::behaviours() const
{
    return {std::make_shared<PostgresEc2Behaviour>(), std::make_shared<RedisEc2Behaviour>()};
}

} // namespace archstudio::selfmanaged
