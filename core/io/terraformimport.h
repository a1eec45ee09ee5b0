#pragma once

// Importing a Terraform plan or state (the JSON `terraform show -json` writes) as a design:
// each resource a loaded plugin models becomes a component (KindPlugin::terraformMapper()),
// the others are listed as skipped. The design has regions, zones and components, no
// workloads and no layout: the caller lays it out and says the workloads are to be added.

#include "importresult.h"

#include "core/engine/kindset.h"

#include <QByteArray>
#include <QString>

namespace archstudio::io {

/// Reads json, the output of `terraform show -json` (a plan or a state). fileName is for
/// messages only. Never fails on any input: malformed JSON or JSON that is not a plan or
/// state gives error ("plan.json: line 3, column 14: ...") and no design.
ImportResult importTerraformPlan(const QByteArray &json, const QString &fileName,
                                 const engine::KindSet &kinds);

} // namespace archstudio::io
