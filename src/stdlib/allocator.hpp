// A small allocator until the libc work brings a real one: power-of-two size classes
// with free lists, carved from 64 KiB mappings; large blocks get their own mapping.
// malloc, calloc, realloc and free are thin C faces over these.
#pragma once
#include <stddef.h>

namespace sysgate::stdlib {

// A 16-byte aligned block of at least `size` bytes, or nullptr (too large, or no memory).
void* allocate(size_t size) noexcept;
// Takes back a block from allocate(); nullptr is ignored.
void release(void* block) noexcept;
// How many bytes the block really has (at least what was asked).
size_t usable_size(const void* block) noexcept;

}  // namespace sysgate::stdlib
