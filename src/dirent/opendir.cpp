#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include "src/dirent/dir_stream.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(DIR*, opendir, (const char* path) noexcept) {
  int fd = ::open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  DIR* dir = internal::new_dir_stream(fd);
  if (!dir) ::close(fd);
  return dir;
}

}  // namespace sysgate::c
