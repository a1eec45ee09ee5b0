#pragma once

#include "exporter.h"
#include "limits.h"

#include <QCoreApplication>

namespace archstudio::io {

/// A diagrams.net (draw.io) file: one mxfile with one diagram. Regions and zones are
/// containers (draw.io's AWS 4 group shapes), components are vertices in their kind's AWS 4
/// shape style (KindSchema::drawioStyle) with the evaluation's figures as custom properties,
/// links are edges. Everything needed to read the design back is kept as custom properties
/// (drawioschema.h), so readDrawio() round-trips it.
///
/// The file must read back: an export the reader would refuse (more bytes or cells than
/// Limits allow) is refused at export time instead, with nothing written.
class DrawioExporter final : public Exporter
{
public:
    /// limits: the reader's; tests lower them to check the refusal without a huge design.
    explicit DrawioExporter(Limits limits = {}) : mLimits(limits) {}
    const Limits &limits() const { return mLimits; }
    QString suffix() const override { return QStringLiteral("drawio"); }
    QString description() const override
    {
        return QCoreApplication::translate("Io", "draw.io diagram");
    }
    QString write(const ExportInput &input, const ExportOptions &options, QIODevice &out,
                  const ExportProgress &progress) const override;

private:
    Limits mLimits;
};

} // namespace archstudio::io
