// The heap behind malloc and its family: what the C functions in src/stdlib and
// src/malloc call. Pointers are 16-byte aligned; a request above largest_request
// (PTRDIFF_MAX) or one the kernel cannot back gives nullptr, and the C face sets ENOMEM.
//
//   layout.hpp      the 16-byte header below every pointer (kind, owner, tag)
//   size_class.hpp  47 size classes up to 128 KiB
//   small.hpp/.cpp  slabs of one class each: inline fast paths, slow paths
//   large.hpp/.cpp  one mapping per block above 128 KiB: mmap, munmap, mremap
//   aligned.cpp     aligned pointers inside a larger block
//   release.cpp     free of anything but a small block; usable_size.cpp, reallocate.cpp
//   fault.hpp/.cpp  the abort messages
#pragma once
#include <stddef.h>

#include "src/stdlib/heap/fault.hpp"
#include "src/stdlib/heap/large.hpp"
#include "src/stdlib/heap/layout.hpp"
#include "src/stdlib/heap/small.hpp"

namespace sysgate::heap {

inline void* allocate(size_t size) noexcept {
  if (size <= largest_small) [[likely]]
    return small_allocate(class_of(size));
  return large_allocate(size);
}

// A block at a multiple of `alignment` (a power of two).
void* allocate_aligned(size_t alignment, size_t size) noexcept;

// free() of a pointer that is not a small block: large, aligned, freed or foreign.
void release_other(void* payload, Caller caller) noexcept;

inline void release(void* payload, Caller caller) noexcept {
  if (misaligned(payload)) fail(caller, Fault::invalid_pointer);
  if (kind_of(payload) == static_cast<uintptr_t>(Kind::small)) [[likely]]
    small_release(payload, caller);
  else
    release_other(payload, caller);
}

// realloc of a non-null payload to a size > 0.
void* reallocate(void* payload, size_t size) noexcept;

// The bytes usable at `payload` (which is not nullptr).
size_t usable_size(const void* payload, Caller caller) noexcept;

// glibc's memalign rule, shared by aligned_alloc, memalign, valloc, pvalloc: an
// alignment that is no power of two is raised to the next one; false when there is
// none (above SIZE_MAX / 2 + 1: EINVAL).
inline bool round_alignment(size_t& alignment) noexcept {
  constexpr size_t top = ~(~size_t{0} >> 1);
  if (alignment > top) return false;
  if (alignment & (alignment - 1)) alignment = top >> (__builtin_clzl(alignment) - 1);
  return true;
}

}  // namespace sysgate::heap
