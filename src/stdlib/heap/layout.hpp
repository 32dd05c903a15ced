// What every block of the heap looks like: 16 bytes of header just below the pointer
// malloc returns, so that free() learns everything from the pointer alone.
//
//   ... | back | tag | payload (the caller's bytes) ...
//                    ^ the pointer handed out, 16-byte aligned
//
// `back` says where the block's owner is (its slab, its mapping, or the block an
// aligned pointer sits in); `tag` is the pointer's own address mixed with a key and the
// block's kind. free() of a stray pointer finds a tag that does not match its address,
// free() of a freed block finds the kind `freed`: both abort with a message before
// anything is written.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace sysgate::heap {

constexpr size_t alignment = 16;  // of every pointer (glibc's MALLOC_ALIGNMENT, both arches)
constexpr size_t page_size = 4096;
// Larger requests fail (ENOMEM) as in glibc: no object may be larger than PTRDIFF_MAX, and
// every size sum below (size + header + alignment + page rounding) stays far from wrapping.
constexpr size_t largest_request = __PTRDIFF_MAX__;

enum class Kind : uintptr_t {
  small = 1,    // from a size class's slab; back = bytes from header to the slab
  large = 2,    // its own mapping; back = bytes from header to the mapping's start
  aligned = 3,  // inside a larger block; back = bytes from this pointer to that block's
  freed = 4,    // a small block on its slab's free list (or an aligned pointer released)
};

struct alignas(16) Header {
  uintptr_t back;
  uintptr_t tag;
};
static_assert(sizeof(Header) == alignment);

constexpr uintptr_t tag_key = static_cast<uintptr_t>(0x9e3779b97f4a7c15ull);

inline Header* header_of(const void* pointer) noexcept {
  return const_cast<Header*>(static_cast<const Header*>(pointer)) - 1;
}
inline uintptr_t tag_for(const void* pointer, Kind kind) noexcept {
  return reinterpret_cast<uintptr_t>(pointer) ^ tag_key ^ static_cast<uintptr_t>(kind);
}
// The kind the header claims; any other value means the pointer is not one of ours.
inline uintptr_t kind_of(const void* pointer) noexcept {
  return header_of(pointer)->tag ^ reinterpret_cast<uintptr_t>(pointer) ^ tag_key;
}
inline bool misaligned(const void* pointer) noexcept {
  return reinterpret_cast<uintptr_t>(pointer) & (alignment - 1);
}

}  // namespace sysgate::heap
