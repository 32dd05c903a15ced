#include <errno.h>
#include <sys/auxv.h>

#include "src/internal/c_export.hpp"
#include "src/startup/initial_stack.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(unsigned long, getauxval, (unsigned long type) noexcept) {
  bool found;
  unsigned long value = startup::find_aux(startup::aux_vector(), type, &found);
  if (!found) errno = ENOENT;
  return value;
}

}  // namespace sysgate::c
