// A small allocator until the libc work brings a real one: power-of-two size classes
// with free lists, carved from 64 KiB mappings; large blocks get their own mapping.
// Single-threaded, as the rest of the runtime is for now.
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>

#include "c_export.hpp"
#include "sysgate/syscall.hpp"

namespace sysgate::c {
namespace {

constexpr size_t header_size = 16;  // keeps every block 16-byte aligned
constexpr int class_count = 13;     // 16 B .. 64 KiB, payload and header together
constexpr size_t arena_size = 64 * 1024;

struct FreeBlock {
  FreeBlock* next;
};
FreeBlock* free_lists[class_count];
char* arena_next;
char* arena_end;

void* map(size_t size) {
  long r = syscall(arch::sys_mmap, 0, size, 0x1 | 0x2 /* PROT_READ|WRITE */,
                   0x02 | 0x20 /* MAP_PRIVATE|ANONYMOUS */, -1, 0);
  return is_error_word(r) ? nullptr : reinterpret_cast<void*>(r);
}

int size_class(size_t total) {
  int c = 0;
  while ((size_t{16} << c) < total) ++c;
  return c;
}

}  // namespace

SYSGATE_C_FUNCTION(void*, malloc, (size_t size) noexcept) {
  if (size > SIZE_MAX / 2) return nullptr;
  size_t total = size + header_size;
  size_t mapped = 0;
  char* block;
  if (total > (size_t{16} << (class_count - 1))) {
    mapped = (total + 4095) & ~size_t{4095};
    block = static_cast<char*>(map(mapped));
    if (!block) return nullptr;
  } else {
    int c = size_class(total);
    size_t bytes = size_t{16} << c;
    if (FreeBlock* f = free_lists[c]) {
      free_lists[c] = f->next;
      block = reinterpret_cast<char*>(f);
    } else {
      if (static_cast<size_t>(arena_end - arena_next) < bytes) {
        arena_next = static_cast<char*>(map(arena_size));
        if (!arena_next) return nullptr;
        arena_end = arena_next + arena_size;
      }
      block = arena_next;
      arena_next += bytes;
    }
    mapped = static_cast<size_t>(c);  // small blocks record their class
  }
  *reinterpret_cast<size_t*>(block) = mapped;
  return block + header_size;
}

SYSGATE_C_FUNCTION(void, free, (void* pointer) noexcept) {
  if (!pointer) return;
  char* block = static_cast<char*>(pointer) - header_size;
  size_t recorded = *reinterpret_cast<size_t*>(block);
  if (recorded < class_count) {
    auto* f = reinterpret_cast<FreeBlock*>(block);
    f->next = free_lists[recorded];
    free_lists[recorded] = f;
  } else {
    syscall(SYS_munmap, block, recorded);
  }
}

}  // namespace sysgate::c
