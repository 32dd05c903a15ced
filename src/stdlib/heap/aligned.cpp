#include <stdint.h>

#include "src/stdlib/heap/heap.hpp"

namespace sysgate::heap {

// An ordinary block with room for the alignment; the pointer handed out is the first
// multiple of `alignment` in it. Unless that is the block's own start, it gets a header
// of its own (kind aligned, `back` = its distance from the block) inside the block's
// payload, at least 16 bytes past it.
void* allocate_aligned(size_t alignment, size_t size) noexcept {
  if (alignment <= heap::alignment) return allocate(size);
  // As glibc: size + alignment must not exceed PTRDIFF_MAX, though less is allocated.
  size_t padded;
  if (__builtin_add_overflow(size, alignment, &padded) || padded > largest_request) return nullptr;
  void* block = allocate(padded - heap::alignment);
  if (!block) return nullptr;
  auto at = reinterpret_cast<uintptr_t>(block);
  uintptr_t aligned = (at + alignment - 1) & ~(uintptr_t{alignment} - 1);
  if (aligned == at) return block;
  void* payload = reinterpret_cast<void*>(aligned);
  header_of(payload)->back = aligned - at;
  header_of(payload)->tag = tag_for(payload, Kind::aligned);
  return payload;
}

}  // namespace sysgate::heap
