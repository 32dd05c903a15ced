#include <sysgate.h>

#include "src/internal/c_export.hpp"
#include "src/vdso/live_vdso.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void*, sysgate_vdso_sym, (const char* name, const char* version) noexcept) {
  return vdso::lookup(name, version);
}

SYSGATE_C_FUNCTION(void, sysgate_vdso_for_each,
                   (void (*f)(void*, const char*, const char*, void*), void* context) noexcept) {
  vdso::for_each_symbol(f, context);
}

}  // namespace sysgate::c
