#include <stdlib.h>

#include "c_export.hpp"
#include "raise_abort.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, abort, () noexcept) { stdlib::raise_abort(); }

}  // namespace sysgate::c
