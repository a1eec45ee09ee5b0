#include "drawioshapes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <cmath>

namespace archstudio::io::drawioimport {

namespace {

const QString kAws4 = QStringLiteral("mxgraph.aws4.");

double number(const QXmlStreamAttributes &attributes, QLatin1StringView name, bool *finite)
{
    const QStringView text = attributes.value(name);
    if (text.isEmpty())
        return 0.0;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        *finite = false;
        return 0.0;
    }
    return value;
}

/// The display names of AWS regions as diagrams.net users label Region groups.
const QHash<QString, QString> &regionNames()
{
    static const QHash<QString, QString> names{{"us east (n. virginia)", "us-east-1"},
                                               {"us east (ohio)", "us-east-2"},
                                               {"us west (n. california)", "us-west-1"},
                                               {"us west (oregon)", "us-west-2"},
                                               {"africa (cape town)", "af-south-1"},
                                               {"asia pacific (hong kong)", "ap-east-1"},
                                               {"asia pacific (mumbai)", "ap-south-1"},
                                               {"asia pacific (osaka)", "ap-northeast-3"},
                                               {"asia pacific (seoul)", "ap-northeast-2"},
                                               {"asia pacific (singapore)", "ap-southeast-1"},
                                               {"asia pacific (sydney)", "ap-southeast-2"},
                                               {"asia pacific (tokyo)", "ap-northeast-1"},
                                               {"canada (central)", "ca-central-1"},
                                               {"europe (frankfurt)", "eu-central-1"},
                                               {"europe (ireland)", "eu-west-1"},
                                               {"europe (london)", "eu-west-2"},
                                               {"europe (milan)", "eu-south-1"},
                                               {"europe (paris)", "eu-west-3"},
                                               {"europe (stockholm)", "eu-north-1"},
                                               {"europe (zurich)", "eu-central-2"},
                                               {"europe (spain)", "eu-south-2"},
                                               {"middle east (bahrain)", "me-south-1"},
                                               {"middle east (uae)", "me-central-1"},
                                               {"israel (tel aviv)", "il-central-1"},
                                               {"south america (são paulo)", "sa-east-1"},
                                               {"south america (sao paulo)", "sa-east-1"}};
    return names;
}

} // namespace

DiagramCells parseDiagramCells(const QByteArray &model, qsizetype maxCells)
{
    DiagramCells result;
    QXmlStreamReader xml(model);
    bool inObject = false;
    bool objectIsArchStudio = false;
    QString objectId, objectLabel;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement &&
            (xml.name() == QLatin1StringView("object") ||
             xml.name() == QLatin1StringView("UserObject"))) {
            inObject = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        const QXmlStreamAttributes a = xml.attributes();
        if (name == QLatin1StringView("object") || name == QLatin1StringView("UserObject")) {
            inObject = true;
            objectIsArchStudio = a.hasAttribute(QLatin1StringView("archstudio"));
            objectId = a.value(QLatin1StringView("id")).toString();
            objectLabel = a.value(QLatin1StringView("label")).toString();
        } else if (name == QLatin1StringView("mxCell")) {
            if (result.cells.size() >= maxCells) {
                result.error = QCoreApplication::translate(
                                   "Io", "line %1: more than %2 cells; at most %2 are accepted")
                                   .arg(xml.lineNumber())
                                   .arg(maxCells);
                return result;
            }
            DiagramCell cell;
            cell.line = xml.lineNumber();
            cell.id = inObject ? objectId : a.value(QLatin1StringView("id")).toString();
            cell.label =
                plainText(inObject ? objectLabel : a.value(QLatin1StringView("value")).toString());
            cell.archstudio = inObject && objectIsArchStudio;
            cell.parent = a.value(QLatin1StringView("parent")).toString();
            cell.source = a.value(QLatin1StringView("source")).toString();
            cell.target = a.value(QLatin1StringView("target")).toString();
            cell.style = a.value(QLatin1StringView("style")).toString();
            cell.vertex = a.value(QLatin1StringView("vertex")) == QLatin1StringView("1");
            cell.edge = a.value(QLatin1StringView("edge")) == QLatin1StringView("1");
            result.cells.append(cell);
            inObject = false; // one cell per wrapper
        } else if (name == QLatin1StringView("mxGeometry") && !result.cells.isEmpty() &&
                   a.value(QLatin1StringView("as")) == QLatin1StringView("geometry")) {
            DiagramCell &cell = result.cells.last();
            bool finite = true;
            cell.geometry = QRectF(number(a, QLatin1StringView("x"), &finite),
                                   number(a, QLatin1StringView("y"), &finite),
                                   number(a, QLatin1StringView("width"), &finite),
                                   number(a, QLatin1StringView("height"), &finite));
            cell.finiteGeometry = finite;
        }
    }
    if (xml.hasError()) {
        result.error = QCoreApplication::translate("Io", "line %1, column %2: not valid XML: %3")
                           .arg(xml.lineNumber())
                           .arg(xml.columnNumber())
                           .arg(xml.errorString());
        result.cells.clear();
    }
    return result;
}

