// The pair filter, included twice by arch_string_pair.hpp (so no include guard): in
// namespace sse2 (16-byte blocks) and in namespace avx2 under #pragma GCC target("avx2")
// (32-byte blocks), after arch_string_scan_kernel.hpp (V, kWidth, load, min, top_bits).
//
// The haystack is read in aligned 64-byte spans; window i is a candidate when h[i] is n[0]
// and h[i + k] is n[k] (k <= 32: in this span or the next).
// - At the edges (the span holding h, the last spans) only aligned loads: two 64-bit masks
//   mark the bytes equal to n[0] (`first`) and to n[k] (`other`), and the candidates of a
//   span are known once the next span's other marks are. Strings: a span is read only
//   when the one before holds no zero byte; the span holding the terminator is the last
//   one read, and its candidates after the terminator are dropped (their windows could run
//   past the span). Bounded: a span is read only when it starts before the end.
// - In the middle, where the bytes at i + k are all the haystack's (a string: the next
//   span holds no zero; bounded: every window of the span fits), the bytes at i + k come
//   from unaligned loads, and the two compares are joined before one pmovmskb per span.

inline constexpr size_t kSpan = 64;

inline V load_unaligned(const unsigned char* p) {
  V v;
  __builtin_memcpy(&v, p, sizeof v);
  return v;
}

struct SpanMarks {
  uint64_t first, other;
  bool zero;  // some byte of the span is zero (only when asked)
};
// kZero: a string's span (all its blocks are read); else only the blocks holding a byte of
// [from, end) are, the others count as zero bytes.
template <bool kZero>
inline SpanMarks span_marks(const unsigned char* p, V first, V other,
                            const unsigned char* from = nullptr,
                            const unsigned char* end = nullptr) {
  SpanMarks r{0, 0, false};
  V low = ~V{};
  for (size_t b = 0; b < kSpan; b += kWidth) {
    V v = kZero || (p + b + kWidth > from && p + b < end) ? load(p + b) : V{};
    r.first |= uint64_t{top_bits((V)(v == first))} << b;
    r.other |= uint64_t{top_bits((V)(v == other))} << b;
    if (kZero) low = min(low, v);
  }
  if (kZero) r.zero = top_bits((V)(low == V{})) != 0;
  return r;
}
inline uint64_t span_zeros(const unsigned char* p) {
  uint64_t r = 0;
  for (size_t b = 0; b < kSpan; b += kWidth) r |= uint64_t{top_bits((V)(load(p + b) == V{}))} << b;
  return r;
}

