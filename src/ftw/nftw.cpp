#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {
namespace {

using Function = int (*)(const char*, const struct stat*, int, struct FTW*);

// One walk. Files are found relative to their directory's descriptor (fstatat,
// openat), so FTW_CHDIR's changes of directory do not disturb the walk. Each level
// of the tree holds one open directory: `descriptors` is not a limit here.
struct Walk {
  Function function;
  int flags;
  dev_t device;  // the starting point's, for FTW_MOUNT
  char* path;    // the current file's path, as the callback sees it
  size_t capacity;
  int start_cwd;  // FTW_CHDIR: the directory to return to from the top level

  bool fit(size_t length) noexcept {
    if (length < capacity) return true;
    size_t grown = capacity * 2 > length ? capacity * 2 : length + 1;
    auto* p = static_cast<char*>(realloc(path, grown));
    if (!p) return false;
    path = p;
    capacity = grown;
    return true;
  }

  // The file at path (length bytes), named `name` in directory parent_fd.
  int visit(int parent_fd, const char* name, size_t length, int base, int level) noexcept {
    struct stat st;
    bool physical = flags & FTW_PHYS;
    int type;
    if (::fstatat(parent_fd, name, &st, physical ? AT_SYMLINK_NOFOLLOW : 0) != 0) {
      if (errno != EACCES && errno != ENOENT) return -1;
      if (!physical && ::fstatat(parent_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
          S_ISLNK(st.st_mode))
        type = FTW_SLN;
      else
        type = FTW_NS;
    } else if (S_ISDIR(st.st_mode)) {
      type = FTW_D;
    } else if (S_ISLNK(st.st_mode)) {
      type = FTW_SL;
    } else {
      type = FTW_F;
    }
    if ((flags & FTW_MOUNT) && type != FTW_NS && st.st_dev != device) return 0;
    struct FTW where = {base, level};
    if (type != FTW_D) return function(path, &st, type, &where);

    int fd = ::openat(parent_fd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
      if (errno != EACCES) return -1;
      return function(path, &st, FTW_DNR, &where);
    }
    int result = 0;
    if (!(flags & FTW_DEPTH)) result = function(path, &st, FTW_D, &where);
    if (result == 0 && (flags & FTW_CHDIR) && ::fchdir(fd) != 0) result = -1;
    DIR* dir = result == 0 ? ::fdopendir(fd) : nullptr;
    if (result == 0 && !dir) result = -1;
    if (!dir) ::close(fd);
    while (result == 0) {
      errno = 0;
      struct dirent* entry = ::readdir(dir);
      if (!entry) {
        if (errno) result = -1;
        break;
      }
      const char* child = entry->d_name;
      if (child[0] == '.' && (child[1] == 0 || (child[1] == '.' && child[2] == 0))) continue;
      size_t child_length = strlen(child);
      size_t child_base = length + (path[length - 1] != '/');
      if (!fit(child_base + child_length + 1)) {
        errno = ENOMEM;
        result = -1;
        break;
      }
      path[length] = '/';
      memcpy(path + child_base, child, child_length + 1);
      result = visit(::dirfd(dir), child, child_base + child_length, static_cast<int>(child_base),
                     level + 1);
      path[length] = 0;
    }
    if (dir) {
      int back = parent_fd == AT_FDCWD ? start_cwd : parent_fd;
      if (result == 0 && (flags & FTW_CHDIR) && ::fchdir(back) != 0) result = -1;
      ::closedir(dir);
    }
    if (result == 0 && (flags & FTW_DEPTH)) result = function(path, &st, FTW_DP, &where);
    return result;
  }
};

}  // namespace

// The callback's non-zero answer stops the walk and is returned; -1 on an error.
SYSGATE_C_FUNCTION(int, nftw,
                   (const char* path, Function function, int descriptors, int flags) noexcept) {
  (void)descriptors;
  size_t length = strlen(path);
  if (length == 0) {
    errno = ENOENT;
    return -1;
  }
  Walk walk{function, flags, 0, nullptr, 0, -1};
  if (!walk.fit(length + 1)) {
    errno = ENOMEM;
    return -1;
  }
  memcpy(walk.path, path, length + 1);
  while (length > 1 && walk.path[length - 1] == '/') walk.path[--length] = 0;
  size_t base = length;
  while (base > 0 && walk.path[base - 1] != '/') --base;

  struct stat st;
  bool physical = flags & FTW_PHYS;
  int saved_cwd = -1, result;
  if (::fstatat(AT_FDCWD, walk.path, &st, physical ? AT_SYMLINK_NOFOLLOW : 0) != 0 &&
      (physical || errno != ENOENT || ::lstat(walk.path, &st) != 0 || !S_ISLNK(st.st_mode))) {
    result = -1;  // nothing to tell the callback about
  } else {
    walk.device = st.st_dev;
    if (flags & FTW_CHDIR) saved_cwd = ::open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    walk.start_cwd = saved_cwd;
    if ((flags & FTW_CHDIR) && saved_cwd < 0) {
      result = -1;
    } else {
      result = walk.visit(AT_FDCWD, walk.path, length, static_cast<int>(base), 0);
    }
    if (saved_cwd >= 0) {
      int saved = errno;
      ::fchdir(saved_cwd);
      ::close(saved_cwd);
      errno = saved;
    }
  }
  int saved = errno;
  free(walk.path);
  errno = saved;
  return result;
}

}  // namespace sysgate::c
