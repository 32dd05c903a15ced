#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/stdlib/temporary_name.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, mkstemps, (char* name, int suffix_length) noexcept) {
  return to_c<int>(stdlib::make_temporary(name, suffix_length, stdlib::TemporaryKind::file, 0));
}

}  // namespace sysgate::c
