// The printf engine's Sink (print_to_file locks the FILE) and the scanf engine's Source
// over a FILE (locked by the caller): vfprintf and vfscanf are made of these.
#pragma once
#include "src/stdio/c_format.hpp"
#include "src/stdio/file.hpp"
#include "src/stdio/scan.hpp"

namespace sysgate::stdio {

// Formats into the stream, locking it: vfprintf's whole work. -1 with errno on an error.
SYSGATE_REGISTER_CALL int print_to_file(FILE* f, const char* format, va_list args, ErrnoText texts,
                                        const Extras* extras = &kExtras) noexcept;

// Reads the stream a byte at a time; the engine's one-byte pushback is ungetc's.
struct FileSource : Source {
  FILE* file;
  explicit FileSource(FILE* f)
      : Source{[](Source* self) { return get_byte(static_cast<FileSource*>(self)->file); },
               [](Source* self, int c) { unget_byte(static_cast<FileSource*>(self)->file, c); }},
        file(f) {}
};

}  // namespace sysgate::stdio
