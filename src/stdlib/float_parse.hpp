// The strtod family's engine: decimal and hexadecimal text to float, double and the
// x87 80-bit long double, correctly rounded (round-to-nearest-even) from the exact value
// of the text whatever its length, with glibc 2.36's end pointers and ERANGE rules.
//
// No floating-point arithmetic anywhere (the result is assembled from bits, so x87 excess
// precision cannot double-round on i386), no heap, no static mutable state, no libc: the
// caller owns the digit buffer and stores errno.
//
// How: the significand is kept as decimal digits (at most as many as the longest exact
// halfway point between two neighbouring values of the format has, plus a "truncated"
// flag for any nonzero digit beyond) and scaled by powers of two until its integer part
// has 64 bits (Nigel Tao's "simple decimal conversion", as in Go's strconv); the rest is
// classified against one half and rounding is exact. Integers below 2^64 take a fast path,
// and so do doubles of at most 19 significant digits with a decimal exponent in
// [-342, 308] (Eisel-Lemire, integer only: a 128-bit product with a table of powers of
// five, src/stdlib/pow5_table.hpp, 10,416 bytes, written by tools/gen_pow5_table.py);
// subnormal and overflowing results still take the exact path.
//
// Stack: the digit buffer (kDigitBuffer<T>: 180 B float, 820 B double, 11,620 B long
// double) plus under 200 B of frames.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace sysgate::internal {

enum class FloatKind : uint8_t { kFloat, kDouble, kLongDouble };

// A result as bits. float and double: the IEEE pattern in `low`. long double: the 64-bit
// significand (explicit integer bit) in `low`, sign and 15-bit exponent in `high`.
struct FloatBits {
  uint64_t low = 0;
  uint16_t high = 0;
  bool range_error = false;  // glibc sets ERANGE: overflow, or tiny and inexact
};

// Digit buffers: the significant digits of the longest halfway point (112 for float, 767
// for double, about 11,500 for long double) with a margin, plus 20 bytes of shifting room.
template <class T>
inline constexpr size_t kDigitBuffer = sizeof(T) == 4   ? 180
                                       : sizeof(T) == 8 ? 820
                                                        : 11620;

// The significand as it is read, one character at a time: strtod feeds it from a string,
// scanf from its input stream (which cannot back up). Exact for any length.
class FloatText {
 public:
  // `buffer` holds the decimal digits (kDigitBuffer bytes for the kind to be produced).
  FloatText(uint8_t* buffer, size_t size, bool hex)
      : digits_(buffer), capacity_(size - kShiftRoom), hex_(hex) {}

  // A digit of the significand, in base 16 for hex text and 10 otherwise.
  void add_digit(unsigned value);
  // The radix point; only the first counts (the caller stops at a second one).
  void add_point() { after_point_ = true; }
  bool has_digits() const { return any_digit_; }
  // The value with the exponent that followed (of 10, or of 2 for hex), saturated by the
  // caller to +-kExponentLimit. Destroys the digits.
  FloatBits finish(FloatKind kind, bool negative, int64_t exponent);

  static constexpr size_t kShiftRoom = 20;

 private:
  uint8_t* digits_;
  size_t capacity_;
  bool hex_;
  bool after_point_ = false;
  bool any_digit_ = false;
  // Decimal: 0.d1d2...dn * 10^point_, digits beyond capacity_ only set truncated_.
  size_t count_ = 0;
  int64_t point_ = 0;
  bool truncated_ = false;
  // Hex: (mantissa_ + the first digit that did not fit / 16 + ...) * 2^binary_.
  uint64_t mantissa_ = 0;
  int64_t binary_ = 0;
  bool extra_ = false;
  unsigned first_extra_ = 0;
  bool sticky_ = false;
};

// Exponents in the text are saturated here: far beyond any format, far from overflow.
inline constexpr int64_t kExponentLimit = 1000000000;

// Adds one decimal digit to a saturating exponent magnitude.
inline int64_t add_exponent_digit(int64_t e, unsigned digit) {
  return e >= kExponentLimit ? kExponentLimit : e * 10 + digit;
}

FloatBits infinity_bits(FloatKind kind, bool negative);
// glibc's NaN: quiet, the sign of the text, `payload` in the fraction bits below the quiet
// bit (masked to fit).
FloatBits nan_bits(FloatKind kind, bool negative, uint64_t payload);
FloatBits zero_bits(FloatKind kind, bool negative);

// strtod itself: skips C-locale white space; reads a sign, then inf/infinity, nan,
// nan(n-char-sequence), a hex float (0x, optional point and p exponent) or a decimal float.
// *end is the first byte not used (s when there was no number). `buffer` as for FloatText.
FloatBits parse_float(const char* s, const char** end, FloatKind kind, uint8_t* buffer,
                      size_t size);

template <class T>
inline constexpr FloatKind kind_of = sizeof(T) == 4   ? FloatKind::kFloat
                                     : sizeof(T) == 8 ? FloatKind::kDouble
                                                      : FloatKind::kLongDouble;

template <class T>
T from_bits(const FloatBits& bits) {
  if constexpr (sizeof(T) == 4) {
    return __builtin_bit_cast(T, static_cast<uint32_t>(bits.low));
  } else if constexpr (sizeof(T) == 8) {
    return __builtin_bit_cast(T, bits.low);
  } else {
    // 12 bytes on i386, 16 on x86_64: only the first 10 are the value. Loading them into
    // the x87 stack (the return register) is exact.
    T result = 0;
    __builtin_memcpy(&result, &bits.low, 8);
    __builtin_memcpy(reinterpret_cast<char*>(&result) + 8, &bits.high, 2);
    return result;
  }
}

inline constexpr int kErange = 34;  // Linux's ERANGE (asm-generic/errno-base.h)

// The body of strtof, strtod and strtold: `error` is errno, written only on ERANGE.
template <class T>
T string_to_float(const char* s, char** end, int& error) {
  uint8_t buffer[kDigitBuffer<T>];
  const char* stop;
  FloatBits bits = parse_float(s, &stop, kind_of<T>, buffer, sizeof buffer);
  if (end) *end = const_cast<char*>(stop);
  if (bits.range_error) error = kErange;
  return from_bits<T>(bits);
}

}  // namespace sysgate::internal
