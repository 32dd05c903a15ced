#include <dirent.h>
#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, alphasort, (const struct dirent** a, const struct dirent** b) noexcept) {
  return strcoll((*a)->d_name, (*b)->d_name);
}

}  // namespace sysgate::c
