// The scanf engine (see scan.hpp). It follows glibc's vfscanf-internal.c step by step:
// which byte is read, which is pushed back, when a failure is an input failure (EOF) and
// when a matching failure, so that the counts and the stream position agree with glibc's.
#include "src/stdio/scan.hpp"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <wchar.h>

#include "src/internal/parse_integer.hpp"
#include "src/stdlib/float_parse.hpp"

namespace sysgate::stdio {
namespace {

constexpr int kEof = -1;

enum Flags : unsigned {
  kSuppress = 1,
  kChar = 2,       // hh
  kShort = 4,      // h
  kLong = 8,       // l, and z j t where they are long
  kLongLong = 16,  // ll L q, and j on i386 (glibc's LONGDBL)
  kMalloc = 32,    // m
};

// The length flags of z, j and t: those of whichever of int, long, long long has T's width.
template <typename T>
constexpr unsigned width_flags() {
  return sizeof(T) > sizeof(long) ? kLongLong : sizeof(T) > sizeof(int) ? kLong : 0;
}

bool is_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(int c) { return c >= '0' && c <= '9'; }
int to_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

// glibc's read_int: a width or argument number; -1 when it exceeds INT_MAX.
int read_int(const unsigned char*& f) {
  int value = *f - '0';
  while (is_digit(*++f)) {
    if (value < 0) continue;
    int digit = *f - '0';
    value = value > (0x7fffffff - digit) / 10 ? -1 : value * 10 + digit;
  }
  return value;
}

// The input with glibc's inchar()/ungetc() bookkeeping: `c` is the last byte read and
// stays EOF once the source ended; `count` is what %n reports. Like glibc, every read at
// the end puts back the errno of the moment the end was first seen (so an ERANGE from a
// number that ran into the end of the input is undone by the next read).
struct Input {
  Source* source;
  int c = 0;
  size_t count = 0;
  int eof_errno = 0;

  int get() {
    if (c == kEof) {
      errno = eof_errno;
      return kEof;
    }
    c = source->get(source);
    if (c != kEof) {
      ++count;
    } else {
      eof_errno = errno;
    }
    return c;
  }
  void unget(int byte) {
    if (byte == kEof) return;
    --count;
    source->unget(source, byte);
  }
};

// A %m buffer in progress: freed (and its pointer nulled) when the conversion fails.
struct Allocation {
  char** target = nullptr;
  size_t size = 0;
};

// The float text as glibc's scanner collects it, fed to the strtod engine as strtod
// would read it: strtod stops at the first byte it cannot use (a second '.', an exponent
// without digits), while scanf may have read further ("1.2.3", "1e").
class FloatReader {
 public:
  FloatReader(uint8_t* buffer, size_t size, bool hex) : text_(buffer, size, hex), hex_(hex) {}

  void add(int c) {
    if (stopped_) return;
    if (exponent_phase_) {
      if ((c == '-' || c == '+') && !exponent_sign_ && !exponent_digits_) {
        exponent_sign_ = true;
        exponent_negative_ = c == '-';
      } else if (is_digit(c)) {
        exponent_digits_ = true;
        exponent_ = internal::add_exponent_digit(exponent_, unsigned(c - '0'));
      } else {
        stopped_ = true;
      }
      return;
    }
    unsigned value = internal::digit_value(c);
    if (value < (hex_ ? 16u : 10u)) {
      text_.add_digit(value);
    } else if (c == '.' && !point_) {
      point_ = true;
      text_.add_point();
    } else if (to_lower(c) == (hex_ ? 'p' : 'e') && text_.has_digits()) {
      exponent_phase_ = true;
    } else {
      stopped_ = true;
    }
  }

  // False when strtod would find no number (a decimal text without digits).
  bool finish(internal::FloatKind kind, bool negative, internal::FloatBits& bits) {
    if (!text_.has_digits() && !hex_) return false;
    int64_t exponent = exponent_digits_ ? (exponent_negative_ ? -exponent_ : exponent_) : 0;
    bits = text_.finish(kind, negative, exponent);
    return true;
  }

