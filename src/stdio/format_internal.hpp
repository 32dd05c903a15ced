// What the engine's files share: the parsed conversion spec, the argument value, and the
// output cursor with its padding rules. Not a public interface.
#pragma once
#include <stddef.h>
#include <stdint.h>

#include "src/internal/register_call.hpp"
#include "src/stdio/format.hpp"

namespace sysgate::stdio {

enum Flag : unsigned {
  kLeft = 1,   // '-'
  kPlus = 2,   // '+'
  kSpace = 4,  // ' '
  kAlt = 8,    // '#'
  kZero = 16,  // '0'
  // (32 and 64 are the parser's: ' and I, accepted and ignored)
  kUpper = 128,  // set by the engine for X E F G A: upper-case digits and spellings
};

// Length modifiers. L, ll and q are one: glibc reads a long double for %Lf, %llf, %qf
// and a long long for %Ld, %lld, %qd.
enum Length : uint8_t { kNone, kChar, kShort, kLong, kLongLong, kMax, kSize, kPtrdiff };

// The width in bits of an integer argument (and of %n's target) at each Length.
inline constexpr uint8_t kLengthBits[] = {
    32, 8, 16, 8 * sizeof(long), 64, 64, 8 * sizeof(size_t), 8 * sizeof(ptrdiff_t)};

struct Spec {
  unsigned flags = 0;
  int width = 0;       // >= 0 once resolved
  int precision = -1;  // -1: none
  Length length = kNone;
  char conversion = 0;
};

// One argument, whatever its type; the positional table holds these.
union Arg {
  uint64_t integer;
  double real;
  long double long_real;
  void* pointer;
};

// x / 10 and x % 10 by a multiplication: the engine is built -Os (src/meson.build),
// where gcc would emit a division instruction for `x / 10`, several times slower.
// 0xcccccccd / 2^35 is 1/10 closely enough that the quotient is exact for every uint32_t.
inline uint32_t div10(uint32_t x) { return uint32_t((uint64_t(x) * 0xcccccccdu) >> 35); }

// x / 100 the same way: exact for every uint32_t.
inline uint32_t div100(uint32_t x) { return uint32_t((uint64_t(x) * 0x51eb851fu) >> 37); }

// Writes the decimal digits of x backwards, ending just before `end`; returns the first.
// At least `min` digits (leading zeros). Two digits a step: the chain of dependent
// multiplications, not their count, is what a conversion waits for. (r * 103) >> 10 is
// r / 10 for every r < 100.
inline char* put_decimal(char* end, uint32_t x, int min = 1) {
  for (; x >= 10 || min > 1; min -= 2) {  // (a last lone digit of x is left over)
    uint32_t q = div100(x), r = x - q * 100, tens = (r * 103) >> 10;
    *--end = char('0' + (r - tens * 10));
    *--end = char('0' + tens);
    x = q;
  }
  if (x || min > 0) *--end = char('0' + x);
  return end;
}

// x / 10^9 and x % 10^9 for x < 10^9 * 2^32, without a 64-bit division (a libgcc call
// on i386, a slow `div` at -Os): the quotient is estimated from x's top bits with
// 2305843009 = floor(2^61 / 10^9), at most 3 below the true one (each truncation
// loses less than 1), then corrected. (x >> 29) * 2305843009 < 2^64 for such x.
inline uint32_t div_1e9_small(uint64_t x, uint32_t& remainder) {
  uint32_t q = uint32_t(((x >> 29) * 2305843009u) >> 32);
  uint64_t r = x - uint64_t(q) * 1000000000u;
  for (; r >= 1000000000u; r -= 1000000000u) q++;
  remainder = uint32_t(r);
  return q;
}

// The same for any x: the top half by a 32-bit division first.
inline uint64_t div_1e9(uint64_t x, uint32_t& remainder) {
  uint32_t high = uint32_t(x >> 32), q_high = high / 1000000000u;
  uint64_t rest = uint64_t(high - q_high * 1000000000u) << 32 | uint32_t(x);
  return uint64_t(q_high) << 32 | div_1e9_small(rest, remainder);
}

// The output cursor: counts every byte, stops writing after the first error.
struct Out {
  Sink* sink;
  size_t count = 0;
  long error = 0;  // a kError* code: put() failed, or a conversion could not be done

