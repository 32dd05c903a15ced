// Parsing one conversion spec, the way glibc 2.36's __parse_one_specmb reads it:
// %[n$][flags][width|*|*m$][.precision|.*|.*m$][length]conversion
// Flags, lengths and conversions are looked up in strings, which costs less code than
// compare chains; an integer conversion passes each lookup in a handful of steps.
#include "src/stdio/format_internal.hpp"

namespace sysgate::stdio {
namespace {

bool is_digit(char c) { return unsigned(c - '0') < 10; }

// Reads a decimal number; above INT_MAX gives -1, as glibc's read_int does.
int read_number(const char*& p) {
  int64_t n = 0;
  for (; is_digit(*p); p++) {
    if (n >= 0) n = n * 10 + (*p - '0');
    if (n > 0x7fffffff) n = -1;
  }
  return int(n);
}

// "n$" after a '%' or a '*' (then n-1, a positional index), else `otherwise` with p
// unmoved.
int read_position(const char*& p, int otherwise) {
  const char* begin = p;
  int n = read_number(p);
  if (n > 0 && *p == '$') {
    p++;
    return n - 1;
  }
  p = begin;
  return otherwise;
}

// The index of c in the NUL-terminated `set`, or -1 (also for c == 0).
int find(const char* set, char c) {
  for (int i = 0; set[i]; i++)
    if (set[i] == c) return i;
  return -1;
}

// Flags, each its bit by position (kLeft ... kZero; ' and I set bits no one reads).
constexpr char kFlags[] = "-+ #0'I";
// Lengths: h and l double into hh and ll.
constexpr char kLengthLetters[] = "hlLqjzZt";
constexpr Length kLengths[] = {kShort, kLong, kLongLong, kLongLong, kMax, kSize, kSize, kPtrdiff};
// Conversions and their kinds; the upper-case ones set kUpper, C and S are lc and ls.
// A literal and a struct, not arrays: the x86-64 ABI aligns arrays of 16 bytes and more
// to 16 (padding in printf-hello's .rodata).
constexpr const char* kConversions = "dixXuopcsmn%fFeEgGaACS";
struct KindTable {
  Kind kinds[22];
  constexpr Kind operator[](int i) const { return kinds[i]; }
};
constexpr KindTable kKinds = {
    {kSigned, kSigned, kUnsigned, kUnsigned, kUnsigned,      kUnsigned,  kPointer, kCharacter,
     kString, kErrno,  kCount,    kPercent,  kFloat,         kFloat,     kFloat,   kFloat,
     kFloat,  kFloat,  kHexFloat, kHexFloat, kWideCharacter, kWideString}};

}  // namespace

const char* parse_spec(const char* p, Parsed& parsed) {
  Spec& spec = parsed.spec;
  parsed.value_arg = read_position(p, -1);  // "n$", or this was the width after all
  // (Every flag is below 'a': a conversion letter right after the '%' skips the lookup.)
  for (int i; *p < 'a' && (i = find(kFlags, *p)) >= 0; p++) spec.flags |= 1u << i;
  if (*p == '*') {
    p++;
    parsed.width_arg = read_position(p, -2);
  } else if (is_digit(*p)) {
    spec.width = read_number(p);
    parsed.overflow |= spec.width < 0;
  }
  if (*p == '.') {
    p++;
    if (*p == '*') {
      p++;
      parsed.precision_arg = read_position(p, -2);
    } else {
      spec.precision = read_number(p);
      parsed.overflow |= spec.precision < 0;
    }
  }
  // No length letter is a conversion: the common spec without one looks up only its
  // conversion.
  int i = find(kConversions, *p);
  if (int j; i < 0 && (j = find(kLengthLetters, *p)) >= 0) {
    Length length = kLengths[j];
    if (j < 2 && p[1] == *p) {  // hh, ll
      length = Length(length + (j ? 1 : -1));
      p++;
    }
    spec.length = length;
    i = find(kConversions, *++p);
  }
  char c = *p;
  if (c == 0) return nullptr;
  spec.conversion = c;
  if (i >= 0) {
    Kind kind = kKinds[i];
    if (c < 'a') spec.flags |= kUpper;  // X F E G A (and %, C, S: no one reads it)
    if (kind >= kWideCharacter) {
      spec.conversion = char(c | 32);
    } else if (spec.length == kLong && (kind == kCharacter || kind == kString)) {
      kind = Kind(kind - kCharacter + kWideCharacter);
    }
    parsed.kind = kind;
  }
  if (spec.flags & kLeft) spec.flags &= ~kZero;
  return p + 1;
}

ArgType arg_type(const Parsed& parsed) {
  Kind kind = parsed.kind;
  if (kind <= kUnsigned) return kLengthBits[parsed.spec.length] > 32 ? kInt64 : kWord;
  if (kind == kFloat || kind == kHexFloat)
    return parsed.spec.length == kLongLong ? kLongDouble : kDouble;
  return kind >= kErrno && kind <= kUnknown ? kNoArg : kWord;
}

}  // namespace sysgate::stdio