 private:
  internal::FloatText text_;
  bool hex_;
  bool point_ = false;
  bool stopped_ = false;
  bool exponent_phase_ = false;
  bool exponent_sign_ = false;
  bool exponent_negative_ = false;
  bool exponent_digits_ = false;
  int64_t exponent_ = 0;
};

enum class Outcome { kDone, kMatchFailure, kInputFailure };

class Scanner {
 public:
  Scanner(Source& source, const char* format, va_list args)
      : format_(reinterpret_cast<const unsigned char*>(format)) {
    input_.source = &source;
    va_copy(args_, args);
    va_copy(start_, args);
  }
  ~Scanner() {
    va_end(args_);
    va_end(start_);
  }

  long run();

 private:
  void* arg(int position) {
    if (position == 0) return va_arg(args_, void*);
    va_list copy;
    va_copy(copy, start_);
    for (int n = position; --n > 0;) va_arg(copy, void*);
    void* p = va_arg(copy, void*);
    va_end(copy);
    return p;
  }

  Outcome scan_integer(unsigned flags, int width, int base, bool is_signed, bool pointer,
                       void* target);
  template <class T>
  Outcome scan_float(unsigned flags, int width, void* target);
  Outcome scan_chars(unsigned flags, int width, char* str, Allocation& allocation);
  Outcome scan_string(unsigned flags, int width, char* str, Allocation& allocation);
  Outcome scan_set(unsigned flags, int width, const unsigned char*& f, char* str, wchar_t* wstr,
                   Allocation& allocation);
  // Appends c to a string conversion's output, growing a %m buffer as glibc does; false
  // when realloc fails.
  bool grow(char*& str, Allocation& allocation, size_t new_size);
  // The wide conversions (%lc %C, %ls %S, %l[): multibyte input through mbrtowc a byte at a
  // time, as glibc's vfscanf does; their %m buffers count wchar_t, not bytes.
  Outcome scan_wide_chars(unsigned flags, int width, wchar_t* wstr, Allocation& allocation);
  Outcome scan_wide_string(unsigned flags, int width, wchar_t* wstr, Allocation& allocation);
  bool convert(int c, wchar_t* to, mbstate_t& state);
  bool grow_wide(wchar_t*& wstr, Allocation& allocation, size_t new_count);
  void finish_wide(unsigned flags, wchar_t* wstr, Allocation& allocation);

