// Fields of text and integers: padding, %d i u o x X p, %c %s %m and their wide forms,
// and the echo of an unknown spec.
#include "src/stdio/format_internal.hpp"

namespace sysgate::stdio {
namespace {

// Encodes a Unicode scalar value as UTF-8 into buf (4 bytes); 0 if it is none (a
// surrogate or above U+10FFFF). sysgate's only multibyte encoding is UTF-8: glibc
// agrees in a UTF-8 locale and fails with EILSEQ above 0x7f in its "C" locale.
size_t utf8(uint32_t c, char* buf) {
  if (c < 0x80) {
    buf[0] = char(c);
    return 1;
  }
  if ((c >= 0xd800 && c < 0xe000) || c > 0x10ffff) return 0;
  size_t n = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  for (size_t i = n; --i > 0; c >>= 6) buf[i] = char(0x80 | (c & 0x3f));
  buf[0] = char((0xf00 >> n) | c);  // 110xxxxx, 1110xxxx or 11110xxx
  return n;
}

void put_field(Out& out, const Spec& spec, const char* text, size_t length) {
  Spec padded = spec;
  padded.flags &= ~kZero;  // glibc pads strings and characters with spaces only
  open_field(out, padded, length, nullptr, 0);
  out.put(text, length);
  close_field(out, padded, length);
}

}  // namespace

void Out::put(const char* s, size_t n) {
  if (n == 0) return;
  count += n;
  if (error == 0 && !sink->put(sink, s, n)) error = kErrorIo;
}

void Out::pad(char c, size_t n) {
  if (n == 0) return;  // most fields: no fill
  char block[32];
  for (size_t i = 0; i < n && i < sizeof block; i++) block[i] = c;
  for (size_t k; n; n -= k) put(block, k = n < sizeof block ? n : sizeof block);
}

void open_field(Out& out, const Spec& spec, size_t length, const char* prefix,
                size_t prefix_length) {
  size_t fill = length < size_t(spec.width) ? spec.width - length : 0;
  if (!(spec.flags & (kLeft | kZero))) out.pad(' ', fill);
  out.put(prefix, prefix_length);
  if (spec.flags & kZero) out.pad('0', fill);
}

void format_integer(Out& out, const Spec& spec, uint64_t magnitude, bool negative) {
  char digits[24];
  char* end = digits + sizeof digits;
  char* p = end;
  char c = spec.conversion;
  if (c == 'o' || c == 'x' || c == 'X' || c == 'p') {
    int shift = c == 'o' ? 3 : 4;
    // One table: a digit already has bit 0x20, which makes A-F lower case.
    char lower = c == 'X' ? 0 : 0x20;
    do *--p = char("0123456789ABCDEF"[magnitude & ((1u << shift) - 1)] | lower);
    while (magnitude >>= shift);
  } else {
    // Nine digits at a time while the value needs 64 bits, then 32-bit steps, all by
    // multiplication (no libgcc division on i386).
    for (uint32_t low; magnitude > 0xffffffffu;) {
      magnitude = div_1e9(magnitude, low);
      p = put_decimal(p, low, 9);
    }
    p = put_decimal(p, uint32_t(magnitude));
  }
  bool zero = p == end - 1 && *p == '0';
  size_t count = end - p;
  if (spec.precision == 0 && zero) count = 0;  // "%.0d" of 0 prints no digit
  size_t zeros = spec.precision > int(count) ? spec.precision - count : 0;
  // '#' with o: the first digit must be a 0, even for "%#.0o" of 0.
  if (c == 'o' && (spec.flags & kAlt) && zeros == 0 && (count == 0 || *p != '0')) zeros = 1;

  char prefix[3];
  size_t prefix_length = 0;
  bool is_signed = c == 'd' || c == 'i' || c == 'p';
  if (negative) {
    prefix[prefix_length++] = '-';
  } else if (is_signed && (spec.flags & kPlus)) {
    prefix[prefix_length++] = '+';
  } else if (is_signed && (spec.flags & kSpace)) {
    prefix[prefix_length++] = ' ';
  }
  if (c == 'p' || ((c == 'x' || c == 'X') && (spec.flags & kAlt) && !zero)) {
    prefix[prefix_length++] = '0';
    prefix[prefix_length++] = c == 'X' ? 'X' : 'x';
  }
  Spec field = spec;
  if (spec.precision >= 0) field.flags &= ~kZero;  // a precision turns off the '0' flag
  size_t length = prefix_length + zeros + count;
  open_field(out, field, length, prefix, prefix_length);
  out.pad('0', zeros);
  out.put(end - count, count);
  close_field(out, field, length);
}

void format_string(Out& out, const Spec& spec, const char* text) {
  if (!text) text = spec.precision < 0 || spec.precision >= 6 ? "(null)" : "";
  // Never reads past the precision: the array need not be terminated.
  size_t length = 0;
  while ((spec.precision < 0 || length < size_t(spec.precision)) && text[length]) length++;
  put_field(out, spec, text, length);
}

void format_char(Out& out, const Spec& spec, unsigned value) {
  char c = char(value);
  put_field(out, spec, &c, 1);
}

void format_wide_char(Out& out, const Spec& spec, unsigned value) {
  char buf[4];
  size_t length = utf8(value, buf);
  if (length == 0) {
    out.error = kErrorIllegal;
    return;
  }
  put_field(out, spec, buf, length);
}

void format_wide_string(Out& out, const Spec& spec, const wchar_t* text) {
  if (!text) return format_string(out, spec, nullptr);
  // First the length: whole characters that fit in the precision (counted in bytes).
  size_t length = 0, n;
  char buf[4];
  for (const wchar_t* w = text; *w; w++) {
    if ((n = utf8(uint32_t(*w), buf)) == 0) {
      out.error = kErrorIllegal;
      return;
    }
    if (spec.precision >= 0 && length + n > size_t(spec.precision)) break;
    length += n;
  }
  Spec padded = spec;
  padded.flags &= ~kZero;
  open_field(out, padded, length, nullptr, 0);
  for (size_t done = 0; done < length; done += n) out.put(buf, n = utf8(uint32_t(*text++), buf));
  close_field(out, padded, length);
}

void print_unknown(Out& out, const Spec& spec) {
  // Built backwards from the letter: at most 1 + 4 flags + 10 + 1 + 10 + 1 bytes.
  char text[32];
  char* end = text + sizeof text;
  char* p = end;
  *--p = spec.conversion;
  if (spec.precision != -1) {
    p = put_decimal(p, unsigned(spec.precision));
    *--p = '.';
  }
  if (spec.width != 0) p = put_decimal(p, unsigned(spec.width));
  if (spec.flags & kZero) *--p = '0';
  if (spec.flags & kLeft) *--p = '-';
  if (spec.flags & kPlus) {
    *--p = '+';
  } else if (spec.flags & kSpace) {
    *--p = ' ';
  }
  if (spec.flags & kAlt) *--p = '#';
  *--p = '%';
  out.put(p, size_t(end - p));
}

}  // namespace sysgate::stdio
