// The scan kernel, included twice by arch_string_scan.hpp (so no include guard): in
// namespace sse2 (16-byte blocks) and in namespace avx2 under #pragma GCC
// target("avx2") (32-byte blocks). The including namespace defines V (the block) and
// top_bits (pmovmskb).

inline constexpr size_t kWidth = sizeof(V);
inline constexpr size_t kChunk = 4 * kWidth;

inline V load(const unsigned char* p) { return *reinterpret_cast<const V*>(p); }
inline V min(V a, V b) { return a < b ? a : b; }  // pminub
// Each transform: its marks (apply), how two blocks of marks join, and the mask of them.
inline V apply(Zero, V b, V) { return b; }
inline V apply(Equal, V b, V c) { return (V)(b == c); }
inline V apply(EqualOrZero, V b, V c) { return min(b ^ c, b); }
inline V join(Zero, V a, V b) { return min(a, b); }
inline V join(Equal, V a, V b) { return a | b; }
inline V join(EqualOrZero, V a, V b) { return min(a, b); }
inline unsigned mask(Zero, V v) { return top_bits((V)(v == V{})); }
inline unsigned mask(Equal, V v) { return top_bits(v); }
inline unsigned mask(EqualOrZero, V v) { return top_bits((V)(v == V{})); }
inline bool aligned(const unsigned char* p, size_t to) {
  return (reinterpret_cast<uintptr_t>(p) & (to - 1)) == 0;
}
// The hits in the two blocks at p (aligned to two blocks), one bit per byte.
template <typename T>
inline uint64_t pair(T t, const unsigned char* p, V want) {
  return mask(t, apply(t, load(p), want)) | uint64_t{mask(t, apply(t, load(p + kWidth), want))}
                                                << kWidth;
}
// The hit in the chunk at p that the join found.
template <typename T>
inline const unsigned char* locate(T t, const unsigned char* p, V a, V b, V c, V d) {
  if (unsigned m = mask(t, a)) return p + __builtin_ctz(m);
  if (unsigned m = mask(t, b)) return p + kWidth + __builtin_ctz(m);
  if (unsigned m = mask(t, c)) return p + 2 * kWidth + __builtin_ctz(m);
  return p + 3 * kWidth + __builtin_ctz(mask(t, d));
}

// The offset of the first hit from s; there must be one. The two blocks holding s, the
// next two if that reaches a chunk boundary, then chunks.
template <typename T>
[[gnu::noinline]] size_t find(const void* s, T t) {
  const V want = V{} + t.c;
  auto* start = static_cast<const unsigned char*>(s);
  auto* p = reinterpret_cast<const unsigned char*>(reinterpret_cast<uintptr_t>(s) &
                                                   ~uintptr_t{2 * kWidth - 1});
  if (uint64_t m = pair(t, p, want) >> (start - p)) return __builtin_ctzll(m);
  p += 2 * kWidth;
  if (!aligned(p, kChunk)) {
    if (uint64_t m = pair(t, p, want)) return p + __builtin_ctzll(m) - start;
    p += 2 * kWidth;
  }
  for (;; p += kChunk) {
    V a = apply(t, load(p), want), b = apply(t, load(p + kWidth), want);
    V c = apply(t, load(p + 2 * kWidth), want), d = apply(t, load(p + 3 * kWidth), want);
    if (mask(t, join(t, join(t, a, b), join(t, c, d)))) return locate(t, p, a, b, c, d) - start;
  }
}

// The first hit in [s, s + n), or null; n > 0.
template <typename T>
[[gnu::noinline]] const unsigned char* find(const void* s, size_t n, T t) {
  const V want = V{} + t.c;
  auto* start = static_cast<const unsigned char*>(s);
  if (n <= 2 * kWidth) {
    // A short range: the (at most three) aligned blocks that hold it, each loaded only if
    // it holds a byte of the range. Aligning to a pair, as below, costs two pairs whenever
    // s is not pair-aligned.
    const unsigned char* end = start + n;
    auto* b = reinterpret_cast<const unsigned char*>(reinterpret_cast<uintptr_t>(s) &
                                                     ~uintptr_t{kWidth - 1});
    unsigned m = mask(t, apply(t, load(b), want)) & (~0u << (start - b));
    while (m == 0) {
      b += kWidth;
      if (b >= end) return nullptr;
      m = mask(t, apply(t, load(b), want));
    }
    const unsigned char* hit = b + __builtin_ctz(m);
    return hit < end ? hit : nullptr;
  }
  // n = SIZE_MAX is a common "no bound": keep the end from wrapping.
  size_t room = UINTPTR_MAX - reinterpret_cast<uintptr_t>(start);
  const unsigned char* end = start + (n < room ? n : room);
  auto* p = reinterpret_cast<const unsigned char*>(reinterpret_cast<uintptr_t>(s) &
                                                   ~uintptr_t{2 * kWidth - 1});
  uint64_t m = pair(t, p, want) >> (start - p);
  if (n < 2 * kWidth) m &= (uint64_t{1} << n) - 1;  // (bits past the pair are zero anyway)
  if (m) return start + __builtin_ctzll(m);
  p += 2 * kWidth;
  if (p >= end) return nullptr;
  if (!aligned(p, kChunk)) {
    if ((m = pair(t, p, want))) goto tail;
    p += 2 * kWidth;
  }
  if (p >= end) return nullptr;
  for (size_t chunks = static_cast<size_t>(end - p) / kChunk; chunks; --chunks, p += kChunk) {
    V a = apply(t, load(p), want), b = apply(t, load(p + kWidth), want);
    V c = apply(t, load(p + 2 * kWidth), want), d = apply(t, load(p + 3 * kWidth), want);
    if (mask(t, join(t, join(t, a, b), join(t, c, d)))) return locate(t, p, a, b, c, d);
  }
  for (; p < end; p += 2 * kWidth)  // the last pairs: each starts before the end
    if ((m = pair(t, p, want))) goto tail;
  return nullptr;
tail:  // the first hit in the pair at p, which starts before the end
  const unsigned char* hit = p + __builtin_ctzll(m);
  return hit < end ? hit : nullptr;
}
