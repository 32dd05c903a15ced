#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/stdlib/temporary_name.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, mkdtemp, (char* name) noexcept) {
  auto made = stdlib::make_temporary(name, 0, stdlib::TemporaryKind::directory, 0);
  return to_c<int>(made) < 0 ? nullptr : name;
}

}  // namespace sysgate::c
