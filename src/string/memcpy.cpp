#include <stdint.h>
#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/word.hpp"

namespace sysgate::c {
namespace {

using sysgate::string::Vector16;

// Two possibly overlapping moves cover every n in [sizeof(T), 2 * sizeof(T)]. Through
// __builtin_memcpy (inlined: the size is constant) because g++ 12 drops aligned(1) from
// an under-aligned vector type used through a pointer and emits movdqa.
template <typename T>
inline void copy_ends(unsigned char* d, const unsigned char* s, size_t n) {
  T a, b;
  __builtin_memcpy(&a, s, sizeof(T));
  __builtin_memcpy(&b, s + n - sizeof(T), sizeof(T));
  __builtin_memcpy(d, &a, sizeof(T));
  __builtin_memcpy(d + n - sizeof(T), &b, sizeof(T));
}

inline void copy64(unsigned char* d, const unsigned char* s) {
  Vector16 a, b, c, e;
  __builtin_memcpy(&a, s, 16);
  __builtin_memcpy(&b, s + 16, 16);
  __builtin_memcpy(&c, s + 32, 16);
  __builtin_memcpy(&e, s + 48, 16);
  __builtin_memcpy(d, &a, 16);
  __builtin_memcpy(d + 16, &b, 16);
  __builtin_memcpy(d + 32, &c, 16);
  __builtin_memcpy(d + 48, &e, 16);
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
    copy_ends<Vector16>(d, s, n);
    return dest;
  }
  if (n <= 64) {
    copy_ends<Vector16>(d, s, 32);
    copy_ends<Vector16>(d + n - 32, s + n - 32, 32);
    return dest;
  }
  if (n <= kRepThreshold) {
    // 64 bytes a turn, then the last 64 (overlapping what the loop already wrote).
    unsigned char* last = d + n - 64;
    const unsigned char* last_src = s + n - 64;
    for (; d < last; d += 64, s += 64) copy64(d, s);
    copy64(last, last_src);
    return dest;
  }
  __asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
  return dest;
}

}  // namespace sysgate::c
