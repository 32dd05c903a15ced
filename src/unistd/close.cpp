#include <unistd.h>

#include <sysgate/unistd.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, close, (int fd) noexcept) { return to_c<int>(sysgate::close(fd)); }

}  // namespace sysgate::c
