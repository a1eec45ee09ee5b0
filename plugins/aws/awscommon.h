#pragma once

#include "core/engine/kindbehaviour.h"
#include "core/engine/pricebook.h"
#include "core/engine/propertyfields.h"

namespace archstudio::aws {

using engine::ComponentLoad;
using engine::ComponentModel;
using engine::Figure;
using engine::Finding;
using engine::KindContext;
using engine::KindData;
using engine::LineItem;
using engine::Patch;
using engine::PriceBook;
using engine::PropertyFields;
using engine::Setting;

/// A property of a component of the design, read as its kind's behaviour reads it: its own
/// value when set, else its kind's schema default (model::KindSchema::valueOf).
QVariant propOf(const model::Component &component, const QString &name);

/// The schema of one of the AWS kinds (awskinds.cpp), for the behaviours' descriptions of
/// what they read (engine::PropertyFields).
const model::KindSchema &awsSchema(const QString &kind);

/// vCPUs of an instance class or node type from the catalog (2 when it has none, noted).
int vcpus(const PriceBook &prices, const QString &instanceClass);

/// The next size up in the same family: db.r6g.large -> db.r6g.xlarge; empty at the top.
QString nextSize(const QString &instanceClass);
/// The general-purpose class replacing a burstable one: db.t3.medium -> db.m6g.large.
QString nonBurstable(const QString &instanceClass);
bool isBurstable(const QString &instanceClass);

/// The review finding for a burstable class or node type: what it runs on now (in
/// property), and the non-burstable one the fix moves it to.
Finding burstableFinding(const KindContext &context, const QString &property,
                         const QString &current, const QString &replacement);

/// A zone of the component's region other than the given ones, or none.
std::optional<model::ZoneId> otherZone(const KindContext &context,
                                       const QList<model::ZoneId> &avoid);

/// The engine's failure figures for an instance-based component.
engine::FailureMode instanceFailure(const PriceBook &prices, double recoverySeconds);

/// Time an M/M/c capacity cost in server-seconds from a per-server rate key.
double costPerOperation(const PriceBook &prices, const QString &perServerKey);

/// "730 hours of db.r6g.large" style line for an hourly rate.
LineItem hoursLine(const PriceBook &prices, const QString &description, double instances,
                   const Figure &rate);

/// A bill of one line, with room for the transfer lines the engine appends to it.
QList<LineItem> billOf(LineItem line);

} // namespace archstudio::aws
