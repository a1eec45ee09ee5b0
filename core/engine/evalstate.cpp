#include "evalstate.h"

namespace archstudio::engine::detail {

EvalState::EvalState(const model::Design &d, const catalog::Catalog &c, const BehaviourRegistry &b,
                     QStringList *notes)
    : design(d), catalog(c), behaviours(b), prices(c, notes), references(d)
{}

} // namespace archstudio::engine::detail
