#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {
namespace {

// A write-only stream into a malloc'd buffer that grows; fflush and fclose store the
// buffer in *where and the position in *size, with a NUL after the bytes written.
struct Growing {
  char** where;
  size_t* size;
  char* base;
  size_t capacity, position, end;
};

Growing& growing(FILE* f) { return *static_cast<Growing*>(f->cookie); }

void publish(Growing& g) {
  *g.where = g.base;
  *g.size = g.position;
}

long write_growing(FILE* f, const unsigned char* bytes, size_t n) {
  Growing& g = growing(f);
  if (n >= g.capacity - g.position) {
    size_t want = g.capacity;
    while (n >= want - g.position) {
      if (want > size_t{__PTRDIFF_MAX__} / 2) return -ENOMEM;
      want *= 2;
    }
    char* bigger = static_cast<char*>(realloc(g.base, want));
    if (!bigger) return -ENOMEM;
    __builtin_memset(bigger + g.capacity, 0, want - g.capacity);
    g.base = bigger;
    g.capacity = want;
  }
  __builtin_memcpy(g.base + g.position, bytes, n);
  g.position += n;
  if (g.position > g.end) g.end = g.position;
  publish(g);
  return static_cast<long>(n);
}

// Beyond the end is allowed and reads as zeros once written past.
int seek_growing(FILE* f, long long offset, int whence, long long* position) {
  Growing& g = growing(f);
  long long from = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? g.position : g.end;
  long long target = from + offset;
  if (target < 0 || static_cast<unsigned long long>(target) >= g.capacity) return -EINVAL;
  g.position = static_cast<size_t>(*position = target);
  publish(g);
  return 0;
}

int close_growing(FILE* f) {
  publish(growing(f));
  return 0;
}

long read_none(FILE*, unsigned char*, size_t) { return -EBADF; }

const stdio::FileOps growing_ops = {read_none, write_growing, seek_growing, close_growing};

}  // namespace

SYSGATE_C_FUNCTION(FILE*, open_memstream, (char** where, size_t* size) noexcept) {
  if (!where || !size) {
    errno = EINVAL;
    return nullptr;
  }
  char* base = static_cast<char*>(calloc(1, BUFSIZ));
  if (!base) return nullptr;
  FILE* f = stdio::new_file(-1, stdio::kNoRead, &growing_ops, sizeof(Growing));
  if (!f) {
    free(base);
    return nullptr;
  }
  growing(f) = {where, size, base, BUFSIZ, 0, 0};
  publish(growing(f));
  return f;
}

}  // namespace sysgate::c
