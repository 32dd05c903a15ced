// Large blocks (above largest_small): each its own anonymous mapping, unmapped by
// free(), moved or resized by mremap in realloc. The mapping begins with its size, then
// the block's header, then the payload:
//
//   | map_size | (pad) | back = 16 | tag | payload ...
//   ^ page-aligned                        ^ mapping + 32
#pragma once
#include <stddef.h>

#include "src/stdlib/heap/fault.hpp"

namespace sysgate::heap {

constexpr size_t large_offset = 32;

// nullptr when size > largest_request or the kernel refuses. Fresh pages: zero.
void* large_allocate(size_t size) noexcept;
// `payload` carries a large tag.
void large_release(void* payload, Caller caller) noexcept;
size_t large_usable_size(const void* payload, Caller caller) noexcept;
// The block grown or shrunk to hold `size` (> largest_small) bytes, maybe moved;
// nullptr (the block untouched) when the kernel refuses.
void* large_resize(void* payload, size_t size) noexcept;

}  // namespace sysgate::heap
