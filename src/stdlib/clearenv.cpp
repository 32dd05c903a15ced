#include <stdlib.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/environment.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, clearenv, () noexcept) {
  internal::LockGuard guard(stdlib::environ_lock);
  if (environ && environ == stdlib::owned_environ) free(environ);
  stdlib::owned_environ = nullptr;
  environ = nullptr;
  return 0;
}

}  // namespace sysgate::c
