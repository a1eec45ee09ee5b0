#include "terraformplan.h"

#include "jsonvariant.h"

#include "core/json/jsonparse.h"

#include <QCoreApplication>
#include <QHash>

#include <boost/json/value.hpp>

namespace archstudio::io {

namespace {

namespace bj = boost::json;

/// Why the JSON is not something importTerraformPlan reads; the message is the detail of
/// "not a Terraform plan or state (expected the output of terraform show -json: DETAIL)".
struct NotAPlan
{
    QString detail;
};

QString str(const bj::object &object, bj::string_view key)
{
    const bj::value *v = object.if_contains(key);
    return v && v->is_string() ? toQString(v->get_string()) : QString();
}

/// The member key of object, which must be an object when present; null when absent.
const bj::object *objectAt(const bj::object &object, bj::string_view key, const QString &where)
{
    const bj::value *v = object.if_contains(key);
    if (!v || v->is_null())
        return nullptr;
    if (!v->is_object())
        throw NotAPlan{QCoreApplication::translate("Io", "%1 is %2, not an object")
                           .arg(where, describeJsonType(*v))};
    return &v->get_object();
}

const bj::array *arrayAt(const bj::object &object, bj::string_view key, const QString &where)
{
    const bj::value *v = object.if_contains(key);
    if (!v || v->is_null())
        return nullptr;
    if (!v->is_array())
        throw NotAPlan{QCoreApplication::translate("Io", "%1 is %2, not an array")
                           .arg(where, describeJsonType(*v))};
    return &v->get_array();
}

/// A module's configuration: where each resource's provider and references come from.
struct ResourceConfig
{
    QString providerConfigKey;
    QMap<QString, QStringList> references; ///< relative to the module
};

struct ProviderConfig
{
    QString name;
    QString region;
};

class Reader
{
public:
    explicit Reader(const Limits &limits) : mLimits(limits) {}

    TerraformPlan read(const bj::value &root)
    {
        const bj::object *top = root.if_object();
        if (!top)
            throw NotAPlan{QCoreApplication::translate("Io", "the file holds %1, not an object")
                               .arg(describeJsonType(root))};
        if (!top->contains("format_version"))
            throw NotAPlan{QCoreApplication::translate("Io", "it has no format_version")};
        TerraformPlan plan;
        plan.terraformVersion = str(*top, "terraform_version");
        const bj::object *values =
            objectAt(*top, "planned_values", QStringLiteral("planned_values"));
        QString valuesName = QStringLiteral("planned_values");
        if (!values) {
            values = objectAt(*top, "values", QStringLiteral("values"));
            valuesName = QStringLiteral("values");
            plan.isState = true;
        }
        if (!values)
            throw NotAPlan{QCoreApplication::translate(
                "Io", "it has neither planned_values (a plan) nor values (a state)")};
        const bj::object *rootModule =
            objectAt(*values, "root_module", valuesName + QStringLiteral(".root_module"));
        if (!rootModule)
            throw NotAPlan{
                QCoreApplication::translate("Io", "%1 has no root_module").arg(valuesName)};
        if (const bj::object *variables = objectAt(*top, "variables", QStringLiteral("variables")))
            readVariables(*variables);
        if (const bj::object *configuration =
                objectAt(*top, "configuration", QStringLiteral("configuration")))
            readConfiguration(*configuration);
        if (const bj::array *changes =
                arrayAt(*top, "resource_changes", QStringLiteral("resource_changes")))
            readChanges(*changes, plan);
        readModule(*rootModule, valuesName + QStringLiteral(".root_module"), plan, 0);
        return plan;
    }

private:
    void readVariables(const bj::object &variables)
    {
        for (const auto &kv : variables) {
            if (const bj::object *v = kv.value().if_object()) {
                const bj::value *value = v->if_contains("value");
                if (value && value->is_string())
                    mVariables.insert(toQString(kv.key()), toQString(value->get_string()));
            }
        }
    }

    /// A constant expression's string, or a root module variable's value it refers to.
    QString constantOf(const bj::value *expression) const
    {
        const bj::object *e = expression ? expression->if_object() : nullptr;
        if (!e)
            return {};
        if (const QString constant = str(*e, "constant_value"); !constant.isEmpty())
            return constant;
        if (const bj::value *refs = e->if_contains("references"); refs && refs->is_array()) {
            for (const bj::value &ref : refs->get_array()) {
                const QString name = ref.is_string() ? toQString(ref.get_string()) : QString();
                if (name.startsWith(QLatin1String("var.")))
                    return mVariables.value(name.mid(4));
            }
        }
        return {};
    }