// The first window of h equal to n (m >= 2 bytes; 1 <= k <= 32, k < m), or where the
// verification gave up (dense: then no window before `at` matches). kTerminated: h is a
// string (and n holds no zero); else h has end - h >= m bytes. Aligned to 64 so that
// the speed does not depend on where the linker puts it: on the AMD EPYC measured, the
// same middle loop ran at 57 or 77 B/ns (memmem 47 or 87) by its address mod 64.
template <bool kTerminated>
[[gnu::noinline, gnu::aligned(64)]] PairResult find_pair(const unsigned char* h,
                                                         const unsigned char* end,
                                                         const unsigned char* n, size_t m,
                                                         size_t k) {
  const V first = V{} + n[0], other = V{} + n[k];
  size_t work = 0;  // bytes compared by the verification
  PairResult result{nullptr, false};
  // Verifies the candidates (bits) of the span at p; true when the search is over.
  auto verify = [&](const unsigned char* p, uint64_t candidates) {
    for (; candidates; candidates &= candidates - 1) {
      const unsigned char* w = p + __builtin_ctzll(candidates);
      // Byte by byte, stopping at the first difference: a string's terminator differs
      // from every byte of n, so no byte past it is read.
      size_t t = 1;
      while (t < m && w[t] == n[t]) ++t;
      if (t == m) {
        result = {w, false};
        return true;
      }
      work += t;
      // Linear time: verification may cost as much as the bytes passed (and 256); past
      // that the candidates are dense, and two-way goes on from w.
      if (work > static_cast<size_t>(w - h) + 256) {
        result = {w, true};
        return true;
      }
    }
    return false;
  };
  auto* p = reinterpret_cast<const unsigned char*>(reinterpret_cast<uintptr_t>(h) &
                                                   ~uintptr_t{kSpan - 1});
  const unsigned char* last = kTerminated ? nullptr : end - m;  // the last window, bounded
  // A string's bytes before its terminator in a span: the marks of later bytes are masked
  // off, as they come from bytes that are not the haystack's.
  auto before_zero = [](uint64_t zeros) { return (uint64_t{1} << __builtin_ctzll(zeros)) - 1; };
  const uint64_t all = ~uint64_t{0};
  SpanMarks now = span_marks<kTerminated>(p, first, other, h, end);
  const uint64_t from_h = all << (h - p);
  now.first &= from_h;
  uint64_t before = all;  // now's bytes before a terminator
  if (kTerminated)        // (not now.zero: a join of bytes from outside h too)
    if (uint64_t zeros = span_zeros(p) & from_h) before = before_zero(zeros);
  now.first &= before;
  now.other &= before;
  for (;;) {
    // An edge span: p holds a byte of h.
    SpanMarks next{0, 0, false};
    uint64_t next_before = all;
    bool final_span;
    if (kTerminated) {
      final_span = before != all;
      if (!final_span) {
        next = span_marks<true>(p + kSpan, first, other);
        if (next.zero) {
          next_before = before_zero(span_zeros(p + kSpan));
          next.first &= next_before;
          next.other &= next_before;
        }
      }
    } else {
      final_span = p + kSpan > last;
      if (p + kSpan < end) next = span_marks<false>(p + kSpan, first, other, h, end);
    }
    uint64_t candidates = now.first & ((now.other >> k) | (next.other << (kSpan - k)));
    if (!kTerminated && final_span) candidates &= all >> (kSpan - 1 - (last - p));
    if (verify(p, candidates)) return result;
    if (final_span) return {nullptr, false};
    p += kSpan;
    now = next;
    before = next_before;
    if (before != all) continue;
    // The middle, from the span at p, while the spans at q and q + 64 are the haystack's
    // (a string's: hold no zero; bounded: every window of the span at q fits). The loads
    // of the bytes at i + k reach q + 95.
    const unsigned char* q = p;
    V blocks[kSpan / kWidth], following[kSpan / kWidth];  // a string's spans at q, q + 64
    if (kTerminated) {
      for (size_t b = 0; b < kSpan; b += kWidth) {
        blocks[b / kWidth] = load(q + b);
        following[b / kWidth] = load(q + kSpan + b);
      }
      V low = following[0];
      for (size_t b = kWidth; b < kSpan; b += kWidth) low = min(low, following[b / kWidth]);
      if (top_bits((V)(low == V{}))) continue;  // the edge goes on
    }
    for (;; q += kSpan) {
      V zero_ahead{}, ahead[kSpan / kWidth];
      if (kTerminated) {  // the span at q + 128: read, as the one before holds no zero
        for (size_t b = 0; b < kSpan; b += kWidth) ahead[b / kWidth] = load(q + 2 * kSpan + b);
        V low = ahead[0];
        for (size_t b = kWidth; b < kSpan; b += kWidth) low = min(low, ahead[b / kWidth]);
        zero_ahead = (V)(low == V{});
      } else if (q + kSpan - 1 > last) {
        break;
      } else {
        for (size_t b = 0; b < kSpan; b += kWidth) blocks[b / kWidth] = load(q + b);
      }
      V pairs[kSpan / kWidth], found = zero_ahead;
      for (size_t b = 0; b < kSpan; b += kWidth) {
        pairs[b / kWidth] =
            (V)(blocks[b / kWidth] == first) & (V)(load_unaligned(q + b + k) == other);
        found |= pairs[b / kWidth];
      }
      if (kTerminated) {
        for (size_t b = 0; b < kSpan; b += kWidth) {
          blocks[b / kWidth] = following[b / kWidth];
          following[b / kWidth] = ahead[b / kWidth];
        }
      }
      if (__builtin_expect(top_bits(found) == 0, 1)) continue;
      if (kTerminated && top_bits(zero_ahead)) break;  // the edge takes the span at q
      uint64_t bits = 0;
      for (size_t b = 0; b < kSpan; b += kWidth) bits |= uint64_t{top_bits(pairs[b / kWidth])} << b;
      if (verify(q, bits)) return result;
    }
    if (!kTerminated && q > last) return {nullptr, false};
    if (q != p) {
      p = q;
      now = span_marks<kTerminated>(p, first, other, h, end);  // a string's: no zero
    }
  }
}
