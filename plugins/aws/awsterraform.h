#pragma once

#include "core/engine/terraformmapper.h"

namespace archstudio::aws {

/// The AWS plugin's reader of Terraform resources (AwsKindPlugin::terraformMapper()):
/// aws_db_instance, aws_rds_cluster, aws_rds_cluster_instance, aws_rds_global_cluster,
/// aws_dynamodb_table and the ElastiCache resources become components of the AWS kinds.
class AwsTerraformMapper final : public engine::TerraformMapper
{
public:
    QString name() const override { return QStringLiteral("aws"); }
    void map(const QList<engine::TerraformResource> &resources,
             engine::TerraformImportContext &context) const override;
};

} // namespace archstudio::aws
