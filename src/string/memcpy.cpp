#include <stdint.h>
#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/word.hpp"

namespace sysgate::c {
namespace {

using sysgate::string::Chunk;

// Two possibly overlapping moves cover every n in [sizeof(T), 2 * sizeof(T)]. Through
// __builtin_memcpy (inlined: the size is constant) because a template argument drops the
// aligned(1) of the Loose types, and the moves would assume alignment.
template <typename T>
inline void copy_ends(unsigned char* d, const unsigned char* s, size_t n) {
  T a, b;
  __builtin_memcpy(&a, s, sizeof(T));
  __builtin_memcpy(&b, s + n - sizeof(T), sizeof(T));
  __builtin_memcpy(d, &a, sizeof(T));
  __builtin_memcpy(d + n - sizeof(T), &b, sizeof(T));
}

// Above this, `rep movsb` (fast strings on every CPU these machines run) beats the loop;
// measured with bench/string_bench.
constexpr size_t kRepThreshold = 2048;

}  // namespace

// The compiler emits calls to memcpy on its own, so it exists even in the smallest
// program. Short copies use overlapping moves (no byte loop, no branch per size);
// long ones `rep movsb`. The build keeps the compiler from turning the loop into a call.
SYSGATE_C_FUNCTION(void*, memcpy,
                   (void* __restrict dest, const void* __restrict src, size_t n) noexcept) {
  auto* d = static_cast<unsigned char*>(dest);
  auto* s = static_cast<const unsigned char*>(src);
  if (n <= 16) {
    if (n >= 8) {
      copy_ends<uint64_t>(d, s, n);
    } else if (n >= 4) {
      copy_ends<uint32_t>(d, s, n);
    } else if (n >= 2) {
      copy_ends<uint16_t>(d, s, n);
    } else if (n) {
      *d = *s;
    }
    return dest;
  }
  if (n <= 32) {
    copy_ends<sysgate::string::Vector16>(d, s, n);
    return dest;
  }
  if (n <= kRepThreshold) {
    Chunk last = *reinterpret_cast<const Chunk*>(s + n - 16);
    unsigned char* end = d + n - 16;
    for (; d < end; d += 16, s += 16)
      *reinterpret_cast<Chunk*>(d) = *reinterpret_cast<const Chunk*>(s);
    *reinterpret_cast<Chunk*>(end) = last;
    return dest;
  }
  __asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
  return dest;
}

}  // namespace sysgate::c
