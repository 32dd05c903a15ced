// x86_64's candidate filter for strstr and memmem (portable code uses it when this header
// exists: only src/arch/x86_64 has it; i386, which may not assume SSE2, keeps plain
// two-way). It finds the windows whose first byte and byte k both match the needle, 64
// positions at a time with vector compares, and verifies only those, byte by byte
// (arch_string_pair_kernel.hpp). On ordinary text few windows pass (about 1 in 700 for
// random lowercase letters); when many do and verifying them costs more than the bytes
// passed, the search hands over to two-way (src/string/two_way.hpp), which stays linear.
//
// k is the last byte of the needle's first 33 that differs from n[0]: far from n[0], so
// the two bytes tell more about a window (in text neighbouring letters go together), and
// different, so a run of n[0] in the haystack makes no candidates (a^31 b in a run of a).
//
// The same two copies as the scan kernel (arch_string_scan.hpp), chosen by the same flag:
// SSE2 with four 16-byte loads a span, AVX2 with two 32-byte loads. Reading outside the
// haystack is safe for the reasons given there: each aligned load is aligned to its size
// and a span is aligned to 64 bytes, so none crosses a page, and a span is read only when
// it holds a byte the caller lets us read. Unaligned loads stay inside bytes known to be
// the haystack's. memmem reads only the blocks holding its bytes; strstr reads whole
// spans, so (like the scan kernel's pairs and chunks) the blocks after the terminator's
// in its span, and before the start in the first: valgrind's memcheck reports those
// (partial-loads-ok covers a load only partly outside), a hosted check under memcheck
// found no other report and no uninitialised branch.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "arch_string_scan.hpp"

namespace sysgate::string::scan {

// A match (at), no match (at null), or dense candidates: no match before at, and the
// caller goes on from there with two-way.
struct PairResult {
  const unsigned char* at;
  bool dense;
};

namespace sse2 {
#include "arch_string_pair_kernel.hpp"
}  // namespace sse2

#pragma GCC push_options
#pragma GCC target("avx2")
namespace avx2 {
#include "arch_string_pair_kernel.hpp"
}  // namespace avx2
#pragma GCC pop_options

// The needle's second byte for the filter: see the top of the file. m >= 2.
inline size_t pair_offset(const unsigned char* n, size_t m) {
  size_t k = m - 1 < 32 ? m - 1 : 32;
  for (size_t j = k; j > 0; --j)
    if (n[j] != n[0]) return j;
  return k;
}

// The string h (n a string of m >= 2 bytes), or the m <= end - h bytes at h (end not null).
inline PairResult find_pair(const unsigned char* h, const unsigned char* end,
                            const unsigned char* n, size_t m) {
  size_t k = pair_offset(n, m);
  if (end == nullptr)
    return use_avx2() ? avx2::find_pair<true>(h, end, n, m, k)
                      : sse2::find_pair<true>(h, end, n, m, k);
  return use_avx2() ? avx2::find_pair<false>(h, end, n, m, k)
                    : sse2::find_pair<false>(h, end, n, m, k);
}

}  // namespace sysgate::string::scan
