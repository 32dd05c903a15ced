#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, mbsinit, (const mbstate_t* state) noexcept) {
  return !state || state->__count == 0;
}

}  // namespace sysgate::c
