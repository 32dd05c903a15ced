/* The examples' whole output layer: strings, decimal and hex straight to a file
 * descriptor with write(2). sysgate has no printf yet, and a program that shows how
 * it enters the kernel should not hide its writes behind a buffer anyway: every call
 * here is one write. Plain C, so the C and C++ examples share it, and it only uses
 * write and strlen, so it builds against the host libc (-DSYSGATE_HOST_LIBC) too. */
#ifndef SYSGATE_EXAMPLES_PRINT_H
#define SYSGATE_EXAMPLES_PRINT_H
#include <string.h>
#include <unistd.h>

static inline void put(int fd, const char* s) { write(fd, s, strlen(s)); }

/* Fills buf from its end, so no digit reversal is needed; returns the first digit. */
static inline char* format_unsigned(char* end, unsigned long value, unsigned base) {
  char* p = end;
  do {
    *--p = "0123456789abcdef"[value % base];
    value /= base;
  } while (value);
  return p;
}

static inline void put_dec(int fd, long value) {
  char buf[24];
  char* end = buf + sizeof buf;
  /* Negated as unsigned: -LONG_MIN does not fit in a long. */
  unsigned long magnitude = value < 0 ? 0ul - (unsigned long)value : (unsigned long)value;
  char* p = format_unsigned(end, magnitude, 10);
  if (value < 0) *--p = '-';
  write(fd, p, (size_t)(end - p));
}

/* 0x-prefixed, no padding: an address or a flag word. */
static inline void put_hex(int fd, unsigned long value) {
  char buf[2 + 2 * sizeof value];
  char* end = buf + sizeof buf;
  char* p = format_unsigned(end, value, 16);
  *--p = 'x';
  *--p = '0';
  write(fd, p, (size_t)(end - p));
}

/* Exactly two digits, no prefix: one byte of a code dump. */
static inline void put_byte(int fd, unsigned char byte) {
  char pair[2] = {"0123456789abcdef"[byte >> 4], "0123456789abcdef"[byte & 15]};
  write(fd, pair, 2);
}

#endif
