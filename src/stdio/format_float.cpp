// %f %e %g (and F E G) of double and long double, correctly rounded from the exact
// binary value. The value m * 2^e is expanded exactly in base 10^9 limbs (shifting left
// 29 bits at a time for a positive exponent, right 9 bits at a time for a negative one),
// then rounded half-to-even on those exact digits and printed.
#include "src/stdio/format_internal.hpp"

namespace sysgate::stdio {
namespace {

constexpr uint32_t kBase = 1000000000;
// A long double subnormal's exact fraction has 16445 decimal digits (1828 limbs), a
// long double's integer part at most 4933 (549 limbs): the fraction starts after
// kFraction integer limbs (3 hold any 64-bit mantissa, one more takes a rounding carry),
// the integer part ends at kLimbs. 1840 * 4 bytes is the engine's largest stack object.
constexpr int kLimbs = 1840;
constexpr int kFraction = 4;

// The digits of a value: limbs [a, z) in big-endian order, the decimal point before
// limb r. Limbs outside [a, z) are zero; `sticky` says nonzero digits were dropped
// after z (only ever past the rounding position).
struct Decimal {
  int a, r, z;
  bool sticky;
  uint32_t limb[kLimbs];  // after the indices: shorter displacements for them

  uint32_t at(int i) const { return i >= a && i < z ? limb[i] : 0; }
  // Drops zero limbs at both ends; returns the index (9 * limb + place) of the leading
  // digit.
  int trim() {
    while (z > a && limb[z - 1] == 0) z--;
    while (a < z && limb[a] == 0) a++;
    if (a == z) {  // zero: one zero limb before the point, so it prints as "0"
      a = r - 1;
      z = r;
      limb[a] = 0;
    }
    int n = 9 * a + 8;
    for (uint32_t x = limb[a]; x >= 10; x = div10(x)) n--;
    return n;
  }
};

// Expands m * 2^e2 into d. `keep` bounds the work for a negative exponent: digits past
// limb `keep` may be dropped (folded into sticky), which is exact as long as keep lies
// at least two limbs past the rounding position (see format_decimal).
int expand(Decimal& d, uint64_t m, int e2, int keep) {
  uint32_t* limb = d.limb;
  int r = e2 >= 0 ? kLimbs : kFraction, a = r, z = r;
  bool sticky = false;
  if (!m) e2 = 0;
  // m's 64 bits from the top, then e2 zero bits for a positive exponent, are shifted in
  // at most 29 at a time (29, 29, 6, then 29...): limbs = limbs * 2^shift + those bits.
  int low = e2 > 0 ? e2 : 0;
  for (int n = 64 + low, shift; n > 0; n -= shift) {
    shift = n > low ? n - low : n;
    if (shift > 29) shift = 29;
    uint32_t carry = uint32_t(m >> (64 - shift));
    m <<= shift;
    for (int i = z; i-- > a;) {
      // Below 10^9 * 2^29 + 2^29: within div_1e9_small's range.
      carry = div_1e9_small((uint64_t(limb[i]) << shift) + carry, limb[i]);
    }
    if (carry) limb[--a] = carry;
  }
  if (keep > kLimbs) keep = kLimbs;
  while (e2 < 0) {
    int shift = -e2 < 9 ? -e2 : 9;
    uint32_t mask = (1u << shift) - 1, unit = kBase >> shift, carry = 0;
    for (int i = a; i < z; i++) {
      uint32_t x = limb[i];
      limb[i] = (x >> shift) + carry;
      carry = unit * (x & mask);
    }
    if (limb[a] == 0) a++;
    if (carry) {
      if (z < keep) {
        limb[z++] = carry;
      } else {
        sticky = true;
      }
    }
    e2 += shift;
  }
  d.a = a;
  d.r = r;
  d.z = z;
  d.sticky = sticky;
  return d.trim();
}

// Keeps the digits up to digit index `last` (9 * limb + place in the limb), rounding
// half to even on the exact value.
int round_at(Decimal& d, int last) {
  int i = last / 9;
  if (i >= d.z) return d.trim();  // every digit below is zero (sticky is only set past keep)
  // Zero limbs down to one before i: the kept digit may be a leading zero (%.0f of 0.6),
  // and a carry always finds a limb.
  do d.limb[--d.a] = 0;
  while (d.a >= i);
  uint32_t unit = 1;
  for (int place = last % 9; place < 8; place++) unit *= 10;
  uint32_t x = d.limb[i], rest = x % unit;
  // What follows the kept digits, as rest * 10^9 + the next limb, against half a unit.
  uint64_t tail = uint64_t(rest) * kBase + d.at(i + 1), half = uint64_t(unit) * (kBase / 2);
  bool up = tail > half || (tail == half && (d.sticky || i + 2 < d.z || (x / unit) % 2));
  d.limb[i] = x - rest;
  d.z = i + 1;
  d.sticky = false;
  if (up) {
    for (d.limb[i] += unit; d.limb[i] >= kBase; d.limb[--i]++) d.limb[i] = 0;
  }
  return d.trim();
}

// Writes `before` digits from digit index g on, the point if asked, then `after` digits
// (zeros past the last limb).
void emit(Out& out, const Decimal& d, int g, int before, bool point, int after) {
  for (int n = before;; n = after, point = false) {
    while (n > 0) {
      int i = g / 9, skip = g % 9;
      char text[9];
      put_decimal(text + 9, d.at(i), 9);
      int take = 9 - skip < n ? 9 - skip : n;
      out.put(text + skip, size_t(take));
      n -= take;
      g += take;
    }
    if (!point) return;
    out.put(".", 1);
  }
}

}  // namespace

size_t exponent_text(char* buf, char letter, int e, int min_digits) {
  size_t n = 0;
  buf[n++] = letter;
  buf[n++] = e < 0 ? '-' : '+';
  unsigned u = e < 0 ? 0u - unsigned(e) : unsigned(e);
  char text[12];
  char* first = put_decimal(text + sizeof text, u, min_digits);
  size_t digits = size_t(text + sizeof text - first);
  __builtin_memcpy(buf + n, first, digits);
  return n + digits;
}

Decomposed decompose(const Arg& arg, bool long_double, bool hex) {
  Decomposed v;
  uint64_t m, bit;                // the mantissa, its integer bit
  __builtin_memcpy(&m, &arg, 8);  // a double's bits, a long double's mantissa
  int biased, bias;
  bool special;
  if (long_double) {
    // x87 extended: 64-bit mantissa with an explicit integer bit, then sign and 15-bit
    // exponent. A bit pattern the FPU would reject (integer bit clear with a nonzero
    // exponent, "unnormal") prints as nan, as glibc does since 2.29.
    // A pseudo-denormal (exponent 0, integer bit set) is worth as much as a normal, but
    // glibc's decimal conversion drops the integer bit while %La shows it: so does this.
    uint16_t top;
    __builtin_memcpy(&top, reinterpret_cast<const char*>(&arg) + 8, 2);
    v.negative = top >> 15;
    biased = top & 0x7fff;
    bit = uint64_t(1) << 63;
    if (biased == 0 && !hex) m &= ~bit;
    special = biased == 0x7fff || (biased != 0 && !(m & bit));
    bias = 16383 + 63;
    v.fraction_bits = 60;
  } else {
    v.negative = m >> 63;
    biased = int(m >> 52) & 0x7ff;
    bit = uint64_t(1) << 52;
    m &= bit - 1;
    if (biased) m |= bit;
    special = biased == 0x7ff;
    bias = 1075;
    v.fraction_bits = 52;
  }
  v.mantissa = m;
  // Infinity is the integer bit alone (pseudo-infinities, without it, are nan).
  v.kind = !special ? Decomposed::kFinite : m == bit ? Decomposed::kInfinite : Decomposed::kNan;
  v.exponent = (biased ? biased : 1) - bias;
  return v;
}

namespace {

// The whole conversion; format_float only provides d's 7 KiB, so that this function's
// own variables lie close to the frame (one-byte displacements on i386).
[[gnu::noinline]] void format_decimal(Out& out, const Spec& spec, const Arg& arg, bool long_double,
                                      Decimal& d) {
  Decomposed v = decompose(arg, long_double, false);
  Spec field = spec;
  bool upper = spec.flags & kUpper, alt = spec.flags & kAlt;
  char sign = float_sign(spec, v.negative);
  size_t sign_length = sign != 0, length = sign_length;
  int start = 0, int_digits = 0, p = 0;
  char exponent[8];
  size_t exponent_length = 0;
  if (v.kind != Decomposed::kFinite) {
    field.flags &= ~kZero;  // glibc pads inf and nan with spaces even under '0'
    length += 3;
  } else {
    char c = char(spec.conversion | 32);  // f, e or g
    bool g = c == 'g';
    p = spec.precision < 0 ? 6 : spec.precision;
    // %g's precision P counts significant digits (0 is taken as 1): p becomes the number
    // of digits after the leading one, as for %e.
    if (g && p) p--;

    // How far the exact expansion must go: two limbs past the rounding position. For %f
    // that is p digits after the point: kFraction + 3 + ceil(p / 9). For %e and %g it is
    // p digits after the leading digit, whose limb is bounded from the exponent:
    // 10^low <= value with low = floor((e2 + bits - 1) * log10(2)) - 1 (78913 / 2^18 is
    // log10(2) to 7 digits; the -1 covers its error), so kFraction + 2 +
    // floor((p + 16 - low) / 9) limbs suffice (C's truncation of a negative quotient
    // only keeps more).
    int extra = 0;
    if (c != 'f' && v.mantissa) {
      int bits = 64 - __builtin_clzll(v.mantissa);
      extra = -((v.exponent + bits - 1) * 78913 >> 18);
    }
    int keep = kFraction + 2 + (p + 17 + extra) / 9;
    int first = expand(d, v.mantissa, v.exponent, keep);

    // Digits are numbered 9 * limb + place: the point is before digit 9 * r, the
    // leading digit is `first`, and its decimal exponent is point - 1 - first.
    int point = 9 * d.r;
    int e10 = point - 1 - first;
    // glibc's %#g, when rounding carries into a new digit that makes it switch from fixed
    // to exponent notation (%#g of 999999.5), prints no fraction digit: "1.e+06".
    bool glibc_carry = g && alt && p >= e10 && e10 >= -4;
    first = round_at(d, (c == 'f' ? point - 1 : first) + p);
    e10 = point - 1 - first;
    if (g) {
      // Fixed notation if -4 <= X < P, else exponent; without '#' trailing zeros go.
      bool fixed = p >= e10 && e10 >= -4;
      if (fixed) {
        p -= e10;
        c = 'f';
      } else if (glibc_carry) {
        p = 0;
      }
      if (!alt) {
        int last = 9 * d.z - 1;  // the last nonzero digit
        for (uint32_t x = d.limb[d.z - 1]; x && x == div10(x) * 10; x = div10(x)) last--;
        int needed = last - (fixed ? point - 1 : first);
        if (needed < p) p = needed > 0 ? needed : 0;
      }
    }
    start = first;
    int_digits = 1;
    if (c == 'f') {
      if (e10 > 0) int_digits += e10;
      start = point - int_digits;
    } else {
      exponent_length = exponent_text(exponent, upper ? 'E' : 'e', e10, 2);
    }
    length += int_digits + (p > 0 || alt) + size_t(p) + exponent_length;
  }
  open_field(out, field, length, &sign, sign_length);
  if (v.kind != Decomposed::kFinite) {
    out.put((v.kind == Decomposed::kNan ? "nanNAN" : "infINF") + (upper ? 3 : 0), 3);
  } else {
    emit(out, d, start, int_digits, p > 0 || alt, p);
    out.put(exponent, exponent_length);
  }
  close_field(out, field, length);
}

}  // namespace

void format_float(Out& out, const Spec& spec, const Arg& arg, bool long_double) {
  Decimal d;
  format_decimal(out, spec, arg, long_double, d);
}

}  // namespace sysgate::stdio