  const unsigned char* format_;
  Input input_;
  va_list args_;
  va_list start_;
  long done_ = 0;
};

Outcome Scanner::scan_integer(unsigned flags, int width, int base, bool is_signed, bool pointer,
                              void* target) {
  // The digits as glibc collects them for strtol: a sign, then digits without the 0x.
  // Leading zeros beyond one are dropped and digits beyond 80 are not stored (80 digits
  // overflow in any base), so the buffer stays small and strtol's result is the same.
  char text[96];
  size_t length = 0, digits = 0;
  auto add = [&](int c) {
    if (c == '-' || c == '+') {
      text[length++] = char(c);
      return;
    }
    if (digits == 1 && text[length - 1] == '0') {
      text[length - 1] = char(c);  // "007" reads as "7"
      return;
    }
    if (digits < 80) {
      text[length++] = char(c);
      ++digits;
    }
  };

  int c = input_.get();
  if (c == kEof) return Outcome::kInputFailure;
  if (c == '-' || c == '+') {
    add(c);
    if (width > 0) --width;
    c = input_.get();
  }
  if (width != 0 && c == '0') {
    if (width > 0) --width;
    add(c);
    c = input_.get();
    if (width != 0 && to_lower(c) == 'x') {
      if (base == 0) base = 16;
      if (base == 16) {
        if (width > 0) --width;
        c = input_.get();
      }
    } else if (base == 0) {
      base = 8;
    }
  }
  if (base == 0) base = 10;
  while (c != kEof && width != 0) {
    if (internal::digit_value(c) >= unsigned(base)) break;
    add(c);
    if (width > 0) --width;
    c = input_.get();
  }
  bool zero_pointer = false;
  if (length == 0 || (length == 1 && (text[0] == '+' || text[0] == '-'))) {
    // glibc reads "(nil)" for %p; a mismatch leaves the last byte read pushed back.
    if (length == 0 && pointer && (width < 0 || width >= 5) && c == '(' &&
        to_lower(input_.get()) == 'n' && to_lower(input_.get()) == 'i' &&
        to_lower(input_.get()) == 'l' && input_.get() == ')') {
      zero_pointer = true;
    } else {
      input_.unget(input_.c);
      return Outcome::kMatchFailure;
    }
  } else {
    input_.unget(c);
  }
  text[length] = 0;
  if (zero_pointer) {
    text[0] = '0';
    text[1] = 0;
  }

  // glibc converts only what it stores: a suppressed overflow leaves errno alone.
  if (flags & kSuppress) return Outcome::kDone;
  const bool wide = (flags & kLongLong) != 0;
  unsigned long long value;
  if (is_signed) {
    value = wide ? static_cast<unsigned long long>(
                       internal::parse_integer<long long>(text, static_cast<char**>(nullptr), base))
                 : static_cast<unsigned long long>(
                       internal::parse_integer<long>(text, static_cast<char**>(nullptr), base));
  } else {
    value =
        wide ? internal::parse_integer<unsigned long long>(text, static_cast<char**>(nullptr), base)
             : internal::parse_integer<unsigned long>(text, static_cast<char**>(nullptr), base);
  }
  if (flags & kLongLong) {
    *static_cast<long long*>(target) = static_cast<long long>(value);
  } else if (flags & kLong) {
    *static_cast<long*>(target) = static_cast<long>(value);
  } else if (flags & kShort) {
    *static_cast<short*>(target) = static_cast<short>(value);
  } else if (flags & kChar) {
    *static_cast<signed char*>(target) = static_cast<signed char>(value);
  } else {
    *static_cast<int*>(target) = static_cast<int>(value);
  }
  ++done_;
  return Outcome::kDone;
}

template <class T>
Outcome Scanner::scan_float(unsigned flags, int width, void* target) {
  uint8_t buffer[internal::kDigitBuffer<T>];
  int c = input_.get();
  if (width > 0) --width;
  if (c == kEof) return Outcome::kInputFailure;
  bool negative = false;
  if (c == '-' || c == '+') {
    negative = c == '-';
    if (width == 0 || input_.get() == kEof) return Outcome::kMatchFailure;
    c = input_.c;
    if (width > 0) --width;
  }
  // Reads the rest of `word` (its first letter already read) or fails.
  auto expect = [&](const char* word) {
    for (const char* w = word; *w; ++w) {
      if (width == 0 || input_.get() == kEof || to_lower(input_.c) != *w) return false;
      if (width > 0) --width;
    }
    return true;
  };
  internal::FloatBits bits;
  if (to_lower(c) == 'n') {
    if (!expect("an")) return Outcome::kMatchFailure;
    bits = internal::nan_bits(internal::kind_of<T>, negative, 0);
  } else if (to_lower(c) == 'i') {
    if (!expect("nf")) return Outcome::kMatchFailure;
    if (width != 0 && input_.get() != kEof) {
      if (to_lower(input_.c) == 'i') {
        if (width > 0) --width;
        if (!expect("nity")) return Outcome::kMatchFailure;
      } else {
        input_.unget(input_.c);
      }
    }
    bits = internal::infinity_bits(internal::kind_of<T>, negative);
  } else {
    bool hex = false, got_digit = false, got_e = false, got_dot = false;
    int previous = 0;  // the last byte taken, for a sign after the exponent letter
    if (width != 0 && c == '0') {
      previous = c;
      c = input_.get();
      if (width > 0) --width;
      if (width != 0 && to_lower(c) == 'x') {
        hex = true;
        previous = c;
        c = input_.get();
        if (width > 0) --width;
      } else {
        got_digit = true;
      }
    }
    FloatReader reader(buffer, sizeof buffer, hex);
    if (got_digit) reader.add('0');
    const int exponent_letter = hex ? 'p' : 'e';
    size_t taken = 0;  // bytes after the sign and 0x
    for (;;) {
      bool take = false;
      if (is_digit(c) || (!got_e && hex && internal::digit_value(c) < 16)) {
        take = got_digit = true;
      } else if (got_e && previous == exponent_letter && (c == '-' || c == '+')) {
        take = true;
      } else if (got_digit && !got_e && to_lower(c) == exponent_letter) {
        take = got_e = got_dot = true;
        c = exponent_letter;
      } else if (c == '.' && !got_dot) {
        take = got_dot = true;
      }
      if (!take) {
        input_.unget(c);
        break;
      }
      reader.add(c);
      previous = c;
      ++taken;
      if (width == 0 || input_.get() == kEof) break;
      c = input_.c;
      if (width > 0) --width;
    }
    // glibc: "0x" and nothing after it is no number (though strtod would read the 0).
    if (hex && taken == 0) return Outcome::kMatchFailure;
    if (!reader.finish(internal::kind_of<T>, negative, bits)) return Outcome::kMatchFailure;
  }
  if (bits.range_error) errno = ERANGE;  // as glibc's strtod inside scanf
  if (!(flags & kSuppress)) {
    *static_cast<T*>(target) = internal::from_bits<T>(bits);
    ++done_;
  }
  return Outcome::kDone;
}

bool Scanner::grow(char*& str, Allocation& allocation, size_t new_size) {
  char* old = *allocation.target;
  char* p = static_cast<char*>(realloc(old, new_size));
  if (p == nullptr) {
    // glibc's last-ditch effort: one more byte.
    new_size = allocation.size + 1;
    p = static_cast<char*>(realloc(old, new_size));
    if (p == nullptr) return false;
  }
  *allocation.target = p;
  str = p + allocation.size;
  allocation.size = new_size;
  return true;
}

Outcome Scanner::scan_chars(unsigned flags, int width, char* str, Allocation& allocation) {
  int c = input_.get();
  if (c == kEof) return Outcome::kInputFailure;
  if (!(flags & kSuppress)) {
    do {
      if ((flags & kMalloc) && str == *allocation.target + allocation.size) {
        // Doubled, or just enough for the width's rest (this byte included). glibc 2.36
        // grows to one less than that and writes a byte past its buffer (%3000mc).
        size_t size = allocation.size;
        if (!grow(str, allocation, size + (size >= size_t(width) ? width : size))) {
          done_ = kEof;
          return Outcome::kMatchFailure;
        }
      }
      *str++ = char(input_.c);
    } while (--width > 0 && input_.get() != kEof);
    if ((flags & kMalloc) && size_t(str - *allocation.target) != allocation.size) {
      char* p = static_cast<char*>(realloc(*allocation.target, size_t(str - *allocation.target)));
      if (p) *allocation.target = p;
    }
    allocation.target = nullptr;
    ++done_;
  } else {
    while (--width > 0 && input_.get() != kEof) {
    }
  }
  return Outcome::kDone;
}

Outcome Scanner::scan_string(unsigned flags, int width, char* str, Allocation& allocation) {
  int c = input_.get();
  if (c == kEof) return Outcome::kInputFailure;
  do {
    if (is_space(input_.c)) {
      input_.unget(input_.c);
      break;
    }
    if (!(flags & kSuppress)) {
      *str++ = char(input_.c);
      if ((flags & kMalloc) && str == *allocation.target + allocation.size) {
        if (!grow(str, allocation, 2 * allocation.size)) {
          done_ = kEof;
          return Outcome::kMatchFailure;
        }
      }
    }
  } while ((width <= 0 || --width > 0) && input_.get() != kEof);
  if (!(flags & kSuppress)) {
    *str++ = 0;
    if ((flags & kMalloc) && size_t(str - *allocation.target) != allocation.size) {
      char* p = static_cast<char*>(realloc(*allocation.target, size_t(str - *allocation.target)));
      if (p) *allocation.target = p;
    }
    allocation.target = nullptr;
    ++done_;
  }
  return Outcome::kDone;
}

bool Scanner::grow_wide(wchar_t*& wstr, Allocation& allocation, size_t new_count) {
  char* old = *allocation.target;
  auto* p = static_cast<wchar_t*>(realloc(old, new_count * sizeof(wchar_t)));
  if (p == nullptr) {
    new_count = allocation.size + 1;  // glibc's last-ditch effort
    p = static_cast<wchar_t*>(realloc(old, new_count * sizeof(wchar_t)));
    if (p == nullptr) return false;
  }
  *allocation.target = reinterpret_cast<char*>(p);
  wstr = p + allocation.size;
  allocation.size = new_count;
  return true;
}

// A stored wide conversion: a %m buffer shrunk to what it holds, and counted.
void Scanner::finish_wide(unsigned flags, wchar_t* wstr, Allocation& allocation) {
  if (flags & kMalloc) {
    auto* base = reinterpret_cast<wchar_t*>(*allocation.target);
    if (size_t(wstr - base) != allocation.size) {
      void* p = realloc(base, size_t(wstr - base) * sizeof(wchar_t));
      if (p) *allocation.target = static_cast<char*>(p);
    }
  }
  allocation.target = nullptr;
  ++done_;
}

// One multibyte character whose first byte c was read: false (EILSEQ, glibc's
// encode_error) when it is invalid, is L'\0', or the input ends inside it.
bool Scanner::convert(int c, wchar_t* to, mbstate_t& state) {
  for (;;) {
    char byte = char(c);
    size_t n = mbrtowc(to, &byte, 1, &state);
    if (n == size_t(-2)) {
      if ((c = input_.get()) == kEof) break;
      continue;
    }
    if (n == 1) return true;
    break;
  }
  errno = EILSEQ;
  return false;
}

Outcome Scanner::scan_wide_chars(unsigned flags, int width, wchar_t* wstr, Allocation& allocation) {
  int c = input_.get();
  if (c == kEof) return Outcome::kInputFailure;
  const bool store = !(flags & kSuppress);
  mbstate_t state = {};
  do {
    if (store && (flags & kMalloc) &&
        wstr == reinterpret_cast<wchar_t*>(*allocation.target) + allocation.size) {
      size_t size = allocation.size;  // (as scan_chars: glibc's is one short here too)
      if (!grow_wide(wstr, allocation, size + (size > size_t(width) ? width : size))) {
        done_ = kEof;
        return Outcome::kMatchFailure;
      }
    }
    if (!convert(c, store ? wstr : nullptr, state)) return Outcome::kMatchFailure;
    if (store) ++wstr;
  } while (--width > 0 && (c = input_.get()) != kEof);
  if (store) finish_wide(flags, wstr, allocation);
  return Outcome::kDone;
}

Outcome Scanner::scan_wide_string(unsigned flags, int width, wchar_t* wstr,
                                  Allocation& allocation) {
  int c = input_.get();
  if (c == kEof) return Outcome::kInputFailure;
  const bool store = !(flags & kSuppress);
  mbstate_t state = {};
  do {
    if (is_space(c)) {
      input_.unget(c);
      break;
    }
    if (!convert(c, store ? wstr : nullptr, state)) return Outcome::kMatchFailure;
    if (store) {
      ++wstr;
      if ((flags & kMalloc) &&
          wstr == reinterpret_cast<wchar_t*>(*allocation.target) + allocation.size &&
          !grow_wide(wstr, allocation, 2 * allocation.size)) {
        done_ = kEof;
        return Outcome::kMatchFailure;
      }
    }
  } while ((width <= 0 || --width > 0) && (c = input_.get()) != kEof);
  if (store) {
    *wstr++ = 0;
    finish_wide(flags, wstr, allocation);
  }
  return Outcome::kDone;
}

Outcome Scanner::scan_set(unsigned flags, int width, const unsigned char*& f, char* str,
                          wchar_t* wstr, Allocation& allocation) {
  bool in_set[256] = {};
  bool negated = false;
  if (*f == '^') {
    ++f;
    negated = true;
  }
  if (width < 0) width = 0x7fffffff;
  if (*f == ']' || *f == '-') in_set[*f++] = true;  // first: a member, not an end or range
  unsigned fc;
  while ((fc = *f++) != 0 && fc != ']') {
    if (fc == '-' && *f != 0 && *f != ']' && f[-2] <= *f) {
      // f[-2]..*f: the last one is added as a plain member on the next turn.
      for (unsigned x = f[-2]; x < *f; ++x) in_set[x] = true;
    } else {
      in_set[fc] = true;
    }
  }
  if (fc == 0) {
    --f;  // leave the loop at the NUL
    return Outcome::kMatchFailure;
  }
  const size_t before = input_.count;
  if (input_.get() == kEof) return Outcome::kInputFailure;
  if (flags & kLong) {
    // %l[: the set is of bytes, each byte tested; bytes are converted as they come, and a
    // byte that leaves a character incomplete does not count against the width.
    mbstate_t state = {};
    size_t pending = 0;
    const bool store = !(flags & kSuppress);
    do {
      if (in_set[input_.c] == negated) {
        input_.unget(input_.c);
        break;
      }
      if (store) {
        char byte = char(input_.c);
        if (mbrtowc(wstr, &byte, 1, &state) == size_t(-2)) {
          ++pending;
          continue;
        }
        pending = 0;
        ++wstr;  // (as glibc: also past an invalid byte, leaving that element as it was)
        if ((flags & kMalloc) &&
            wstr == reinterpret_cast<wchar_t*>(*allocation.target) + allocation.size &&
            !grow_wide(wstr, allocation, 2 * allocation.size)) {
          done_ = kEof;
          return Outcome::kMatchFailure;
        }
      }
      if (--width <= 0) break;
    } while (input_.get() != kEof);
    if (pending != 0) {
      errno = EILSEQ;  // the input stopped inside a character
      return Outcome::kMatchFailure;
    }
    if (input_.count == before) return Outcome::kMatchFailure;
    if (store) {
      *wstr++ = 0;
      finish_wide(flags, wstr, allocation);
    }
    return Outcome::kDone;
  }
  do {
    if (in_set[input_.c] == negated) {
      input_.unget(input_.c);
      break;
    }
    if (!(flags & kSuppress)) {
      *str++ = char(input_.c);
      if ((flags & kMalloc) && str == *allocation.target + allocation.size) {
        if (!grow(str, allocation, 2 * allocation.size)) {
          done_ = kEof;
          return Outcome::kMatchFailure;
        }
      }
    }
  } while (--width > 0 && input_.get() != kEof);
  if (input_.count == before) return Outcome::kMatchFailure;  // nothing matched
  if (!(flags & kSuppress)) {
    *str++ = 0;
    if ((flags & kMalloc) && size_t(str - *allocation.target) != allocation.size) {
      char* p = static_cast<char*>(realloc(*allocation.target, size_t(str - *allocation.target)));
      if (p) *allocation.target = p;
    }
    allocation.target = nullptr;
    ++done_;
  }
  return Outcome::kDone;
}

long Scanner::run() {
  bool skip_space = false;
  Allocation allocation;
  Outcome outcome = Outcome::kDone;
  const unsigned char* f = format_;
  while (*f != 0 && outcome == Outcome::kDone) {
    int fc = *f++;
    if (fc >= 0x80) errno = EILSEQ;  // glibc's mbrlen of a non-ASCII byte in the C locale
    if (fc != '%') {
      if (is_space(fc)) {
        skip_space = true;
        continue;
      }
      int c = input_.get();
      if (c == kEof) {
        outcome = Outcome::kInputFailure;
        break;
      }
      if (skip_space) {
        while (is_space(c)) {
          if ((c = input_.get()) == kEof) break;
        }
        if (c == kEof) {
          outcome = Outcome::kInputFailure;
          break;
        }
        skip_space = false;
      }
      if (c != fc) {
        input_.unget(c);
        outcome = Outcome::kMatchFailure;
      }
      continue;
    }

    unsigned flags = 0;
    int position = 0;
    int width = 0;
    if (is_digit(*f)) {
      position = read_int(f);
      if (*f == '$') {
        ++f;
      } else {
        width = position;  // that was the width
        position = 0;
        goto got_width;
      }
    }
    while (*f == '*' || *f == '\'' || *f == 'I') {
      if (*f++ == '*') flags |= kSuppress;
    }
    if (is_digit(*f)) width = read_int(f);
  got_width:
    if (width == 0) width = -1;
    switch (*f++) {
      case 'h':
        if (*f == 'h') {
          ++f;
          flags |= kChar;
        } else {
          flags |= kShort;
        }
        break;
      case 'l':
        if (*f == 'l') {
          ++f;
          flags |= kLongLong | kLong;
        } else {
          flags |= kLong;
        }
        break;
      case 'q':
      case 'L':
        flags |= kLongLong | kLong;
        break;
      case 'm':
        flags |= kMalloc;
        if (*f == 'l') {
          ++f;
          flags |= kLong;
        }
        break;
      case 'z':
        flags |= width_flags<size_t>();
        break;
      case 'j':
        flags |= width_flags<uintmax_t>();
        break;
      case 't':
        flags |= width_flags<ptrdiff_t>();
        break;
      default:
        --f;
        break;
    }
    if (*f == 0) {
      outcome = Outcome::kMatchFailure;
      break;
    }
    fc = *f++;
    if (skip_space || (fc != '[' && fc != 'c' && fc != 'C' && fc != 'n')) {
      const int saved_errno = errno;  // as glibc: skipping leaves errno alone
      errno = 0;
      int c;
      do {
        c = input_.get();  // stays EOF once the input ended
      } while (is_space(c));
      errno = saved_errno;
      input_.unget(c);
      skip_space = false;
    }

    // The destination (and for %m, the buffer) of a conversion that stores one.
    auto string_arg = [&](size_t initial, char*& str) -> bool {
      if (flags & kSuppress) return true;
      if (flags & kMalloc) {
        char** target = static_cast<char**>(arg(position));
        if (target == nullptr) return false;
        allocation.size = initial;
        *target = static_cast<char*>(malloc(initial));
        str = *target;
        if (str == nullptr) {
          done_ = kEof;
          return false;
        }
        allocation.target = target;
        return true;
      }
      str = static_cast<char*>(arg(position));
      return str != nullptr;
    };

    // The same for a wide conversion: a wchar_t array, or a %m buffer of `initial` of them.
    auto wide_arg = [&](size_t initial, wchar_t*& wstr) -> bool {
      if (flags & kSuppress) return true;
      if (flags & kMalloc) {
        char** target = static_cast<char**>(arg(position));
        if (target == nullptr) return false;
        allocation.size = initial;
        *target = static_cast<char*>(malloc(initial * sizeof(wchar_t)));
        wstr = reinterpret_cast<wchar_t*>(*target);
        if (wstr == nullptr) {
          done_ = kEof;
          return false;
        }
        allocation.target = target;
        return true;
      }
      wstr = static_cast<wchar_t*>(arg(position));
      return wstr != nullptr;
    };

    char* str = nullptr;
    wchar_t* wstr = nullptr;
    if (fc == 'C' || fc == 'S') flags |= kLong;  // %C is %lc, %S is %ls
    switch (fc) {
      case '%': {
        int c = input_.get();
        if (c == kEof) {
          outcome = Outcome::kInputFailure;
        } else if (c != '%') {
          input_.unget(c);
          outcome = Outcome::kMatchFailure;
        }
        break;
      }
      case 'n':
        if (!(flags & kSuppress)) {
          void* target = arg(position);
          if (flags & kLongLong) {
            *static_cast<long long*>(target) = static_cast<long long>(input_.count);
          } else if (flags & kLong) {
            *static_cast<long*>(target) = static_cast<long>(input_.count);
          } else if (flags & kShort) {
            *static_cast<short*>(target) = static_cast<short>(input_.count);
          } else if (flags & kChar) {
            *static_cast<char*>(target) = static_cast<char>(input_.count);
          } else {
            *static_cast<int*>(target) = static_cast<int>(input_.count);
          }
        }
        break;
      case 'c':
      case 'C':
        if (width == -1) width = 1;
        if (flags & kLong) {
          if (!wide_arg(width > 1024 ? 1024 : size_t(width), wstr)) {
            outcome = Outcome::kMatchFailure;
            break;
          }
          outcome = scan_wide_chars(flags, width, wstr, allocation);
          break;
        }
        if (!string_arg(width > 1024 ? 1024 : size_t(width), str)) {
          outcome = Outcome::kMatchFailure;
          break;
        }
        outcome = scan_chars(flags, width, str, allocation);
        break;
      case 's':
      case 'S':
        if (flags & kLong) {
          outcome = wide_arg(100, wstr) ? scan_wide_string(flags, width, wstr, allocation)
                                        : Outcome::kMatchFailure;
          break;
        }
        if (!string_arg(100, str)) {
          outcome = Outcome::kMatchFailure;
          break;
        }
        outcome = scan_string(flags, width, str, allocation);
        break;
      case '[':
        if ((flags & kLong) ? !wide_arg(100, wstr) : !string_arg(100, str)) {
          outcome = Outcome::kMatchFailure;
          break;
        }
        outcome = scan_set(flags, width, f, str, wstr, allocation);
        break;
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
      case 'p': {
        int base = fc == 'd' || fc == 'u' ? 10 : fc == 'i' ? 0 : fc == 'o' ? 8 : 16;
        if (fc == 'p') flags = (flags & ~(kShort | kLongLong | kChar)) | kLong;
        void* target = flags & kSuppress ? nullptr : arg(position);
        outcome = scan_integer(flags, width, base, fc == 'd' || fc == 'i', fc == 'p', target);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
      case 'a':
      case 'A': {
        void* target = flags & kSuppress ? nullptr : arg(position);
        if (flags & kLongLong) {
          outcome = scan_float<long double>(flags, width, target);
        } else if (flags & kLong) {
          outcome = scan_float<double>(flags, width, target);
        } else {
          outcome = scan_float<float>(flags, width, target);
        }
        break;
      }
      default:
        outcome = Outcome::kMatchFailure;
        break;
    }
    if (done_ == kEof) break;  // %m: out of memory
  }

  if (outcome == Outcome::kDone && skip_space) {
    int c;
    do {
      c = input_.get();
    } while (is_space(c));
    input_.unget(c);
  }
  if (outcome == Outcome::kInputFailure && done_ == 0) done_ = kEof;
  if (allocation.target != nullptr) {  // a %m conversion that failed
    free(*allocation.target);
    *allocation.target = nullptr;
  }
  return done_;
}

int string_get(Source* self) {
  auto* s = static_cast<StringSource*>(self);
  if (*s->cursor == 0) return kEof;
  return *s->cursor++;
}

void string_unget(Source* self, int) { --static_cast<StringSource*>(self)->cursor; }

}  // namespace

StringSource::StringSource(const char* text)
    : Source{string_get, string_unget}, cursor(reinterpret_cast<const unsigned char*>(text)) {}

long scan(Source& source, const char* format, va_list args) noexcept {
  Scanner scanner(source, format, args);
  return scanner.run();
}

}  // namespace sysgate::stdio
