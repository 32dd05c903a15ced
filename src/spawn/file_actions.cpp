#include <sys/resource.h>

#include "src/spawn/spawn_action.hpp"

namespace sysgate::spawn {

bool fd_is_valid(int fd) noexcept {
  if (fd < 0) return false;
  rlimit limit;
  return getrlimit(RLIMIT_NOFILE, &limit) != 0 || static_cast<rlim_t>(fd) < limit.rlim_cur;
}

}  // namespace sysgate::spawn
