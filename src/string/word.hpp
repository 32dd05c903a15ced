// Word-at-a-time helpers for the string functions.
//
// A "block" is what one aligned load reads: 16 bytes where the compiler targets SSE2
// (every x86_64), else one machine word (i386 may not assume SSE2). An aligned load
// never crosses a page, so reading a whole block around the first or last byte of a
// string is safe even when the neighbouring page is unmapped; the loads go through
// may_alias types because they read char arrays as wider objects.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace sysgate::string {

using Word = unsigned long;
typedef Word AliasWord __attribute__((__may_alias__));
// 16 bytes; moved at unaligned addresses only through __builtin_memcpy (g++ 12 keeps
// the vector's 16-byte alignment through an aligned(1) typedef and emits movdqa).
typedef unsigned char Vector16 __attribute__((__vector_size__(16)));

inline constexpr Word kOnes = ~Word{0} / 0xff;
inline constexpr Word kHighs = kOnes * 0x80;

// The high bit of each byte of w that is zero; the lowest set bit is exact (bits above
// a zero byte may be set falsely through the borrow).
constexpr Word zero_bytes(Word w) { return (w - kOnes) & ~w & kHighs; }
constexpr bool has_zero(Word w) { return zero_bytes(w) != 0; }

#ifdef __SSE2__
typedef unsigned char Block __attribute__((__vector_size__(16), __may_alias__));
using ByteVector [[gnu::vector_size(16)]] = char;
inline constexpr size_t kBlock = 16;
using Mask = unsigned;
inline constexpr unsigned kMaskBitsPerByte = 1;

inline Block splat(unsigned char c) { return Block{} + c; }

// Bit i set where byte i of the aligned block at p equals `want` (or is zero, for
// match_or_zero), the first `skip` bytes (before the string starts) left out.
inline Mask match(const unsigned char* p, Block want, size_t skip = 0) {
  Block b = *reinterpret_cast<const Block*>(p);
  return static_cast<Mask>(__builtin_ia32_pmovmskb128((ByteVector)(b == want))) >> skip;
}
// Whether any byte of the four aligned blocks at p equals `want`: one test for 64 bytes.
inline bool any4(const unsigned char* p, Block want) {
  auto* b = reinterpret_cast<const Block*>(p);
  auto hit = (b[0] == want) | (b[1] == want) | (b[2] == want) | (b[3] == want);
  return __builtin_ia32_pmovmskb128((ByteVector)hit) != 0;
}
inline Mask match_or_zero(const unsigned char* p, Block want, size_t skip = 0) {
  Block b = *reinterpret_cast<const Block*>(p);
  return static_cast<Mask>(
             __builtin_ia32_pmovmskb128((ByteVector)((b == want) | (b == Block{})))) >>
         skip;
}
#else
using Block = Word;
inline constexpr size_t kBlock = sizeof(Word);
using Mask = Word;
inline constexpr unsigned kMaskBitsPerByte = 8;

inline Block splat(unsigned char c) { return kOnes * c; }

// The skipped bytes are made non-zero before the borrow trick, not shifted away after
// it: a match there could otherwise borrow into, and falsely mark, the first real byte.
inline Word skipped(size_t skip) { return (Word{1} << (8 * skip)) - 1; }
inline Mask match(const unsigned char* p, Block want, size_t skip = 0) {
  Word w = *reinterpret_cast<const AliasWord*>(p) ^ want;
  return zero_bytes(w | skipped(skip)) >> (8 * skip);
}
// As has_zero's test, exact as a yes/no: any byte of the four words at p equal to `want`.
inline bool any4(const unsigned char* p, Block want) {
  auto* w = reinterpret_cast<const AliasWord*>(p);
  return (zero_bytes(w[0] ^ want) | zero_bytes(w[1] ^ want) | zero_bytes(w[2] ^ want) |
          zero_bytes(w[3] ^ want)) != 0;
}
inline Mask match_or_zero(const unsigned char* p, Block want, size_t skip = 0) {
  Word w = *reinterpret_cast<const AliasWord*>(p);
  Word fill = skipped(skip);
  return (zero_bytes((w ^ want) | fill) | zero_bytes(w | fill)) >> (8 * skip);
}
#endif

// The index of the first matching byte of a non-zero mask.
inline size_t first(Mask m) { return static_cast<size_t>(__builtin_ctzl(m)) / kMaskBitsPerByte; }

// Four blocks at a 4-block boundary: never across a page (64 or 16 bytes divide 4096).
inline constexpr size_t kQuad = 4 * kBlock;
inline bool quad_aligned(const unsigned char* p) {
  return (reinterpret_cast<uintptr_t>(p) & (kQuad - 1)) == 0;
}

inline const unsigned char* align_down(const void* p) {
  return reinterpret_cast<const unsigned char*>(reinterpret_cast<uintptr_t>(p) &
                                                ~uintptr_t{kBlock - 1});
}

}  // namespace sysgate::string
