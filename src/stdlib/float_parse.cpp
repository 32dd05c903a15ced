// The strtod engine (see float_parse.hpp): decimal digits scaled by powers of two, then
// one exact rounding shared by the decimal and the hex paths.
#include "src/stdlib/float_parse.hpp"

#include "src/stdlib/pow5_table.hpp"

namespace sysgate::internal {
namespace {

struct Format {
  int precision;      // significand bits, the integer bit included
  int min_exponent;   // of the smallest normal: 2^min_exponent
  int max_exponent;   // of the largest finite
  bool explicit_bit;  // the x87 format stores its integer bit
  // Decimal texts 0.d * 10^point with point <= zero_point round to zero (below half the
  // smallest subnormal); point >= huge_point overflows.
  int zero_point;
  int huge_point;
};

constexpr Format kFormats[] = {
    {24, -126, 127, false, -46, 40},
    {53, -1022, 1023, false, -324, 310},
    {64, -16382, 16383, true, -4951, 4934},
};

// What was cut off below the last kept bit, relative to one unit of that bit.
enum Lost : uint8_t { kExact, kBelowHalf, kHalf, kAboveHalf };

// rem out of a unit whose half is `half`, with `sticky` for anything further down.
Lost classify(uint64_t rem, uint64_t half, bool sticky) {
  if (rem > half) return kAboveHalf;
  if (rem == half) return sticky ? kAboveHalf : kHalf;
  return rem == 0 && !sticky ? kExact : kBelowHalf;
}

FloatBits make_bits(FloatKind kind, bool negative, uint64_t magnitude, uint16_t exponent) {
  FloatBits bits;
  switch (kind) {
    case FloatKind::kFloat:
      bits.low = magnitude | (uint64_t{negative} << 31);
      break;
    case FloatKind::kDouble:
      bits.low = magnitude | (uint64_t{negative} << 63);
      break;
    case FloatKind::kLongDouble:
      bits.low = magnitude;
      bits.high = static_cast<uint16_t>(exponent | (negative ? 0x8000 : 0));
      break;
  }
  return bits;
}

struct Rounded {
  uint64_t q;
  Lost lost;
};

// m (top bit set) with `lost` below it, shifted right by `shift` bits and rounded to
// nearest even. q may carry into one bit more than the kept ones.
Rounded round_shift(uint64_t m, Lost lost, int64_t shift) {
  uint64_t q;
  Lost l;
  if (shift == 0) {
    q = m;
    l = lost;
  } else if (shift > 64) {
    q = 0;
    l = kBelowHalf;  // m < 2^64 <= half a unit of 2^shift
  } else {
    q = shift == 64 ? 0 : m >> shift;
    uint64_t rem = shift == 64 ? m : m & ((uint64_t{1} << shift) - 1);
    l = classify(rem, uint64_t{1} << (shift - 1), lost != kExact);
  }
  if (l == kAboveHalf || (l == kHalf && (q & 1))) ++q;  // may wrap to 0 when shift == 0
  return {q, l};
}

// Whether glibc's round_and_return (stdlib/strtod_l.c) sees a tiny result as inexact and
// sets ERANGE. It shifts the precision-bit significand M right and looks at the new round
// bit, the bits of M below it and "more_bits" (the bits below the round bit of the
// full-precision rounding), but never at that first round bit itself: a value whose only
// discarded 1 bit is the one just below M is exact to glibc (no ERANGE), though the
// result is inexact. (Measured against glibc 2.36; correctly rounded results either way.)
bool glibc_tiny_inexact(int precision, uint64_t m, Lost lost, int64_t shift) {
  if (shift > precision) return true;  // glibc: "exponent < MIN_EXP - 1 - MANT_DIG"
  bool more;
  uint64_t significand;
  if (precision == 64) {
    significand = m;
    more = lost == kBelowHalf || lost == kAboveHalf;
  } else {
    significand = m >> (64 - precision);
    more = (m & ((uint64_t{1} << (63 - precision)) - 1)) != 0 || lost != kExact;
  }
  // The new round bit and everything below it in M.
  const uint64_t mask = shift >= 64 ? ~uint64_t{0} : (uint64_t{1} << shift) - 1;
  return (significand & mask) != 0 || more;
}

// (m + lost) * 2^e2, m nonzero, correctly rounded into `kind`, with glibc's ERANGE rule:
// overflow, or a result tiny after rounding (x86 detects tininess after rounding) and
// inexact.
FloatBits round_to(FloatKind kind, bool negative, uint64_t m, int64_t e2, Lost lost) {
  const Format& f = kFormats[static_cast<int>(kind)];
  if (lost == kExact) {
    int z = __builtin_clzll(m);
    m <<= z;
    e2 -= z;
  }
  const int64_t e = e2 + 63;  // the value is in [2^e, 2^(e+1))
  if (e > f.max_exponent) {
    FloatBits bits = infinity_bits(kind, negative);
    bits.range_error = true;
    return bits;
  }
  const bool tiny_before = e < f.min_exponent;
  int64_t shift = 64 - f.precision;
  if (tiny_before) shift += f.min_exponent - e;
  Rounded r = round_shift(m, lost, shift);
  bool tiny = tiny_before;
  if (tiny && e == f.min_exponent - 1) {
    // Rounded to the full precision the value would reach 2^min_exponent: not tiny.
    Rounded full = round_shift(m, lost, 64 - f.precision);
    if (f.precision == 64 ? full.q == 0 : full.q == uint64_t{1} << f.precision) tiny = false;
  }
  FloatBits bits;
  if (f.explicit_bit) {
    uint64_t q = r.q;
    int64_t biased = tiny_before ? 0 : e - f.min_exponent + 1;
    if (!tiny_before && q == 0) {  // 0xffff...f rounded up
      q = uint64_t{1} << 63;
      ++biased;
    } else if (tiny_before && q == uint64_t{1} << 63) {
      biased = 1;  // rounded up to the smallest normal
    }
    if (biased >= 0x7fff) {
      bits = infinity_bits(kind, negative);
      bits.range_error = true;
      return bits;
    }
    bits = make_bits(kind, negative, q, static_cast<uint16_t>(biased));
  } else {
    // Normal: the exponent field is e - min_exponent + 1 and q has its integer bit at
    // precision - 1, so adding them carries a rounded-up significand into the exponent.
    // Subnormal: the field is 0 and q < 2^(precision-1), or equal when rounded up to the
    // smallest normal, which the same sum encodes.
    const int p = f.precision - 1;
    uint64_t magnitude = tiny_before ? r.q : (static_cast<uint64_t>(e - f.min_exponent) << p) + r.q;
    const uint64_t infinity = static_cast<uint64_t>(f.max_exponent - f.min_exponent + 2) << p;
    if (magnitude >= infinity) {
      bits = infinity_bits(kind, negative);
      bits.range_error = true;
      return bits;
    }
    bits = make_bits(kind, negative, magnitude, 0);
  }
  bits.range_error = tiny && glibc_tiny_inexact(f.precision, m, lost, f.min_exponent - e);
  return bits;
}

// floor(i * log2(10)): shifting 0.d * 10^i right by this many bits leaves it below 2.
constexpr uint8_t kPow10Bits[] = {1,  3,  6,  9,  13, 16, 19, 23, 26, 29,
                                  33, 36, 39, 43, 46, 49, 53, 56, 59};
constexpr unsigned kMaxShift = 59;  // keeps the 64-bit accumulators below 10 * 2^60

// 0.d1..dn * 10^point with digits d[0..n), each 0..9.
struct Decimal {
  uint8_t* d;
  size_t capacity;
  size_t count;
  int64_t point;
  bool truncated;

