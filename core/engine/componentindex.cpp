#include "componentindex.h"

namespace archstudio::engine {

void ComponentIndex::build(const model::Design &design)
{
    mIndex.clear();
    mIndex.reserve(design.components.size());
    for (qsizetype i = 0; i < design.components.size(); ++i)
        mIndex.insert(QStringView(design.components.at(i).id.value()), i);
}

} // namespace archstudio::engine
