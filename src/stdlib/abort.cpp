#include "src/internal/abort.hpp"

#include <stdlib.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, abort, () noexcept) { internal::raise_abort(); }

}  // namespace sysgate::c