    void readConfiguration(const bj::object &configuration)
    {
        if (const bj::object *providers =
                objectAt(configuration, "provider_config",
                         QStringLiteral("configuration.provider_config"))) {
            for (const auto &kv : *providers) {
                const bj::object *p = kv.value().if_object();
                if (!p)
                    continue;
                ProviderConfig config{str(*p, "name"), {}};
                if (const bj::value *e = p->if_contains("expressions"); e && e->is_object())
                    config.region = constantOf(e->get_object().if_contains("region"));
                mProviders.insert(toQString(kv.key()), config);
            }
        }
        if (const bj::object *root =
                objectAt(configuration, "root_module", QStringLiteral("configuration.root_module")))
            readModuleConfig(*root, {}, 0);
    }

    void readModuleConfig(const bj::object &module, const QString &prefix, int depth)
    {
        if (depth > mLimits.maxJsonDepth)
            return;
        if (const bj::value *resources = module.if_contains("resources");
            resources && resources->is_array()) {
            for (const bj::value &r : resources->get_array()) {
                const bj::object *resource = r.if_object();
                if (!resource)
                    continue;
                ResourceConfig config{str(*resource, "provider_config_key"), {}};
                if (const bj::value *e = resource->if_contains("expressions");
                    e && e->is_object()) {
                    for (const auto &kv : e->get_object()) {
                        const bj::object *expression = kv.value().if_object();
                        const bj::value *refs =
                            expression ? expression->if_contains("references") : nullptr;
                        if (!refs || !refs->is_array())
                            continue;
                        QStringList list;
                        for (const bj::value &ref : refs->get_array()) {
                            if (ref.is_string())
                                list << toQString(ref.get_string());
                        }
                        config.references.insert(toQString(kv.key()), list);
                    }
                }
                mConfigs.insert(prefix + str(*resource, "address"), config);
            }
        }
        if (const bj::value *calls = module.if_contains("module_calls");
            calls && calls->is_object()) {
            for (const auto &kv : calls->get_object()) {
                const bj::object *call = kv.value().if_object();
                const bj::value *inner = call ? call->if_contains("module") : nullptr;
                if (inner && inner->is_object())
                    readModuleConfig(inner->get_object(),
                                     prefix + QStringLiteral("module.%1.").arg(toQString(kv.key())),
                                     depth + 1);
            }
        }
    }

    void readChanges(const bj::array &changes, TerraformPlan &plan)
    {
        for (std::size_t i = 0; i < changes.size(); ++i) {
            const bj::object *change = changes[i].if_object();
            if (!change)
                throw NotAPlan{QCoreApplication::translate("Io", "resource_changes[%1] is %2, not "
                                                                 "an object")
                                   .arg(i)
                                   .arg(describeJsonType(changes[i]))};
            const QString address = str(*change, "address");
            const bj::value *c = change->if_contains("change");
            if (address.isEmpty() || !c || !c->is_object())
                continue;
            const bj::object &body = c->get_object();
            QStringList actions;
            if (const bj::value *a = body.if_contains("actions"); a && a->is_array()) {
                for (const bj::value &action : a->get_array())
                    actions << (action.is_string() ? toQString(action.get_string()) : QString());
            }
            if (actions == QStringList{QStringLiteral("delete")}) {
                plan.skipped.append(
                    {address, QCoreApplication::translate("Io", "The plan deletes it.")});
                mSkipped.insert(address);
                continue;
            }
            if (const bj::value *u = body.if_contains("after_unknown"); u && u->is_object()) {
                QSet<QString> unknown;
                for (const auto &kv : u->get_object()) {
                    if (containsTrue(kv.value(), 0))
                        unknown.insert(toQString(kv.key()));
                }
                mUnknown.insert(address, unknown);
            }
        }
    }

    bool containsTrue(const bj::value &v, int depth) const
    {
        if (v.is_bool())
            return v.get_bool();
        if (depth > mLimits.maxJsonDepth)
            return false;
        if (const bj::array *a = v.if_array()) {
            for (const bj::value &item : *a) {
                if (containsTrue(item, depth + 1))
                    return true;
            }
        } else if (const bj::object *o = v.if_object()) {
            for (const auto &kv : *o) {
                if (containsTrue(kv.value(), depth + 1))
                    return true;
            }
        }
        return false;
    }

