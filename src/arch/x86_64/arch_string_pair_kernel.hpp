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
template <bool kZero>
inline SpanMarks span_marks(const unsigned char* p, V first, V other) {
  SpanMarks r{0, 0, false};
  V low = load(p);
  for (size_t b = 0; b < kSpan; b += kWidth) {
    V v = load(p + b);
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
// string (and n holds no zero); else h has end - h >= m bytes.
template <bool kTerminated>
[[gnu::noinline]] PairResult find_pair(const unsigned char* h, const unsigned char* end,
                                       const unsigned char* n, size_t m, size_t k) {
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
  SpanMarks now = span_marks<kTerminated>(p, first, other);
  const uint64_t from_h = ~uint64_t{0} << (h - p);
  now.first &= from_h;
  uint64_t zeros = kTerminated && now.zero ? span_zeros(p) & from_h : 0;
  for (;;) {
    // An edge span: p holds a byte of h; a string's holds no zero before h or zeros
    // marks them.
    SpanMarks next{0, 0, false};
    uint64_t candidates;
    bool final_span;
    if (kTerminated) {
      final_span = zeros != 0;
      if (!final_span) next = span_marks<true>(p + kSpan, first, other);
      candidates = now.first & ((now.other >> k) | (next.other << (kSpan - k)));
      if (final_span) candidates &= (zeros - 1) & ~zeros;  // the windows before the zero
    } else {
      final_span = p + kSpan > last;
      if (p + kSpan < end) next = span_marks<false>(p + kSpan, first, other);
      candidates = now.first & ((now.other >> k) | (next.other << (kSpan - k)));
      if (final_span) candidates &= ~uint64_t{0} >> (kSpan - 1 - (last - p));
    }
    if (verify(p, candidates)) return result;
    if (final_span) return {nullptr, false};
    p += kSpan;
    now = next;
    zeros = kTerminated && now.zero ? span_zeros(p) : 0;
    if (zeros) continue;
    // The middle, from the span at p (a string's holds no zero): while the bytes up to
    // p + 64 + 32 are the haystack's.
    const unsigned char* q = p;
    for (;; q += kSpan) {
      V zero_next{};
      if (kTerminated) {
        V low = load(q + kSpan);
        for (size_t b = kWidth; b < kSpan; b += kWidth) low = min(low, load(q + kSpan + b));
        zero_next = (V)(low == V{});
      } else if (q + kSpan - 1 > last) {
        break;
      }
      V pairs[kSpan / kWidth], found = zero_next;
      for (size_t b = 0; b < kSpan; b += kWidth) {
        pairs[b / kWidth] = (V)(load(q + b) == first) & (V)(load_unaligned(q + b + k) == other);
        found |= pairs[b / kWidth];
      }
      if (!top_bits(found)) continue;
      if (kTerminated && top_bits(zero_next)) break;  // the edge takes the span at q
      uint64_t bits = 0;
      for (size_t b = 0; b < kSpan; b += kWidth) bits |= uint64_t{top_bits(pairs[b / kWidth])} << b;
      if (verify(q, bits)) return result;
    }
    if (!kTerminated && q > last) return {nullptr, false};
    if (q != p) {
      p = q;
      now = span_marks<kTerminated>(p, first, other);
      zeros = 0;  // a string's span at q held no zero: the span before looked
    }
  }
}
