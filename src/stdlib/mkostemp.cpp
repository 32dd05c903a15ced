#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/stdlib/temporary_name.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, mkostemp, (char* name, int flags) noexcept) {
  return to_c<int>(stdlib::make_temporary(name, 0, stdlib::TemporaryKind::file, flags));
}

}  // namespace sysgate::c
