#include "src/dirent/dir_stream.hpp"

#include <errno.h>
#include <stdlib.h>

namespace sysgate::internal {

DIR* new_dir_stream(int fd) noexcept {
  auto* dir = static_cast<DIR*>(malloc(sizeof(DIR)));
  if (!dir) {
    errno = ENOMEM;
    return nullptr;
  }
  dir->fd = fd;
  dir->next = dir->end = 0;
  dir->position = 0;
  return dir;
}

}  // namespace sysgate::internal
