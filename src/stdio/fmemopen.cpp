#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {
namespace {

// glibc >= 2.22's fmemopen: the stream's bytes are buffer[0, end); reads stop at end,
// writes may grow it up to size, with a NUL after the last byte written when it fits.
struct Memory {
  unsigned char* base;
  size_t size, position, end;
  bool append, owned;
};

Memory& memory(FILE* f) { return *static_cast<Memory*>(f->cookie); }

long read_memory(FILE* f, unsigned char* bytes, size_t n) {
  Memory& m = memory(f);
  size_t left = m.position < m.end ? m.end - m.position : 0;
  if (n > left) n = left;
  __builtin_memcpy(bytes, m.base + m.position, n);
  m.position += n;
  return static_cast<long>(n);
}

long write_memory(FILE* f, const unsigned char* bytes, size_t n) {
  Memory& m = memory(f);
  if (m.append) m.position = m.end;
  size_t room = m.size - m.position, take = n < room ? n : room;
  __builtin_memcpy(m.base + m.position, bytes, take);
  m.position += take;
  if (m.position > m.end) m.end = m.position;
  if (m.end < m.size && (take == 0 || bytes[take - 1] != 0)) m.base[m.end] = 0;
  return take == n ? static_cast<long>(n) : -ENOSPC;
}

int seek_memory(FILE* f, long long offset, int whence, long long* position) {
  Memory& m = memory(f);
  long long from = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? m.position : m.end;
  long long target = from + offset;
  if (target < 0 || static_cast<unsigned long long>(target) > m.size) return -EINVAL;
  m.position = static_cast<size_t>(*position = target);
  return 0;
}

int close_memory(FILE* f) {
  if (memory(f).owned) free(memory(f).base);
  return 0;
}

const stdio::FileOps memory_ops = {read_memory, write_memory, seek_memory, close_memory};

}  // namespace

SYSGATE_C_FUNCTION(FILE*, fmemopen, (void* buffer, size_t size, const char* mode) noexcept) {
  int ignored;
  unsigned flags;
  if (!size && !buffer) {
    errno = EINVAL;
    return nullptr;
  }
  if (!stdio::parse_mode(mode, &ignored, &flags)) return nullptr;
  auto* base = static_cast<unsigned char*>(buffer);
  if (!base) {
    base = static_cast<unsigned char*>(malloc(size));
    if (!base) return nullptr;
    base[0] = 0;
  } else if (mode[0] == 'w' && mode[1] == '+' && size) {
    base[0] = 0;  // glibc truncates for "w+" only
  }
  FILE* f = stdio::new_file(-1, flags, &memory_ops, sizeof(Memory));
  if (!f) {
    if (!buffer) free(base);
    return nullptr;
  }
  size_t end = mode[0] == 'r' ? size : 0;
  if (mode[0] == 'a' && buffer) end = __builtin_strnlen(reinterpret_cast<char*>(base), size);
  memory(f) = {base, size, mode[0] == 'a' ? end : 0, end, mode[0] == 'a', !buffer};
  return f;
}

}  // namespace sysgate::c