QString plainText(const QString &html)
{
    static const QRegularExpression breaks(
        QStringLiteral("<\\s*(br|/div|/p|/li|/tr|/h\\d)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entity(QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"));
    QString text = html;
    text.replace(breaks, QStringLiteral(" "));
    text.replace(tags, QString());
    static const QHash<QString, QString> named{{"amp", "&"},   {"lt", "<"},   {"gt", ">"},
                                               {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}};
    QString out;
    qsizetype from = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        const QString name = m.captured(1);
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x")) ? name.mid(2).toUInt(&ok, 16)
                          : name.startsWith(QLatin1Char('#'))  ? name.mid(1).toUInt(&ok, 10)
                                                               : 0;
        if (ok && code > 0 && code <= 0x10FFFF && QChar::isPrint(char32_t(code)))
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        else
            out += named.value(name, m.captured(0));
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out.simplified();
}

QHash<QString, QString> parseStyle(const QString &style)
{
    QHash<QString, QString> map;
    for (const QString &part : style.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            map.insert(part.trimmed(), QString());
        else
            map.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return map;
}

QString awsShapeName(const QHash<QString, QString> &style)
{
    const QString shape = style.value(QStringLiteral("shape"));
    if (!shape.startsWith(kAws4))
        return {};
    QString name = shape.mid(kAws4.size());
    const QString icon = name == QLatin1String("resourceIcon")  ? QStringLiteral("resIcon")
                         : name == QLatin1String("productIcon") ? QStringLiteral("prIcon")
                                                                : QString();
    if (!icon.isEmpty()) {
        const QString inner = style.value(icon);
        name = inner.startsWith(kAws4) ? inner.mid(kAws4.size()) : QString();
    }
    return name;
}

KindMatch matchKind(const QString &shape, const QString &label, const model::KindRegistry &registry)
{
    if (shape.isEmpty())
        return {};
    KindMatch plain;
    for (const model::KindSchema &schema : registry.schemas()) {
        for (const QString &entry : schema.drawioShapes) {
            const qsizetype mark = entry.indexOf(QLatin1Char('?'));
            if (entry.left(mark) != shape)
                continue;
            KindMatch match{&schema, {}};
            bool conditional = false;
            bool holds = true;
            const QUrlQuery query(mark < 0 ? QString() : entry.mid(mark + 1));
            for (const auto &[key, value] : query.queryItems()) {
                if (key == QLatin1String("label")) {
                    conditional = true;
                    holds = holds && label.contains(value, Qt::CaseInsensitive);
                    continue;
                }
                const model::PropertySchema *property = schema.property(key);
                if (!property)
                    continue;
                if (property->type == model::PropertyType::Number ||
                    property->type == model::PropertyType::Integer)
                    match.properties.insert(key, value.toDouble());
                else if (property->type == model::PropertyType::Boolean)
                    match.properties.insert(key, value == QLatin1String("true"));
                else
                    match.properties.insert(key, value);
            }
            if (conditional && holds)
                return match;
            if (!conditional && !plain.schema)
                plain = match;
        }
    }
    return plain;
}

GroupType groupType(const QHash<QString, QString> &style, const QString &label)
{
    const QString icon = style.value(QStringLiteral("grIcon"));
    if (icon == kAws4 + QLatin1String("group_region"))
        return GroupType::Region;
    if (icon == kAws4 + QLatin1String("group_availability_zone"))
        return GroupType::Zone;
    if (!icon.isEmpty())
        return GroupType::Other;
    if (style.value(QStringLiteral("shape")).startsWith(kAws4))
        return GroupType::None; // an icon
    const bool dashedBlue = style.value(QStringLiteral("dashed")) == QLatin1String("1") &&
                            style.value(QStringLiteral("strokeColor"))
                                    .compare(QLatin1String("#147EBA"), Qt::CaseInsensitive) == 0;
    if (dashedBlue || label.contains(QLatin1String("availability zone"), Qt::CaseInsensitive))
        return GroupType::Zone;
    return GroupType::None;
}

QStringList codeWords(const QString &label)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9-]+"));
    return label.toLower().split(separators, Qt::SkipEmptyParts);
}

QString regionInLabel(const QString &label)
{
    static const QRegularExpression code(
        QStringLiteral("^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2})[a-z]?$"));
    for (const QString &word : codeWords(label)) {
        const QRegularExpressionMatch m = code.match(word);
        if (m.hasMatch())
            return m.captured(1);
    }
    const QString lower = label.toLower().simplified();
    const QHash<QString, QString> &names = regionNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (lower.contains(it.key()))
            return it.value();
    }
    return {};
}

} // namespace archstudio::io::drawioimport
