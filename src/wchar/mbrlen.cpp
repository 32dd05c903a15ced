#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// With its own hidden state when given none, as C11 7.29.6.3.1 asks.
SYSGATE_C_FUNCTION(size_t, mbrlen,
                   (const char* __restrict s, size_t n, mbstate_t* __restrict state) noexcept) {
  static mbstate_t own_state;
  return mbrtowc(nullptr, s, n, state ? state : &own_state);
}

}  // namespace sysgate::c
