#include <dirent.h>
#include <unistd.h>

#include "src/dirent/dir_stream.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

// position is a d_off telldir returned: the file system's cookie for "after that
// entry". On i386 a cookie wider than long (ext4's 64-bit hashes) does not survive
// the round trip through long.
SYSGATE_C_FUNCTION(void, seekdir, (DIR * dir, long position) noexcept) {
  ::lseek(dir->fd, position, SEEK_SET);
  dir->next = dir->end = 0;
  dir->position = position;
}

}  // namespace sysgate::c
