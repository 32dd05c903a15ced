// realpath: glibc's algorithm and errors, resolving each symbolic link with readlinkat
// (at most 40 in one path, then ELOOP). On failure a caller's buffer holds the part
// resolved so far, as glibc leaves it.
#include <bits/kernel_fcntl.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"

namespace sysgate::c {
namespace {

constexpr int max_links = 40;  // glibc's __eloop_threshold() on Linux

// Whether what follows a component makes it need to be a directory even when no
// further name follows: a trailing slash, or a "." or ".." after it (glibc's
// suffix_requires_dir_check).
bool suffix_needs_directory(const char* end) {
  while (*end == '/') {
    while (*end == '/') ++end;
    if (*end == 0) return true;
    if (*end++ != '.') return false;
    if (*end == 0 || *end == '/' || (*end == '.' && (end[1] == 0 || end[1] == '/'))) return true;
  }
  return false;
}

// Drops the last component of the absolute path out[0..n), never the root.
size_t parent_length(const char* out, size_t n) {
  while (n > 1 && out[n - 1] != '/') --n;
  return n > 1 ? n - 1 : 1;
}

struct Buffers {
  char out[PATH_MAX];      // the resolved prefix, always absolute
  char pending[PATH_MAX];  // what is left to resolve
  char link[PATH_MAX];
};

// 0, or the errno; out holds the result (or the part resolved before the error).
int resolve(const char* path, Buffers& b) {
  size_t n;
  if (path[0] == '/') {
    b.out[0] = '/';
    n = 1;
  } else {
    long got = syscall(SYS_getcwd, b.out, sizeof b.out);
    if (is_error_word(got)) return static_cast<int>(-got);
    n = strlen(b.out);
  }
  b.out[n] = 0;
  size_t path_length = strlen(path);
  if (path_length >= sizeof b.pending) return ENAMETOOLONG;
  memcpy(b.pending, path, path_length + 1);
  int links = 0;
  char* p = b.pending;
  for (;;) {
    while (*p == '/') ++p;
    if (*p == 0) return 0;
    char* end = p;
    while (*end && *end != '/') ++end;
    size_t length = static_cast<size_t>(end - p);
    if (length == 1 && p[0] == '.') {
      p = end;
      continue;
    }
    if (length == 2 && p[0] == '.' && p[1] == '.') {
      n = parent_length(b.out, n);
      b.out[n] = 0;
      p = end;
      continue;
    }
    if (b.out[n - 1] != '/') b.out[n++] = '/';
    if (n + length >= sizeof b.out) return ENAMETOOLONG;
    memcpy(b.out + n, p, length);
    n += length;
    b.out[n] = 0;

    long got = syscall(SYS_readlinkat, AT_FDCWD, b.out, b.link, sizeof b.link - 1);
    if (!is_error_word(got)) {
      if (++links > max_links) return ELOOP;
      auto target = static_cast<size_t>(got);
      size_t rest = strlen(end);
      if (target + rest >= sizeof b.pending) return ENAMETOOLONG;
      memmove(b.pending + target, end, rest + 1);
      memcpy(b.pending, b.link, target);
      p = b.pending;
      n = b.link[0] == '/' ? 1 : parent_length(b.out, n);
      b.out[n] = 0;
      continue;
    }
    if (got != -EINVAL) return static_cast<int>(-got);
    // Not a link. A file that a '/', "." or ".." follows must be a directory.
    if (suffix_needs_directory(end)) {
      if (n + 1 >= sizeof b.out) return ENAMETOOLONG;
      b.out[n] = '/';
      b.out[n + 1] = 0;
      long access = syscall(SYS_faccessat, AT_FDCWD, b.out, 0 /* F_OK */);
      b.out[n] = 0;
      if (is_error_word(access)) return static_cast<int>(-access);
    }
    p = end;
  }
}

}  // namespace

SYSGATE_C_FUNCTION(char*, realpath, (const char* __restrict path, char* __restrict resolved) noexcept) {
  if (!path) {
    errno = EINVAL;
    return nullptr;
  }
  if (!*path) {
    errno = ENOENT;
    return nullptr;
  }
  Buffers b;
  int error = resolve(path, b);
  size_t n = strlen(b.out);
  if (error) {
    if (resolved) memcpy(resolved, b.out, n + 1);
    errno = error;
    return nullptr;
  }
  if (!resolved) {
    resolved = static_cast<char*>(malloc(n + 1));
    if (!resolved) {
      errno = ENOMEM;
      return nullptr;
    }
  }
  return static_cast<char*>(memcpy(resolved, b.out, n + 1));
}

}  // namespace sysgate::c
