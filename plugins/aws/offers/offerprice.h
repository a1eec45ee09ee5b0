#pragma once

#include <QString>

#include <optional>

namespace archstudio::aws::offer {

/// How an offer file prices a product, which decides the conversion to the catalog's unit.
enum class UnitKind {
    Hourly,     ///< "Hrs", "ACU-Hr", "ReadCapacityUnit-Hrs": kept as is
    GbMonth,    ///< "GB-Mo": kept as is
    IopsMonth,  ///< "IOPS-Mo": kept as is
    GbHour,     ///< "GB-Hrs": kept as is
    PerMillion, ///< a price per request, I/O or ECPU: multiplied by 1,000,000
};

/// A plain decimal ("0.0000001250", "1.25E-7") times 10^shift, or nothing when the text is no
/// such number (signs are refused: no price is negative).
std::optional<double> decimalValue(const QString &text, int shift = 0);

/// The price text in the catalog's unit, or nothing when the offer's unit does not fit the
/// kind (*problem says why). *note mentions a conversion. The text must be a decimalValue.
std::optional<double> convertPrice(UnitKind kind, const QString &offerUnit, const QString &price,
                                   QString *note, QString *problem);

} // namespace archstudio::aws::offer
