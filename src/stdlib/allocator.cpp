#include "src/stdlib/allocator.hpp"

#include <stdint.h>

#include "src/internal/lock.hpp"
#include "src/internal/pages.hpp"

namespace sysgate::stdlib {
namespace {

constexpr size_t header_size = 16;  // keeps every block 16-byte aligned
constexpr int class_count = 13;     // 16 B .. 64 KiB, payload and header together
constexpr size_t arena_size = 64 * 1024;
constexpr size_t page_size = 4096;

struct FreeBlock {
  FreeBlock* next;
};

// Process-global, guarded by lock.
internal::Lock lock;
FreeBlock* free_lists[class_count];
char* arena_next;
char* arena_end;

int size_class(size_t total) {
  int c = 0;
  while ((size_t{16} << c) < total) ++c;
  return c;
}

// The header word: a class number (< class_count) for a small block, else the size of
// the block's own mapping.
size_t& header_of(void* block) { return *reinterpret_cast<size_t*>(block); }

char* take_small(int c) {
  internal::LockGuard guard(lock);
  if (FreeBlock* f = free_lists[c]) {
    free_lists[c] = f->next;
    return reinterpret_cast<char*>(f);
  }
  size_t bytes = size_t{16} << c;
  if (static_cast<size_t>(arena_end - arena_next) < bytes) {
    arena_next = static_cast<char*>(internal::map_pages(arena_size));
    if (!arena_next) return nullptr;
    arena_end = arena_next + arena_size;
  }
  char* block = arena_next;
  arena_next += bytes;
  return block;
}

}  // namespace

void* allocate(size_t size) noexcept {
  if (size > SIZE_MAX / 2) return nullptr;
  size_t total = size + header_size;
  char* block;
  size_t header;
  if (total > (size_t{16} << (class_count - 1))) {
    header = (total + page_size - 1) & ~(page_size - 1);
    block = static_cast<char*>(internal::map_pages(header));
  } else {
    int c = size_class(total);
    block = take_small(c);
    header = static_cast<size_t>(c);
  }
  if (!block) return nullptr;
  header_of(block) = header;
  return block + header_size;
}

void release(void* pointer) noexcept {
  if (!pointer) return;
  char* block = static_cast<char*>(pointer) - header_size;
  size_t header = header_of(block);
  if (header >= class_count) {
    internal::unmap_pages(block, header);
    return;
  }
  internal::LockGuard guard(lock);
  auto* f = reinterpret_cast<FreeBlock*>(block);
  f->next = free_lists[header];
  free_lists[header] = f;
}

size_t usable_size(const void* pointer) noexcept {
  size_t header = header_of(const_cast<char*>(static_cast<const char*>(pointer)) - header_size);
  return (header < class_count ? size_t{16} << header : header) - header_size;
}

}  // namespace sysgate::stdlib
