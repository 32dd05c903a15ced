#include <dirent.h>

#include "src/dirent/dir_stream.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, dirfd, (DIR * dir) noexcept) { return dir->fd; }

}  // namespace sysgate::c
