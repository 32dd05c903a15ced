// x86_64's byte-scan kernel for strlen, memchr (and so strnlen), rawmemchr and strchrnul
// (and so strchr and index). The portable functions use it when this header exists
// (__has_include: only src/arch/x86_64 has it); i386, which may not assume SSE2, keeps
// their word-at-a-time code (src/string/word.hpp).
//
// Two copies of one kernel (arch_string_scan_kernel.hpp): SSE2, which every x86_64 CPU
// has, with 16-byte blocks, and AVX2 with 32-byte blocks, chosen per call by a flag that
// the first call sets from cpuid (no constructor: a program that never scans pays
// nothing). With two vector loads a cycle, 16-byte loads cannot reach the AVX2 code that
// glibc picks by IFUNC (bench/README.md); 32-byte ones can.
//
// Each function is one "transform" of a block that marks the bytes sought: as zero bytes
// for strlen and strnlen (the block itself: the terminator) and strchrnul (min(block ^ c,
// block): c or the terminator), as 0xff bytes for memchr and rawmemchr (block == c). A
// scan reads the two aligned blocks holding s, then two more unless that is a 4-block
// boundary, then aligned 4-block chunks, whose four transformed blocks are joined (pminub for zero
// marks, por for 0xff marks) so that one pmovmskb tests them all.
//
// Why reading outside the string is safe: every load is aligned to its own size (16 or
// 32 bytes), and a pair or chunk is aligned to its size (32 or 64, 64 or 128 bytes), so no load,
// pair or chunk crosses a page (they divide 4096). A pair or chunk is read only when it holds a
// byte the caller lets us read: the first holds s; each next one is read only when no
// hit came before it (and, bounded, only when it starts before the end). Protection is
// per page, so the bytes before s and after the hit or end in the same block are
// readable; they land only in mask bits that are shifted or masked away. valgrind's
// memcheck (--partial-loads-ok=yes, its default since 3.13) accepts an aligned load that is
// partly inside a heap block, but reports one wholly outside it as an invalid read: the
// second block of a pair or the rest of a chunk past a heap string's end (measured on the
// strstr2 branch with exact-size malloc buffers). These are false reports; a program that
// must run clean under memcheck needs a suppression for this static library's copies, which
// valgrind cannot redirect as it does glibc's. AddressSanitizer intercepts these functions
// by name and cannot see into them either.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace sysgate::string::scan {

// The transforms, by the byte they look for.
struct Zero {
  unsigned char c = 0;
};
struct Equal {
  unsigned char c;
};
struct EqualOrZero {
  unsigned char c;
};

namespace sse2 {
typedef unsigned char V __attribute__((__vector_size__(16), __may_alias__));
typedef char SignedV __attribute__((__vector_size__(16)));
inline unsigned top_bits(V v) {
  return static_cast<unsigned>(__builtin_ia32_pmovmskb128((SignedV)v));
}
#include "arch_string_scan_kernel.hpp"
}  // namespace sse2

#pragma GCC push_options
#pragma GCC target("avx2")
namespace avx2 {
typedef unsigned char V __attribute__((__vector_size__(32), __may_alias__));
typedef char SignedV __attribute__((__vector_size__(32)));
inline unsigned top_bits(V v) {
  return static_cast<unsigned>(__builtin_ia32_pmovmskb256((SignedV)v));
}
#include "arch_string_scan_kernel.hpp"
}  // namespace avx2
#pragma GCC pop_options

// 1 when the CPU and the kernel (XCR0: the YMM state is saved) allow AVX2, 0 when not,
// -1 before the first look. Threads racing on the first look store the same value.
inline signed char avx2_state = -1;

[[gnu::cold, gnu::noinline]] inline bool look_for_avx2() {
  unsigned a, b, c, d;
  __asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0), "c"(0));
  bool yes = false;
  if (a >= 7) {
    __asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1), "c"(0));
    constexpr unsigned kOsXsave = 1u << 27, kAvx = 1u << 28;
    if ((c & (kOsXsave | kAvx)) == (kOsXsave | kAvx)) {
      unsigned xcr0_low, xcr0_high;
      __asm__("xgetbv" : "=a"(xcr0_low), "=d"(xcr0_high) : "c"(0));
      if ((xcr0_low & 6) == 6) {  // SSE and YMM state
        __asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(7), "c"(0));
        yes = (b & (1u << 5)) != 0;  // AVX2
      }
    }
  }
  __atomic_store_n(&avx2_state, yes ? 1 : 0, __ATOMIC_RELAXED);
  return yes;
}

inline bool use_avx2() {
  signed char state = __atomic_load_n(&avx2_state, __ATOMIC_RELAXED);
  return state < 0 ? look_for_avx2() : state != 0;
}

// The offset from s of the first hit (there must be one), and the first hit in
// [s, s + n) or null (n > 0).
template <typename T>
inline size_t find(const void* s, T t) {
  return use_avx2() ? avx2::find(s, t) : sse2::find(s, t);
}
template <typename T>
inline const unsigned char* find(const void* s, size_t n, T t) {
  return use_avx2() ? avx2::find(s, n, t) : sse2::find(s, n, t);
}

}  // namespace sysgate::string::scan
