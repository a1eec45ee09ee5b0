#include "propertylabel.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace archstudio::model {

namespace {

/// Words that read wrong in sentence case; schema names spell them as camelCase words.
QString spellWord(const QString &word)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("io"), QStringLiteral("I/O")},
        {QStringLiteral("iops"), QStringLiteral("IOPS")},
        {QStringLiteral("acu"), QStringLiteral("ACU")},
        {QStringLiteral("az"), QStringLiteral("AZ")},
        {QStringLiteral("dax"), QStringLiteral("DAX")},
        {QStringLiteral("ebs"), QStringLiteral("EBS")},
    };
    return words.value(word.toLower(), word.toLower());
}

QStringList camelCaseWords(const QString &name)
{
    // A new word starts at an upper-case letter after a lower-case one or a digit run, so
    // "serverlessV2" gives "serverless", "V2" and "storageGiB" gives "storage", "Gi", "B".
    static const QRegularExpression boundary(QStringLiteral("(?<=[a-z0-9])(?=[A-Z])"));
    return name.split(boundary, Qt::SkipEmptyParts);
}

} // namespace

QString englishPropertyLabel(const PropertySchema &schema)
{
    QString name = schema.name;
    // The unit is the editor's suffix; repeating it in the label only widens the column.
    const QString unitWord = schema.unit.section(QLatin1Char('/'), 0, 0);
    if (unitWord == QLatin1String("s") && name.endsWith(QLatin1String("Seconds"))) {
        name.chop(7); // "detectionSeconds" in s: "Detection"
    } else if (!unitWord.isEmpty() && unitWord.at(0).isLetter()) {
        // Only a whole camelCase word: "storageGiB" loses "GiB", "hours" keeps its "s".
        const bool wholeWord =
            name.size() > unitWord.size() && name.at(name.size() - unitWord.size()).isUpper();
        if (name.endsWith(unitWord) && wholeWord)
            name.chop(unitWord.size());
        else if (name.endsWith(unitWord + QLatin1Char('s'), Qt::CaseInsensitive))
            name.chop(unitWord.size() + 1);
    }
    QStringList words = camelCaseWords(name);
    for (QString &word : words)
        word = spellWord(word);
    QString label = words.join(QLatin1Char(' '));
    label.replace(QStringLiteral("multi AZ"), QStringLiteral("multi-AZ"));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString propertyLabel(const PropertySchema &schema)
{
    return schema.label.isEmpty() ? englishPropertyLabel(schema) : schema.label;
}

QString propertyLabelInSentence(const PropertySchema &schema)
{
    QString label = englishPropertyLabel(schema);
    if (!schema.label.isEmpty() && schema.label != label)
        return schema.label;
    // Lower the first letter unless the first word is an abbreviation ("DAX", "I/O").
    const QString first = label.section(QLatin1Char(' '), 0, 0);
    if (!label.isEmpty() && first != first.toUpper())
        label[0] = label.at(0).toLower();
    return label;
}

} // namespace archstudio::model
