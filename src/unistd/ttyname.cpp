#include <unistd.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {
namespace {
char name[4096];  // PATH_MAX: overwritten by the next call
}

SYSGATE_C_FUNCTION(char*, ttyname, (int fd) noexcept) {
  return ::ttyname_r(fd, name, sizeof name) == 0 ? name : nullptr;
}

}  // namespace sysgate::c
