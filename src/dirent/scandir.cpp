#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {
namespace {

using Compare = int (*)(const struct dirent**, const struct dirent**);

// Heapsort: in place, no allocation, O(n log n) whatever the order.
void sift_down(struct dirent** a, size_t root, size_t count, Compare compare) noexcept {
  for (;;) {
    size_t child = 2 * root + 1;
    if (child >= count) return;
    if (child + 1 < count && compare(const_cast<const dirent**>(&a[child]),
                                     const_cast<const dirent**>(&a[child + 1])) < 0)
      ++child;
    if (compare(const_cast<const dirent**>(&a[root]), const_cast<const dirent**>(&a[child])) >= 0)
      return;
    struct dirent* t = a[root];
    a[root] = a[child];
    a[child] = t;
    root = child;
  }
}

void sort(struct dirent** a, size_t count, Compare compare) noexcept {
  for (size_t i = count / 2; i-- > 0;) sift_down(a, i, count, compare);
  for (size_t end = count; end > 1; --end) {
    struct dirent* t = a[0];
    a[0] = a[end - 1];
    a[end - 1] = t;
    sift_down(a, 0, end - 1, compare);
  }
}

}  // namespace

// Every entry the filter accepts (all without one), each in its own malloc'ed copy,
// sorted by compare if given; the count, or -1 with errno (and nothing allocated).
SYSGATE_C_FUNCTION(int, scandir,
                   (const char* __restrict path, struct dirent*** __restrict list,
                    int (*filter)(const struct dirent*), Compare compare) noexcept) {
  DIR* dir = ::opendir(path);
  if (!dir) return -1;
  struct dirent** entries = nullptr;
  size_t count = 0, capacity = 0;
  int saved = errno, error = 0;
  for (;;) {
    errno = 0;
    struct dirent* entry = ::readdir(dir);
    if (!entry) {
      error = errno;
      break;
    }
    if (filter && !filter(entry)) continue;
    if (count == capacity) {
      capacity = capacity ? 2 * capacity : 16;
      auto* grown = static_cast<struct dirent**>(realloc(entries, capacity * sizeof *entries));
      if (!grown) {
        error = ENOMEM;
        break;
      }
      entries = grown;
    }
    auto* copy = static_cast<struct dirent*>(malloc(entry->d_reclen));
    if (!copy) {
      error = ENOMEM;
      break;
    }
    memcpy(copy, entry, entry->d_reclen);
    entries[count++] = copy;
  }
  ::closedir(dir);
  if (error) {
    while (count) free(entries[--count]);
    free(entries);
    errno = error;
    return -1;
  }
  errno = saved;
  if (compare) sort(entries, count, compare);
  *list = entries;
  return static_cast<int>(count);
}

}  // namespace sysgate::c
