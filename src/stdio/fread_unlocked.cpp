#include <errno.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// As glibc: n items, or the whole items read before the end or an error. What does not
// fit the buffer is read straight into the caller's memory.
SYSGATE_C_FUNCTION(size_t, fread_unlocked, (void* p, size_t size, size_t n, FILE* f) noexcept) {
  size_t bytes = size * n, done = 0;
  if (!bytes) return 0;
  auto* out = static_cast<unsigned char*>(p);
  while (done < bytes) {
    size_t ready = f->rend ? static_cast<size_t>(f->rend - f->rpos) : 0;
    if (ready) {
      size_t take = ready < bytes - done ? ready : bytes - done;
      __builtin_memcpy(out + done, f->rpos, take);
      f->rpos += take;
      done += take;
      continue;
    }
    if (bytes - done >= f->buffer_size && !(f->flags & stdio::kInBackup)) {
      if (!stdio::to_read(f) || (f->flags & stdio::kEof)) break;
      long r = f->ops->read(f, out + done, bytes - done);
      if (r <= 0) {
        f->flags |= r ? stdio::kError : stdio::kEof;
        if (r) errno = static_cast<int>(-r);
        break;
      }
      done += static_cast<size_t>(r);
      continue;
    }
    int c = stdio::refill(f);
    if (c == EOF) break;
    out[done++] = static_cast<unsigned char>(c);
  }
  return done == bytes ? n : done / size;
}

}  // namespace sysgate::c
