#include <dirent.h>

#include "src/dirent/dir_stream.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(long, telldir, (DIR * dir) noexcept) { return static_cast<long>(dir->position); }

}  // namespace sysgate::c
