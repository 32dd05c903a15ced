// The printf formatting engine: one portable, freestanding implementation of the
// vfprintf conversion language that printf, snprintf, vfprintf, dprintf and asprintf
// all call. It never allocates, keeps no static mutable state (reentrant) and calls
// nothing from libc; output goes to a caller-supplied Sink.
//
// glibc 2.36 is the reference for every output byte; the known differences are listed
// in src/stdio/README.md.
#pragma once

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>

#include "src/internal/register_call.hpp"

namespace sysgate::stdio {

// What only some formats use: the positional table (%n$, *m$), %a/%A and %lc/%ls
// (format_internal.hpp). A Sink reaches them through `extras`, so that a program links
// them only through a face that may need them: the __*printf_lean faces, which
// <stdio.h> picks for a literal format that names none of them, pass nullptr.
struct Extras;
extern const Extras kExtras;  // format_extras.cpp

// Where formatted bytes go. A C layer embeds a Sink as the first member (or base) of its
// own state (a FILE, a buffer) and casts `self` back.
struct Sink {
  // Takes n bytes (n > 0); returns false on a write error, after which the engine stops
  // and format() returns -kErrorIo.
  bool (*put)(Sink* self, const char* bytes, size_t n);
  // The text %m prints: strerror(errno) in the C layer. Called only for %m; nullptr
  // prints nothing. The engine cannot read errno itself (it knows no libc).
  const char* (*errno_text)(Sink* self) = nullptr;
  // The rare conversions; nullptr makes a format that needs one fail with EINVAL.
  const Extras* extras = &kExtras;
};

// Error codes format() returns negated: errno values (sysgate's <errno.h> in the
// runtime, glibc's in the hosted tests: both the kernel's numbers), so the C layer
// stores -result in errno.
inline constexpr long kErrorIo = EIO;              // put() failed
inline constexpr long kErrorInvalid = EINVAL;      // a lone '%' at the end, too many args
inline constexpr long kErrorOverflow = EOVERFLOW;  // the count (or a width) > INT_MAX
inline constexpr long kErrorIllegal = EILSEQ;      // %lc/%ls of a non-character

// Largest positional argument number (%n$, *m$) accepted; glibc has no fixed limit.
inline constexpr int kMaxPositional = 64;

// Formats like vfprintf. Returns the number of bytes produced (never more than INT_MAX),
// or -kError*. `args` is not consumed: the engine works on its own va_copy.
// Stack use: at most about 9 KiB (7.4 KiB in a %f/%e/%g conversion for the exact decimal
// expansion of a long double subnormal, 1 KiB of positional-argument table), plus put().
SYSGATE_REGISTER_CALL long format(Sink& sink, const char* format, va_list args) noexcept;

// snprintf semantics: keeps the first size-1 bytes, counts them all, and NUL-terminates
// whenever size > 0.
struct BufferSink : Sink {
  char* buffer;
  size_t size;  // capacity including the NUL
  size_t used;  // bytes stored so far, at most size - 1
  BufferSink(char* b, size_t n, const Extras* extras = &kExtras);
};

// vsnprintf: the returned count is that of the untruncated output (or -kError*).
// errno_text and extras are the Sink's.
long format_buffer(char* buffer, size_t size, const char* format, va_list args,
                   const char* (*errno_text)(Sink*) = nullptr,
                   const Extras* extras = &kExtras) noexcept;

}  // namespace sysgate::stdio
