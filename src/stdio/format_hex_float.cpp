// %a and %A in glibc's exact form. A double prints its implicit bit as the leading digit
// (0x1.999999999999ap-4; a subnormal as 0x0.0000000000001p-1022). A long double prints
// the top four bits of its 64-bit mantissa as the leading digit and the other 60 as 15
// hex digits (0xc.ccccccccccccccdp-7; 1.0L is 0x8p-3). Zero is 0x0p+0. A precision
// rounds half to even; a long double whose leading digit carries past f becomes 0x1p(e+4),
// while a double keeps the carry in the leading digit (0x2p+0), both as glibc does.
#include "src/stdio/format_internal.hpp"

namespace sysgate::stdio {

void format_hex_float(Out& out, const Spec& spec, const Arg& arg, bool long_double) {
  Decomposed v = decompose(arg, long_double, true);
  // inf and nan print as for %e (upper case for %A).
  if (v.kind != Decomposed::kFinite) return format_float(out, spec, arg, long_double);
  char prefix[3];
  size_t prefix_length = 0;
  if (char sign = float_sign(spec, v.negative)) prefix[prefix_length++] = sign;
  bool upper = spec.flags & kUpper;
  prefix[prefix_length++] = '0';
  prefix[prefix_length++] = upper ? 'X' : 'x';

  uint64_t m = v.mantissa;
  int digits = v.fraction_bits / 4;  // after the point
  int e = m ? v.exponent + v.fraction_bits : 0;
  int p = spec.precision;
  if (p >= 0 && p < digits) {
    int drop = 4 * (digits - p);
    uint64_t rest = m & ((uint64_t(1) << drop) - 1), half = uint64_t(1) << (drop - 1);
    m >>= drop;
    if (rest > half || (rest == half && (m & 1))) m++;
    digits = p;
    if (m >> (4 * p) == 16) {
      m >>= 4;
      e += 4;
    }
  } else if (p < 0) {
    while (digits > 0 && (m & 15) == 0) {
      m >>= 4;
      digits--;
    }
  }
  size_t zeros = p > digits ? size_t(p - digits) : 0;

  // The leading digit, the point and the fraction digits.
  const char* hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char body[18];
  size_t n = 0;
  body[n++] = hex[m >> (4 * digits)];
  if (digits > 0 || zeros > 0 || (spec.flags & kAlt)) body[n++] = '.';
  for (int i = digits; i-- > 0;) body[n++] = hex[(m >> (4 * i)) & 15];

  char exponent[8];
  size_t exponent_length = exponent_text(exponent, upper ? 'P' : 'p', e, 1);
  size_t length = prefix_length + n + zeros + exponent_length;
  open_field(out, spec, length, prefix, prefix_length);
  out.put(body, n);
  out.pad('0', zeros);
  out.put(exponent, exponent_length);
  close_field(out, spec, length);
}

}  // namespace sysgate::stdio
