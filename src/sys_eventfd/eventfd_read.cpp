#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, eventfd_read, (int fd, eventfd_t* value) noexcept) {
  return ::read(fd, value, sizeof *value) == sizeof *value ? 0 : -1;
}

}  // namespace sysgate::c
