// The size classes of small blocks. A block is its 16-byte header plus the payload;
// block sizes go by 16 up to 128 bytes, then four steps per power of two up to 128 KiB
// (so at most 25% of a block is rounding), 47 classes in all. Requests above
// largest_small get their own mapping, as glibc's above its mmap threshold (128 KiB).
#pragma once
#include <stddef.h>

#include "src/stdlib/heap/layout.hpp"

namespace sysgate::heap {

constexpr size_t largest_block = 128 * 1024;
constexpr size_t largest_small = largest_block - sizeof(Header);
constexpr unsigned class_count = 47;
constexpr size_t smallest_payload = 16;  // room for the free list's link

constexpr size_t block_size(unsigned c) noexcept {
  if (c < 7) return 32 + 16 * c;
  unsigned j = c - 7, e = 7 + j / 4;
  return (size_t{1} << e) + (j % 4 + 1) * (size_t{1} << (e - 2));
}

// The smallest class whose block holds `size` payload bytes (size <= largest_small).
inline unsigned class_of(size_t size) noexcept {
  size_t total = (size < smallest_payload ? smallest_payload : size) + sizeof(Header);
  if (total <= 128) return static_cast<unsigned>((total + 15) / 16 - 2);
  size_t t = total - 1;
  unsigned e = 8 * sizeof(size_t) - 1 - __builtin_clzl(t);  // t in [2^e, 2^(e+1))
  return 7 + (e - 7) * 4 + static_cast<unsigned>((t >> (e - 2)) & 3);
}

static_assert(block_size(0) == 32 && block_size(6) == 128 && block_size(7) == 160);
static_assert(block_size(10) == 256 && block_size(11) == 320);
static_assert(block_size(class_count - 1) == largest_block);

}  // namespace sysgate::heap
