#pragma once

// The provider-neutral half of the Terraform import (terraformimport.h): the JSON of
// `terraform show -json` (a plan or a state) read into resources with their regions, unknown
// values and configuration references resolved.

#include "importresult.h"
#include "limits.h"

#include "core/engine/terraformmapper.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace archstudio::io {

struct TerraformPlan
{
    bool isState = false;
    QString terraformVersion;
    /// The managed resources that exist after the plan (or in the state), in file order.
    QList<engine::TerraformResource> resources;
    /// Data sources and resources the plan deletes.
    QList<SkippedItem> skipped;
};

struct TerraformPlanParse
{
    std::optional<TerraformPlan> plan;
    /// "line 3, column 14: invalid JSON syntax" or "not a Terraform plan or state (...)",
    /// without the file name; empty when plan is set.
    QString error;
};

TerraformPlanParse parseTerraformPlan(const QByteArray &json, const Limits &limits = {});

} // namespace archstudio::io
