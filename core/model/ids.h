#pragma once

#include <QHash>
#include <QString>

namespace archstudio::model {

/// A string id that only compares with ids of the same Tag, so a zone code can never be
/// passed where a component id is expected (STYLE.md, "strong ids").
template <typename Tag> class TypedId
{
public:
    TypedId() = default;
    explicit TypedId(QString value) : mValue(std::move(value)) {}

    const QString &value() const { return mValue; }
    bool isEmpty() const { return mValue.isEmpty(); }

    friend bool operator==(const TypedId &, const TypedId &) = default;
    friend bool operator<(const TypedId &a, const TypedId &b) { return a.mValue < b.mValue; }
    friend size_t qHash(const TypedId &id, size_t seed = 0) noexcept
    {
        return qHash(id.mValue, seed);
    }

private:
    QString mValue;
};

using ComponentId = TypedId<struct ComponentIdTag>;
using RegionId = TypedId<struct RegionIdTag>;
using ZoneId = TypedId<struct ZoneIdTag>;

/// Links have no id in the file format; they are identified by their position in the design,
/// which commands keep stable by inserting and removing at explicit indices.
using LinkId = TypedId<struct LinkIdTag>;

} // namespace archstudio::model