  // Out of line on purpose: there are dozens of call sites and size matters more here.
  SYSGATE_REGISTER_CALL void put(const char* s, size_t n);
  SYSGATE_REGISTER_CALL void pad(char c, size_t n);
};

// Writes `letter`, the sign and at least `min_digits` decimal digits of e (the exponent
// of %e and %a) to buf; returns the length (at most 7).
SYSGATE_REGISTER_CALL size_t exponent_text(char* buf, char letter, int e, int min_digits);

// A field of `length` bytes in all, the first `prefix_length` of which are `prefix` (sign,
// 0x): writes the spaces for right justification, the prefix, then the zeros the '0'
// flag asks for. The caller then writes the body and calls close_field.
SYSGATE_REGISTER_CALL void open_field(Out& out, const Spec& spec, size_t length, const char* prefix,
                                      size_t prefix_length);
// The spaces for left justification ('-').
inline void close_field(Out& out, const Spec& spec, size_t length) {
  if ((spec.flags & kLeft) && length < size_t(spec.width)) out.pad(' ', spec.width - length);
}

// What a conversion does, from its letter (and length for %lc %ls). The engine tests
// the common ones first; the last four are reached through Sink::extras.
enum Kind : uint8_t {
  kSigned,         // d i
  kUnsigned,       // u o x X
  kPointer,        // p
  kCharacter,      // c
  kString,         // s
  kCount,          // n
  kErrno,          // m
  kPercent,        // %
  kUnknown,        // any other letter: glibc prints the spec back (see print_unknown)
  kFloat,          // f F e E g G
  kHexFloat,       // a A
  kWideCharacter,  // lc C
  kWideString      // ls S
};

// A conversion spec as written: where its width, precision and value come from.
struct Parsed {
  Spec spec;
  Kind kind = kUnknown;
  bool overflow = false;   // a literal width or precision above INT_MAX
  int width_arg = -1;      // -1: literal (in spec.width); -2: '*'; n >= 0: '*n+1$'
  int precision_arg = -1;  // the same for the precision
  int value_arg = -1;      // -1: the next argument; n >= 0: 'n+1$'
};

// Parses the spec after a '%'. Returns the first byte after it, or nullptr if the
// format ends inside it (glibc fails with EINVAL).
SYSGATE_REGISTER_CALL const char* parse_spec(const char* p, Parsed& parsed);

// How an argument is read from the va_list: one word (int, and every pointer; on x86_64
// an int's upper half is junk, which the conversions drop), 64 bits, or a float.
enum ArgType : uint8_t { kNoArg, kWord, kInt64, kDouble, kLongDouble };
SYSGATE_REGISTER_CALL ArgType arg_type(const Parsed& parsed);

// %d i u o x X p with the value already widened; `negative` for a signed value below 0.
SYSGATE_REGISTER_CALL void format_integer(Out& out, const Spec& spec, uint64_t magnitude,
                                          bool negative);
// %s and %m (text may be null), %c (narrow), %ls.
SYSGATE_REGISTER_CALL void format_string(Out& out, const Spec& spec, const char* text);
SYSGATE_REGISTER_CALL void format_char(Out& out, const Spec& spec, unsigned value);
void format_wide_string(Out& out, const Spec& spec, const wchar_t* text);
// glibc's printf_unknown: '%', the flags, width and precision as parsed, the letter.
SYSGATE_REGISTER_CALL void print_unknown(Out& out, const Spec& spec);

// Converts a finite-or-not floating value (d i u etc. are in format.cpp).
// `long_double` picks the argument member and, for %a, glibc's long double layout.
SYSGATE_REGISTER_CALL void format_float(Out& out, const Spec& spec, const Arg& arg,
                                        bool long_double);
void format_hex_float(Out& out, const Spec& spec, const Arg& arg, bool long_double);

// The rare conversions, reached through Sink::extras (format.hpp): kExtras points at
// these; a lean Sink has none, and a format needing one fails with kErrorInvalid.
struct Extras {
  long (*load_table)(const char* format, va_list args, Arg* table);    // %n$, *m$
  void (*hex_float)(Out&, const Spec&, const Arg&, bool long_double);  // %a %A
  void (*wide_char)(Out&, const Spec&, unsigned value);                // %lc %C
  void (*wide_string)(Out&, const Spec&, const wchar_t* text);         // %ls %S
};
// Reads every argument the format names into table (format.cpp).
long load_table(const char* format, va_list args, Arg* table);
// %lc: the UTF-8 of a wide character (format_text.cpp).
void format_wide_char(Out& out, const Spec& spec, unsigned value);

// A float split into sign, kind and value = mantissa * 2^exponent. For %a, `fraction_bits`
// is where the hex point goes: 52 for double, 60 for the x87 80-bit long double, whose
// explicit integer bit glibc prints inside the leading hex digit.
struct Decomposed {
  uint64_t mantissa;
  int exponent;
  int fraction_bits;
  bool negative;
  enum Kind : uint8_t { kFinite, kInfinite, kNan } kind;
};
SYSGATE_REGISTER_CALL Decomposed decompose(const Arg& arg, bool long_double, bool hex);

// The sign character of a float field ('-', '+' or ' '), or 0 for none.
inline char float_sign(const Spec& spec, bool negative) {
  return negative ? '-' : spec.flags & kPlus ? '+' : spec.flags & kSpace ? ' ' : 0;
}

}  // namespace sysgate::stdio
