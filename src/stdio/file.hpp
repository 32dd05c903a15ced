// FILE: one buffered stream over a backend (a file descriptor, a memory buffer). The
// public <stdio.h> keeps `struct _IO_FILE` opaque; this is its layout and the few
// internal operations every stdio function is made of (see src/stdio/README.md).
#pragma once
#include <stddef.h>
#include <stdio.h>

#include "src/internal/lock.hpp"
#include "src/internal/register_call.hpp"

namespace sysgate::stdio {

enum FileFlags : unsigned {
  kNoRead = 1u << 0,   // opened without read permission
  kNoWrite = 1u << 1,  // opened without write permission
  kEof = 1u << 2,      // feof (sticky, as glibc >= 2.28)
  kError = 1u << 3,    // ferror
  kLineBuffered = 1u << 4,
  kUnbuffered = 1u << 5,
  kCheckTty = 1u << 6,   // decide line buffering (TCGETS) before the first transfer
  kAppend = 1u << 7,     // O_APPEND: ftell of pending output is from the end
  kStatic = 1u << 8,     // stdin, stdout, stderr: never freed
  kOwnBuffer = 1u << 9,  // `buffer` was malloc'd by setvbuf-less first use: free it
  kInBackup = 1u << 10,  // reading the ungetc area; the main window is saved
};

// The backend: what a FILE reads from and writes to. Each returns a byte count or a
// negated errno (never a partial error), as the kernel does.
struct FileOps {
  long (*read)(FILE* f, unsigned char* bytes, size_t n);
  long (*write)(FILE* f, const unsigned char* bytes, size_t n);
  // The new offset in *position, or a negated errno.
  int (*seek)(FILE* f, long long offset, int whence, long long* position);
  int (*close)(FILE* f);  // 0 or a negated errno
};

extern const FileOps fd_ops;  // file_fd.cpp: read(2), write(2), lseek, close(2)

inline constexpr size_t kBufferSize = 4096;  // glibc: st_blksize, 4096 on pipes, tmpfs, ext4
inline constexpr int kBackupSize = 8;        // ungetc bytes beyond the buffer's own

}  // namespace sysgate::stdio

struct _IO_FILE {
  unsigned flags = {};
  int fd = {};
  // Reading: the unread bytes are [rpos, rend); both null when not reading.
  unsigned char *rpos = {}, *rend = {};
  // Writing: pending bytes are [buffer, wpos), room up to wend; both null when not writing.
  unsigned char *wpos = {}, *wend = {};
  int line_end = {};  // '\n' when line buffered, else -1: putc's fast path compares with it
  unsigned char* buffer = {};
  size_t buffer_size = {};
  const sysgate::stdio::FileOps* ops = {};
  // The main read window while the ungetc area is read (kInBackup).
  unsigned char *saved_rpos = {}, *saved_rend = {};
  unsigned char backup[sysgate::stdio::kBackupSize] = {};
  unsigned char one_byte = {};  // the buffer of an unbuffered stream
  // Recursive: flockfile around printf. Costs one load while single-threaded.
  sysgate::internal::Lock lock = {};
  void* owner = {};
  int depth = {};
  FILE *prev = {}, *next = {};  // the open list (file_list.cpp); the standard streams are not on it
  void* cookie = {};            // the backend's own state (fmemopen, open_memstream)
};

namespace sysgate::stdio {

// flockfile/funlockfile, recursive per thread.
SYSGATE_REGISTER_CALL void lock_file(FILE* f) noexcept;
SYSGATE_REGISTER_CALL void unlock_file(FILE* f) noexcept;
struct FileGuard {
  FILE* f;
  explicit FileGuard(FILE* file) noexcept : f(file) { lock_file(f); }
  ~FileGuard() { unlock_file(f); }
  FileGuard(const FileGuard&) = delete;
  FileGuard& operator=(const FileGuard&) = delete;
};

// Sets f up for a new backend: buffer, flags from the mode; not on the open list.
void init_file(FILE* f, int fd, unsigned flags, unsigned char* buffer, size_t size) noexcept;
// Before the first transfer of a kCheckTty stream: line buffered on a terminal.
SYSGATE_REGISTER_CALL void settle_buffering(FILE* f) noexcept;
// Where the mode's buffer is: the whole buffer, or one byte when unbuffered.
inline unsigned char* buffer_end(FILE* f) noexcept {
  return f->buffer + (f->flags & kUnbuffered ? 0 : f->buffer_size);
}

// Enter read or write mode; false (with kError and errno EBADF) when the stream may not.
bool to_read(FILE* f) noexcept;
SYSGATE_REGISTER_CALL bool to_write(FILE* f) noexcept;
// Writes the pending output; false with kError and errno on a write error (the pending
// bytes are dropped, as glibc drops them).
SYSGATE_REGISTER_CALL bool flush_output(FILE* f) noexcept;
// fflush of one stream, locked by the caller: output written, input given back to the
// file offset where it can be. 0 or EOF.
int sync_file(FILE* f) noexcept;
// The next byte when [rpos, rend) is empty: backup area, then the backend. EOF at the
// end (kEof) or on an error (kError, errno).
int refill(FILE* f) noexcept;
// fwrite's engine: glibc's buffering (fill, flush, whole blocks straight through).
// Returns the bytes accepted.
SYSGATE_REGISTER_CALL size_t write_bytes(FILE* f, const unsigned char* bytes, size_t n) noexcept;
int put_byte(FILE* f, int c) noexcept;  // putc's slow path
int unget_byte(FILE* f, int c) noexcept;
// The stream position (ftello), or -1 with errno.
long long tell_file(FILE* f) noexcept;
// fseeko, locked by the caller: 0 or -1 with errno.
int seek_file(FILE* f, long long offset, int whence) noexcept;

inline int get_byte(FILE* f) noexcept { return f->rpos < f->rend ? *f->rpos++ : refill(f); }
inline int put_byte_fast(FILE* f, int c) noexcept {
  unsigned char byte = static_cast<unsigned char>(c);
  if (f->wpos < f->wend && byte != f->line_end) return *f->wpos++ = byte;
  return put_byte(f, byte);
}

// The open list of fopen'd streams (file_list.cpp), and fflush(NULL).
void link_file(FILE* f) noexcept;
void unlink_file(FILE* f) noexcept;
int flush_all() noexcept;
// exit() calls this (weakly: a program without stdio links none of it).
void flush_at_exit() noexcept;

// Mode string to open(2) flags and FileFlags; false (EINVAL) for a bad mode.
bool parse_mode(const char* mode, int* open_flags, unsigned* file_flags) noexcept;
// A malloc'd FILE with its buffer (and `extra` bytes of backend state in cookie),
// initialised and on the open list; nullptr (ENOMEM) when out of memory.
FILE* new_file(int fd, unsigned flags, const FileOps* ops, size_t extra) noexcept;
// fclose's work without freeing: 0 or EOF.
int close_file(FILE* f) noexcept;

}  // namespace sysgate::stdio