    void readModule(const bj::object &module, const QString &where, TerraformPlan &plan, int depth)
    {
        if (depth > mLimits.maxJsonDepth)
            throw NotAPlan{
                QCoreApplication::translate("Io", "%1 nests too many modules").arg(where)};
        const QString moduleAddress = str(module, "address");
        if (const bj::array *resources =
                arrayAt(module, "resources", where + QStringLiteral(".resources"))) {
            for (std::size_t i = 0; i < resources->size(); ++i)
                readResource((*resources)[i], QStringLiteral("%1.resources[%2]").arg(where).arg(i),
                             moduleAddress, plan);
        }
        if (const bj::array *children =
                arrayAt(module, "child_modules", where + QStringLiteral(".child_modules"))) {
            for (std::size_t i = 0; i < children->size(); ++i) {
                const QString at = QStringLiteral("%1.child_modules[%2]").arg(where).arg(i);
                const bj::object *child = (*children)[i].if_object();
                if (!child)
                    throw NotAPlan{QCoreApplication::translate("Io", "%1 is %2, not an object")
                                       .arg(at, describeJsonType((*children)[i]))};
                readModule(*child, at, plan, depth + 1);
            }
        }
    }

    void readResource(const bj::value &value, const QString &where, const QString &moduleAddress,
                      TerraformPlan &plan)
    {
        const bj::object *object = value.if_object();
        if (!object)
            throw NotAPlan{QCoreApplication::translate("Io", "%1 is %2, not an object")
                               .arg(where, describeJsonType(value))};
        engine::TerraformResource r;
        r.address = str(*object, "address");
        r.type = str(*object, "type");
        r.name = str(*object, "name");
        if (r.address.isEmpty() || r.type.isEmpty())
            throw NotAPlan{
                QCoreApplication::translate("Io", "%1 has no address or no type").arg(where)};
        r.moduleAddress = moduleAddress;
        r.mode = str(*object, "mode");
        if (r.mode.isEmpty())
            r.mode = QStringLiteral("managed");
        if (const bj::value *index = object->if_contains("index"))
            r.index = toVariant(*index);
        r.providerName = str(*object, "provider_name");
        if (const bj::object *values =
                objectAt(*object, "values", where + QStringLiteral(".values")))
            r.values = toVariant(*values).toMap();
        if (r.mode != QLatin1String("managed")) {
            if (!mSkipped.contains(r.address))
                plan.skipped.append({r.address, QCoreApplication::translate(
                                                    "Io", "A data source is read, not managed: "
                                                          "it is not part of the design.")});
            mSkipped.insert(r.address);
            return;
        }
        if (mSkipped.contains(r.address))
            return;
        if (plan.resources.size() >= mLimits.maxComponents)
            throw NotAPlan{QCoreApplication::translate("Io", "it has more than %1 resources")
                               .arg(mLimits.maxComponents)};
        r.unknown = mUnknown.value(r.address);
        const ResourceConfig config = mConfigs.value(r.configAddress());
        r.providerConfigKey = config.providerConfigKey;
        // A reference inside a module names what the module holds.
        const QString prefix =
            moduleAddress.isEmpty() ? QString() : moduleAddress + QLatin1Char('.');
        for (auto it = config.references.cbegin(); it != config.references.cend(); ++it) {
            QStringList absolute;
            for (const QString &ref : it.value())
                absolute << prefix + ref;
            r.references.insert(it.key(), absolute);
        }
        const QString shortName = r.providerName.section(QLatin1Char('/'), -1);
        r.defaultRegion = mProviders.value(shortName).region;
        r.region = r.values.value(QStringLiteral("region")).toString();
        if (r.region.isEmpty() && !r.providerConfigKey.isEmpty()) {
            auto it = mProviders.constFind(r.providerConfigKey);
            if (it == mProviders.cend()) // "module.db:aws", a provider passed down
                it = mProviders.constFind(r.providerConfigKey.section(QLatin1Char(':'), -1));
            if (it != mProviders.cend())
                r.region = it->region;
        }
        plan.resources.append(r);
    }

    const Limits &mLimits;
    QHash<QString, QString> mVariables;
    QHash<QString, ProviderConfig> mProviders;
    QHash<QString, ResourceConfig> mConfigs;
    QHash<QString, QSet<QString>> mUnknown;
    QSet<QString> mSkipped;
};

} // namespace

TerraformPlanParse parseTerraformPlan(const QByteArray &json, const Limits &limits)
{
    if (json.size() > limits.maxUncompressedBytes)
        return {std::nullopt, QCoreApplication::translate("Io", "the file is larger than %1 MiB")
                                  .arg(limits.maxUncompressedBytes / (1024 * 1024))};
    const json::JsonParseResult parsed = json::parseJson(json, limits.maxJsonDepth);
    if (!parsed.value)
        return {std::nullopt, parsed.error};
    try {
        return {Reader(limits).read(*parsed.value), {}};
    } catch (const NotAPlan &e) {
        return {std::nullopt,
                QCoreApplication::translate("Io", "not a Terraform plan or state (expected the "
                                                  "output of terraform show -json: %1)")
                    .arg(e.detail)};
    }
}

} // namespace archstudio::io
