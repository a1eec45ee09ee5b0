#include "regionconventions.h"

#include <QCoreApplication>

namespace archstudio::catalog {

namespace {

const QString kRegion = QStringLiteral("{region}");
const QString kLetter = QStringLiteral("{letter}");
const QString kNumber = QStringLiteral("{number}");
constexpr int kLetters = 26;
constexpr int kNumbers = 99;

} // namespace

std::optional<QString> ZoneNaming::problemWith(const QString &pattern)
{
    const qsizetype letters = pattern.count(kLetter);
    const qsizetype numbers = pattern.count(kNumber);
    if (pattern.count(kRegion) != 1 || letters + numbers != 1)
        return QCoreApplication::translate(
                   "Catalog", "\"%1\" is not a zone code pattern; expected \"{region}\" once and "
                              "one of \"{letter}\" or \"{number}\" once, e.g. \"{region}{letter}\"")
            .arg(pattern);
    return std::nullopt;
}

std::optional<ZoneNaming> ZoneNaming::fromPattern(const QString &pattern)
{
    if (problemWith(pattern))
        return std::nullopt;
    return ZoneNaming(pattern);
}

int ZoneNaming::capacity() const
{
    return mPattern.contains(kLetter) ? kLetters : kNumbers;
}

QString ZoneNaming::code(const QString &region, int ordinal) const
{
    if (ordinal < 0 || ordinal >= capacity())
        return {};
    QString code = mPattern;
    code.replace(kRegion, region);
    if (code.contains(kLetter))
        return code.replace(kLetter, QString(QLatin1Char(char('a' + ordinal))));
    return code.replace(kNumber, QString::number(ordinal + 1));
}

bool ZoneNaming::belongsTo(const QString &zone, const QString &region) const
{
    const bool letters = mPattern.contains(kLetter);
    const QString placeholder = letters ? kLetter : kNumber;
    QString prefix = mPattern.section(placeholder, 0, 0);
    QString suffix = mPattern.section(placeholder, 1);
    prefix.replace(kRegion, region);
    suffix.replace(kRegion, region);
    if (zone.size() <= prefix.size() + suffix.size() || !zone.startsWith(prefix) ||
        !zone.endsWith(suffix))
        return false;
    const QString ordinal = zone.mid(prefix.size(), zone.size() - prefix.size() - suffix.size());
    if (letters)
        return ordinal.size() == 1 && ordinal.at(0) >= QLatin1Char('a') &&
               ordinal.at(0) <= QLatin1Char('z');
    bool ok = false;
    const int number = ordinal.toInt(&ok);
    // "eastus-01" is not a code the pattern makes, so it is refused like any other.
    return ok && number >= 1 && number <= kNumbers && ordinal == QString::number(number);
}

} // namespace archstudio::catalog