  void trim() {
    while (count > 0 && d[count - 1] == 0) --count;
  }

  // Divides by 2^k (k <= kMaxShift): long division from the top digit down.
  void right_shift(unsigned k) {
    size_t r = 0, w = 0;
    uint64_t n = 0;
    for (; (n >> k) == 0; ++r) {
      if (r >= count) {
        if (n == 0) {
          count = 0;
          return;
        }
        while ((n >> k) == 0) {
          n *= 10;
          ++r;
        }
        break;
      }
      n = n * 10 + d[r];
    }
    point -= static_cast<int64_t>(r) - 1;
    const uint64_t mask = (uint64_t{1} << k) - 1;
    for (; r < count; ++r) {  // w < r: the write never overtakes the read
      unsigned c = d[r];
      d[w++] = static_cast<uint8_t>(n >> k);
      n = (n & mask) * 10 + c;
    }
    while (n > 0) {
      unsigned digit = static_cast<unsigned>(n >> k);
      n &= mask;
      if (w < capacity) {
        d[w++] = static_cast<uint8_t>(digit);
      } else if (digit > 0) {
        truncated = true;
      }
      n *= 10;
    }
    count = w;
    trim();
  }

  // Multiplies by 2^k (k <= kMaxShift): from the bottom digit up, writing kShiftRoom
  // places higher (the product has at most 19 more digits), then moving down.
  void left_shift(unsigned k) {
    constexpr size_t room = FloatText::kShiftRoom - 1;
    size_t r = count, w = count + room;
    uint64_t n = 0;
    while (r > 0) {
      n += uint64_t{d[--r]} << k;
      uint64_t quotient = n / 10;
      d[--w] = static_cast<uint8_t>(n - quotient * 10);
      n = quotient;
    }
    while (n > 0) {
      uint64_t quotient = n / 10;
      d[--w] = static_cast<uint8_t>(n - quotient * 10);
      n = quotient;
    }
    size_t total = count + room - w;
    point += static_cast<int64_t>(total - count);
    if (total > capacity) {
      for (size_t i = w + capacity; i < w + total; ++i) truncated |= d[i] != 0;
      total = capacity;
    }
    __builtin_memmove(d, d + w, total);
    count = total;
    trim();
  }
};

// a * b, all 128 bits.
struct Product {
  uint64_t high, low;
};
Product multiply(uint64_t a, uint64_t b) {
#ifdef __SIZEOF_INT128__
  unsigned __int128 p = static_cast<unsigned __int128>(a) * b;
  return {static_cast<uint64_t>(p >> 64), static_cast<uint64_t>(p)};
#else
  uint64_t a0 = static_cast<uint32_t>(a), a1 = a >> 32;
  uint64_t b0 = static_cast<uint32_t>(b), b1 = b >> 32;
  uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  // At most (2^32-1)^2 + 2 (2^32-1) = 2^64-1: no carry is lost.
  uint64_t middle = p10 + (p00 >> 32) + static_cast<uint32_t>(p01);
  return {p11 + (middle >> 32) + (p01 >> 32), (middle << 32) | static_cast<uint32_t>(p00)};
#endif
}

// Eisel-Lemire, for a double w * 10^q with w the exact decimal significand (nonzero,
// below 2^64: at most 19 digits, none dropped): w times the 128-bit truncated 5^q
// (pow5_table.hpp) gives the 55 leading bits of the value, enough to round to nearest
// even with no fallback for such w (Mushtak and Lemire, "Fast number parsing without
// fallback", 2023; as fast_float does). Exact halfway cases can only occur for q in
// [-4, 23], where the product is exact and the tie is seen. Returns false for what it
// leaves to the exact path: q outside the table, a subnormal or overflowing result
// (glibc's ERANGE rules live there).
bool eisel_lemire(uint64_t w, int64_t q, bool negative, FloatBits& out) {
  if (q < kPow5Smallest || q > kPow5Largest) return false;
  int lz = __builtin_clzll(w);
  w <<= lz;
  const uint64_t* t = &kPow5[2 * (q - kPow5Smallest)];
  Product p = multiply(w, t[0]);
  if ((p.high & 0x1ff) == 0x1ff) {  // the 9 bits below the 55 may carry: add w * low
    uint64_t second = multiply(w, t[1]).high;
    p.low += second;
    if (second > p.low) ++p.high;
  }
  int upper = static_cast<int>(p.high >> 63);
  int shift = upper + 9;
  uint64_t mantissa = p.high >> shift;
  // floor(q * log2(10)) + 63 (217706 / 2^16 is log2(10) closely enough for |q| <= 342).
  int64_t biased = ((217706 * q) >> 16) + 63 + upper - lz + 1023;
  if (biased <= 0) return false;
  if (p.low <= 1 && q >= -4 && q <= 23 && (mantissa & 3) == 1 && (mantissa << shift) == p.high) {
    mantissa &= ~uint64_t{1};  // exactly halfway, and the lower neighbour is even
  }
  mantissa += mantissa & 1;
  mantissa >>= 1;
  if (mantissa >= uint64_t{2} << 52) {
    mantissa = uint64_t{1} << 52;
    ++biased;
  }
  if (biased >= 0x7ff) return false;
  mantissa &= ~(uint64_t{1} << 52);
  out =
      make_bits(FloatKind::kDouble, negative, (static_cast<uint64_t>(biased) << 52) | mantissa, 0);
  return true;
}

FloatBits decimal_to_float(FloatKind kind, bool negative, Decimal& dec) {
  const Format& f = kFormats[static_cast<int>(kind)];
  dec.trim();
  if (dec.count == 0) return zero_bits(kind, negative);
  if (dec.point <= f.zero_point) {
    FloatBits bits = zero_bits(kind, negative);
    bits.range_error = true;
    return bits;
  }
  if (dec.point >= f.huge_point) {
    FloatBits bits = infinity_bits(kind, negative);
    bits.range_error = true;
    return bits;
  }
  // Fast path: an integer below 2^64 (at most 19 digits and no fraction).
  if (dec.point > 0 && dec.point <= 19 && dec.count <= static_cast<size_t>(dec.point) &&
      !dec.truncated) {
    uint64_t m = 0;
    for (int64_t i = 0; i < dec.point; ++i) m = m * 10 + (i < int64_t(dec.count) ? dec.d[i] : 0);
    return round_to(kind, negative, m, 0, kExact);
  }
  if (kind == FloatKind::kDouble && dec.count <= 19 && !dec.truncated) {
    uint64_t w = 0;
    for (size_t i = 0; i < dec.count; ++i) w = w * 10 + dec.d[i];
    FloatBits bits;
    if (eisel_lemire(w, dec.point - static_cast<int64_t>(dec.count), negative, bits)) return bits;
  }
  // Scale into [1/2, 1), then by 2^64: the integer part is the 64-bit significand.
  int64_t exponent = 0;
  while (dec.point > 0) {
    unsigned n = dec.point >= 19 ? kMaxShift : kPow10Bits[dec.point];
    dec.right_shift(n);
    exponent += n;
  }
  while (dec.point < 0 || (dec.point == 0 && dec.d[0] < 5)) {
    unsigned n = -dec.point >= 19 ? kMaxShift : kPow10Bits[-dec.point];
    dec.left_shift(n);
    exponent -= n;
  }
  dec.left_shift(32);
  dec.left_shift(32);
  exponent -= 64;
  uint64_t m = 0;
  for (int64_t i = 0; i < dec.point; ++i)
    m = m * 10 + (i < static_cast<int64_t>(dec.count) ? dec.d[i] : 0);
  Lost lost;
  size_t first = static_cast<size_t>(dec.point);
  if (first >= dec.count) {
    lost = dec.truncated ? kBelowHalf : kExact;
  } else if (dec.d[first] != 5) {
    lost = dec.d[first] > 5 ? kAboveHalf : kBelowHalf;
  } else {
    lost = first + 1 == dec.count && !dec.truncated ? kHalf : kAboveHalf;
  }
  return round_to(kind, negative, m, exponent, lost);
}

constexpr char lower(char c) { return static_cast<char>(c | 0x20); }

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

unsigned hex_value(char c) {
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
  char l = lower(c);
  if (l >= 'a' && l <= 'f') return static_cast<unsigned>(l - 'a' + 10);
  return 16;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// glibc's nan(n-char-sequence) payload: strtoull(s, &e, 0) must use the whole sequence
// [s, stop). Returns false when it does not; `overflow` as strtoull's ERANGE.
bool nan_payload(const char* s, const char* stop, uint64_t& value, bool& overflow) {
  unsigned base = 10;
  const char* p = s;
  if (p[0] == '0' && lower(p[1]) == 'x' && hex_value(p[2]) < 16) {
    base = 16;
    p += 2;
  } else if (p[0] == '0') {
    base = 8;
  }
  value = 0;
  overflow = false;
  const char* digits = p;
  for (unsigned d; p < stop && (d = hex_value(*p)) < base; ++p) {
    if (value > (~uint64_t{0} - d) / base) {
      overflow = true;
      value = ~uint64_t{0};
    } else if (!overflow) {
      value = value * base + d;
    }
  }
  if (p == digits) return s == stop;  // strtoull read nothing: end = s
  return p == stop;
}

}  // namespace

void FloatText::add_digit(unsigned value) {
  any_digit_ = true;
  if (hex_) {
    if (!extra_ && mantissa_ < (uint64_t{1} << 60)) {
      mantissa_ = mantissa_ * 16 + value;
      if (after_point_) binary_ -= 4;
      return;
    }
    if (!extra_) {
      extra_ = true;
      first_extra_ = value;
    } else if (value != 0) {
      sticky_ = true;
    }
    if (!after_point_) binary_ += 4;
    return;
  }
  if (value == 0 && count_ == 0) {  // a leading zero only moves the point
    if (after_point_) --point_;
    return;
  }
  if (count_ < capacity_) {
    digits_[count_++] = static_cast<uint8_t>(value);
  } else if (value != 0) {
    truncated_ = true;
  }
  if (!after_point_) ++point_;
}

FloatBits FloatText::finish(FloatKind kind, bool negative, int64_t exponent) {
  if (!hex_) {
    Decimal dec{digits_, capacity_, count_, point_ + exponent, truncated_};
    return decimal_to_float(kind, negative, dec);
  }
  if (mantissa_ == 0) return zero_bits(kind, negative);
  uint64_t m = mantissa_;
  int64_t e2 = binary_ + exponent;
  Lost lost = kExact;
  if (extra_) {
    // Fill m up to 64 bits from the first digit that did not fit; the rest is `lost`.
    int z = __builtin_clzll(m);  // 0..3: m >= 2^60
    m = (m << z) | (first_extra_ >> (4 - z));
    e2 -= z;
    lost = classify(first_extra_ & ((1u << (4 - z)) - 1), uint64_t{1} << (3 - z), sticky_);
  }
  return round_to(kind, negative, m, e2, lost);
}

FloatBits infinity_bits(FloatKind kind, bool negative) {
  switch (kind) {
    case FloatKind::kFloat:
      return make_bits(kind, negative, 0x7f800000, 0);
    case FloatKind::kDouble:
      return make_bits(kind, negative, 0x7ff0000000000000, 0);
    case FloatKind::kLongDouble:
      break;
  }
  return make_bits(kind, negative, uint64_t{1} << 63, 0x7fff);
}

FloatBits nan_bits(FloatKind kind, bool negative, uint64_t payload) {
  switch (kind) {
    case FloatKind::kFloat:
      return make_bits(kind, negative, 0x7fc00000 | (payload & 0x3fffff), 0);
    case FloatKind::kDouble:
      return make_bits(kind, negative, 0x7ff8000000000000 | (payload & ((uint64_t{1} << 51) - 1)),
                       0);
    case FloatKind::kLongDouble:
      break;
  }
  return make_bits(kind, negative, (uint64_t{3} << 62) | (payload & ((uint64_t{1} << 62) - 1)),
                   0x7fff);
}

FloatBits zero_bits(FloatKind kind, bool negative) { return make_bits(kind, negative, 0, 0); }

FloatBits parse_float(const char* s, const char** end, FloatKind kind, uint8_t* buffer,
                      size_t size) {
  const char* p = s;
  while (is_space(*p)) ++p;
  const bool negative = *p == '-';
  if (*p == '-' || *p == '+') ++p;

  if (lower(p[0]) == 'i' && lower(p[1]) == 'n' && lower(p[2]) == 'f') {
    p += 3;
    if (lower(p[0]) == 'i' && lower(p[1]) == 'n' && lower(p[2]) == 'i' && lower(p[3]) == 't' &&
        lower(p[4]) == 'y')
      p += 5;
    *end = p;
    return infinity_bits(kind, negative);
  }
  if (lower(p[0]) == 'n' && lower(p[1]) == 'a' && lower(p[2]) == 'n') {
    p += 3;
    uint64_t payload = 0;
    bool overflow = false;
    if (*p == '(') {
      const char* q = p + 1;
      while (hex_value(*q) < 16 || (lower(*q) >= 'a' && lower(*q) <= 'z') || *q == '_') ++q;
      if (*q == ')') {
        if (!nan_payload(p + 1, q, payload, overflow)) payload = 0;
        p = q + 1;
      }
    }
    *end = p;
    FloatBits bits = nan_bits(kind, negative, payload);
    bits.range_error = overflow;
    return bits;
  }

  const bool hex = p[0] == '0' && lower(p[1]) == 'x';
  FloatText text(buffer, size, hex);
  const char* start = p;
  if (hex) p += 2;
  const unsigned base = hex ? 16 : 10;
  bool point = false;
  for (;; ++p) {
    unsigned d = hex_value(*p);
    if (d < base) {
      text.add_digit(d);
    } else if (*p == '.' && !point) {
      point = true;
      text.add_point();
    } else {
      break;
    }
  }
  if (!text.has_digits()) {
    if (hex) {  // "0x" without a digit: the "0" is the number
      *end = start + 1;
      return zero_bits(kind, negative);
    }
    *end = s;
    return zero_bits(kind, false);
  }
  int64_t exponent = 0;
  if (lower(*p) == (hex ? 'p' : 'e')) {
    const char* q = p + 1;
    const bool minus = *q == '-';
    if (*q == '-' || *q == '+') ++q;
    if (is_digit(*q)) {
      for (; is_digit(*q); ++q) exponent = add_exponent_digit(exponent, unsigned(*q - '0'));
      if (minus) exponent = -exponent;
      p = q;
    }
  }
  *end = p;
  return text.finish(kind, negative, exponent);
}

}  // namespace sysgate::internal
