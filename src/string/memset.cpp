#include <stdint.h>
#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/word.hpp"

namespace sysgate::c {
namespace {

using sysgate::string::Vector16;

// __builtin_memcpy, as memcpy's copy_ends: g++ 12 drops aligned(1) from vector types.
template <typename T>
inline void fill_ends(unsigned char* d, size_t n, T v) {
  __builtin_memcpy(d, &v, sizeof(T));
  __builtin_memcpy(d + n - sizeof(T), &v, sizeof(T));
}

constexpr size_t kRepThreshold = 2048;  // as memcpy's: measured with bench/string_bench

}  // namespace

// As memcpy: overlapping stores for short lengths, a 16-byte loop, then `rep stosb`.
SYSGATE_C_FUNCTION(void*, memset, (void* dest, int c, size_t n) noexcept) {
  auto* d = static_cast<unsigned char*>(dest);
  auto b = static_cast<unsigned char>(c);
  if (n <= 16) {
    if (n >= 8) {
      fill_ends<uint64_t>(d, n, 0x0101010101010101ull * b);
    } else if (n >= 4) {
      fill_ends<uint32_t>(d, n, 0x01010101u * b);
    } else if (n >= 2) {
      fill_ends<uint16_t>(d, n, static_cast<uint16_t>(0x0101u * b));
    } else if (n) {
      *d = b;
    }
    return dest;
  }
  Vector16 v = Vector16{} + b;
  if (n <= 32) {
    fill_ends<Vector16>(d, n, v);
    return dest;
  }
  if (n <= 64) {
    fill_ends<Vector16>(d, 32, v);
    fill_ends<Vector16>(d + n - 32, 32, v);
    return dest;
  }
  if (n <= kRepThreshold) {
    // 64 bytes a turn, then the last 64 (overlapping what the loop already wrote).
    unsigned char* last = d + n - 64;
    for (; d < last; d += 64) {
      fill_ends<Vector16>(d, 32, v);
      fill_ends<Vector16>(d + 32, 32, v);
    }
    fill_ends<Vector16>(last, 32, v);
    fill_ends<Vector16>(last + 32, 32, v);
    return dest;
  }
  __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(b) : "memory");
  return dest;
}

}  // namespace sysgate::c
