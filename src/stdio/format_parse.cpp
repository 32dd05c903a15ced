// Parsing one conversion spec, the way glibc 2.36's __parse_one_specmb reads it:
// %[n$][flags][width|*|*m$][.precision|.*|.*m$][length]conversion
#include "src/stdio/format_internal.hpp"

namespace sysgate::stdio {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads a decimal number; above INT_MAX gives -1, as glibc's read_int does.
int read_number(const char*& p) {
  int64_t n = 0;
  for (; is_digit(*p); p++) {
    if (n >= 0) n = n * 10 + (*p - '0');
    if (n > 0x7fffffff) n = -1;
  }
  return int(n);
}

// '*' alone or '*m$' (then m-1, a positional index).
int read_star(const char*& p) {
  const char* begin = p;
  if (is_digit(*p)) {
    int n = read_number(p);
    if (n > 0 && *p == '$') {
      p++;
      return n - 1;
    }
    p = begin;
  }
  return -2;
}

}  // namespace

const char* parse_spec(const char* p, Parsed& parsed) {
  Spec& spec = parsed.spec;
  if (is_digit(*p)) {  // "n$", or this was the width (or a '0' flag) after all
    const char* begin = p;
    int n = read_number(p);
    if (n > 0 && *p == '$') {
      parsed.value_arg = n - 1;
      p++;
    } else {
      p = begin;
    }
  }
  for (;; p++) {
    switch (*p) {
      case '-':
        spec.flags |= kLeft;
        continue;
      case '+':
        spec.flags |= kPlus;
        continue;
      case ' ':
        spec.flags |= kSpace;
        continue;
      case '#':
        spec.flags |= kAlt;
        continue;
      case '0':
        spec.flags |= kZero;
        continue;
      case '\'':  // thousands grouping: none in the C locale
      case 'I':   // locale digits: the C locale's are ASCII
        continue;
    }
    break;
  }
  if (*p == '*') {
    p++;
    parsed.width_arg = read_star(p);
  } else if (is_digit(*p)) {
    spec.width = read_number(p);
    parsed.overflow |= spec.width < 0;
  }
  if (*p == '.') {
    p++;
    if (*p == '*') {
      p++;
      parsed.precision_arg = read_star(p);
    } else {
      spec.precision = read_number(p);
      parsed.overflow |= spec.precision < 0;
    }
  }
  switch (*p) {
    case 'h':
      spec.length = p[1] == 'h' ? kChar : kShort;
      p += spec.length == kChar ? 2 : 1;
      break;
    case 'l':
      spec.length = p[1] == 'l' ? kLongLong : kLong;
      p += spec.length == kLongLong ? 2 : 1;
      break;
    case 'L':
    case 'q':
      spec.length = kLongLong;
      p++;
      break;
    case 'j':
      spec.length = kMax;
      p++;
      break;
    case 'z':
    case 'Z':
      spec.length = kSize;
      p++;
      break;
    case 't':
      spec.length = kPtrdiff;
      p++;
      break;
  }
  char c = *p;
  if (c == 0) return nullptr;
  spec.conversion = c;
  switch (c) {
    case 'X':
    case 'F':
    case 'E':
    case 'G':
    case 'A':
      spec.flags |= kUpper;
      break;
    case 'C':
    case 'S':  // %C is %lc, %S is %ls
      spec.length = kLong;
      spec.conversion = char(c | 32);
      break;
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'c':
    case 's':
    case 'p':
    case 'n':
    case 'm':
    case 'f':
    case 'e':
    case 'g':
    case 'a':
    case '%':
      break;
    default:
      parsed.known = false;
  }
  if (spec.flags & kLeft) spec.flags &= ~kZero;
  return p + 1;
}

ArgType arg_type(const Spec& spec) {
  constexpr ArgType kLongType = sizeof(long) == 8 ? kInt64 : kInt;
  constexpr ArgType kSizeType = sizeof(size_t) == 8 ? kInt64 : kInt;
  switch (spec.conversion | 32) {
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
      switch (spec.length) {
        case kLong:
          return kLongType;
        case kLongLong:
        case kMax:
          return kInt64;
        case kSize:
        case kPtrdiff:
          return kSizeType;
        default:
          return kInt;
      }
    case 'c':
      return kInt;
    case 's':
    case 'p':
    case 'n':
      return kPointer;
    case 'f':
    case 'e':
    case 'g':
    case 'a':
      return spec.length == kLongLong ? kLongDouble : kDouble;
    default:
      return kNoArg;
  }
}

}  // namespace sysgate::stdio
