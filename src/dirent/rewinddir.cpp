#include <dirent.h>
#include <unistd.h>

#include "src/dirent/dir_stream.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, rewinddir, (DIR * dir) noexcept) {
  ::lseek(dir->fd, 0, SEEK_SET);
  dir->next = dir->end = 0;
  dir->position = 0;
}

}  // namespace sysgate::c
