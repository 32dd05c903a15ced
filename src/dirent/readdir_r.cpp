#include <dirent.h>
#include <errno.h>
#include <string.h>

#include "src/dirent/dir_stream.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Returns an error number; *result is the copied entry, or NULL at the end.
SYSGATE_C_FUNCTION(int, readdir_r,
                   (DIR * __restrict dir, struct dirent* __restrict entry,
                    struct dirent** __restrict result) noexcept) {
  int saved = errno;
  errno = 0;
  struct dirent* next = ::readdir(dir);
  int error = errno;
  errno = saved;
  *result = nullptr;
  if (!next) return error;
  size_t name_length = strnlen(next->d_name, sizeof entry->d_name - 1);
  memcpy(entry, next, offsetof(struct dirent, d_name));
  memcpy(entry->d_name, next->d_name, name_length);
  entry->d_name[name_length] = 0;
  *result = entry;
  return 0;
}

}  // namespace sysgate::c
