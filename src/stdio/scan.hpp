// The scanf engine: one portable, freestanding implementation of the vfscanf conversion
// language that sscanf and vsscanf (and later fscanf over a FILE) call. It keeps no static
// mutable state and reads its input through a caller-supplied Source, one byte at a time
// with at most one byte pushed back, so it never needs to see the input as a whole.
//
// Conversions: d i u o x X n p c s [...] (^, ']' first, ranges) % and f e g a E F G A (read
// as glibc reads them, converted by the strtod engine, exact for any length); widths, '*',
// the modifiers hh h l ll j z t L q, %m for s c [ (the string is malloc'd and grown with
// realloc, as glibc does), and positional %n$. The wide forms (%lc %ls %l[ %C %S) are not
// supported: they fail as a matching failure.
//
// glibc 2.36 (its ISO C99 __isoc99_vsscanf) is the reference for every assignment, the
// return value and errno (ERANGE from an out-of-range number, as glibc's strtol and strtod
// set it); the known differences are listed in src/stdio/scan.md.
#pragma once

#include <stdarg.h>
#include <stddef.h>

namespace sysgate::stdio {

// Where the bytes come from. A C layer embeds a Source as the first member (or base) of
// its own state (a string cursor, a FILE) and casts `self` back.
struct Source {
  // The next byte (0..255), or -1 at the end of the input or on a read error. The engine
  // calls it no more after it has returned -1 once in a scan() call.
  int (*get)(Source* self);
  // Gives back `c`, the byte get() returned last; never called twice in a row and never
  // with -1. The next get() must return it again.
  void (*unget)(Source* self, int c);
};

// Scans like vfscanf. Returns the number of assignments made (%n and suppressed ones not
// counted), or -1 (EOF) when the input ended (or failed) before the first conversion
// could assign or fail to match. `args` is not consumed: the engine works on copies.
// Stack use: under 1 KiB, plus the digit buffer of a float conversion (kDigitBuffer in
// src/stdlib/float_parse.hpp: 11.6 KiB for %Lf, 820 B for %lf), plus get() and unget().
long scan(Source& source, const char* format, va_list args) noexcept;

// A NUL-terminated string as the input: sscanf and vsscanf.
struct StringSource : Source {
  const unsigned char* cursor;
  explicit StringSource(const char* text);
};

}  // namespace sysgate::stdio
