#include <unistd.h>

#include "c_export.hpp"
#include "c_result.hpp"
#include "sysgate/unistd.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, close, (int fd) noexcept) { return to_c<int>(sysgate::close(fd)); }

}  // namespace sysgate::c
