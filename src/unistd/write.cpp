#include <unistd.h>

#include <sysgate/unistd.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(ssize_t, write, (int fd, const void* buf, size_t count) noexcept) {
  return to_c<ssize_t>(sysgate::write(fd, buf, count));
}

}  // namespace sysgate::c
