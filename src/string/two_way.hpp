// Substring search in linear time for strstr and memmem: the two-way algorithm of
// Crochemore and Perrin ("Two-way string-matching", JACM 38(3), 1991), with a
// skip in front of it: a window whose last byte is not the needle's last moves on to the
// next that is, found by memchr (vector code on x86_64), without comparing.
//
// The needle n (m bytes) is cut at a critical factorization n = u v, u = n[0, ms + 1),
// found as the longer of the two maximal suffixes (by < and by >). A window of the
// haystack is compared right part first (v, left to right), then the left part (u, right
// to left). A mismatch in v at i shifts the window by i - ms; a match of v followed by a
// mismatch in u shifts it by the period p. When u is a suffix of n's prefix of length
// p + |u| (n is "periodic"), a shift by p leaves n's first m - p bytes known to match
// (`memory`), and they are not compared again; otherwise the shift is max(|u|, |v|) + 1
// and nothing is remembered. Time O(h + m) for a haystack of h bytes, memory O(1).
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <string.h>

namespace sysgate::string {

// The maximal suffix of n[0, m) under the byte order (`greater`: reversed) and its
// period: the suffix starts at ms + 1 (ms is SIZE_MAX for the whole needle).
struct Suffix {
  size_t ms, period;
};
inline Suffix maximal_suffix(const unsigned char* n, size_t m, bool greater) {
  size_t ms = SIZE_MAX, j = 0, k = 1, p = 1;  // candidates n[ms + 1...] and n[j + 1...]
  while (j + k < m) {
    unsigned char a = n[ms + k], b = n[j + k];
    if (a == b) {
      if (k == p) {
        j += p;
        k = 1;
      } else {
        ++k;
      }
    } else if (greater ? a < b : a > b) {  // the suffix at j + 1 loses: skip past it
      j += k;
      k = 1;
      p = j - ms;
    } else {  // the suffix at j + 1 wins
      ms = j++;
      k = p = 1;
    }
  }
  return {ms, p};
}

// The first window h[j, j + m) equal to n, or null. reach(end) returns how many bytes of
// haystack are known, at least end when the haystack has that many (strstr learns its
// haystack's length only as it goes).
template <typename Reach>
const unsigned char* two_way(const unsigned char* h, const unsigned char* n, size_t m,
                             Reach reach) {
  Suffix a = maximal_suffix(n, m, false), b = maximal_suffix(n, m, true);
  Suffix cut = b.ms + 1 > a.ms + 1 ? b : a;
  size_t ms = cut.ms, p = cut.period, memory_after_shift;
  if (memcmp(n, n + p, ms + 1) == 0) {
    memory_after_shift = m - p;
  } else {
    p = (ms + 1 > m - ms - 1 ? ms + 1 : m - ms - 1) + 1;
    memory_after_shift = 0;
  }
  const unsigned char last = n[m - 1];
  size_t memory = 0;
  for (size_t j = 0;;) {
    size_t known = reach(j + m);
    if (known < j + m) return nullptr;
    const unsigned char* w = h + j;
    if (w[m - 1] != last) {
      // No window can match before its last byte is n's last: memchr (vector code) finds
      // the next such window. It reads each byte once, as j only grows.
      auto* e = static_cast<const unsigned char*>(memchr(w + m, last, known - (j + m)));
      j = e ? static_cast<size_t>(e - h) - (m - 1) : known - m + 1;
      memory = 0;
      continue;
    }
    size_t i = ms + 1 > memory ? ms + 1 : memory;
    while (i < m && n[i] == w[i]) ++i;
    if (i < m) {
      j += i - ms;
      memory = 0;
      continue;
    }
    for (i = ms + 1; i > memory && n[i - 1] == w[i - 1];) --i;
    if (i <= memory) return w;
    j += p;
    memory = memory_after_shift;
  }
}

}  // namespace sysgate::string
