#include <stdint.h>
#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/word.hpp"

namespace sysgate::c {
namespace {

using sysgate::string::Chunk;

// __builtin_memcpy, as memcpy's copy_ends: a template argument loses aligned(1).
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
  if (n <= kRepThreshold) {
    Chunk v = Chunk{} + b;
    unsigned char* end = d + n - 16;
    for (; d < end; d += 16) *reinterpret_cast<Chunk*>(d) = v;
    *reinterpret_cast<Chunk*>(end) = v;
    return dest;
  }
  __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(b) : "memory");
  return dest;
}

}  // namespace sysgate::c
