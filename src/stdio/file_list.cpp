#include "src/internal/lock.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::stdio {

// stdout and stderr are not on the list (they are static, built without code): they
// are referred to weakly, so flushing links neither unless the program does.
[[gnu::weak]] extern FILE standard_output;
[[gnu::weak]] extern FILE standard_error;

namespace {
// Process-global, guarded by list_lock: every fopen'd, fdopen'd or memory stream.
internal::Lock list_lock;
FILE* open_files;
}  // namespace

void link_file(FILE* f) noexcept {
  internal::LockGuard guard(list_lock);
  f->prev = nullptr;
  f->next = open_files;
  if (open_files) open_files->prev = f;
  open_files = f;
}

void unlink_file(FILE* f) noexcept {
  internal::LockGuard guard(list_lock);
  if (f->prev) f->prev->next = f->next;
  if (f->next) f->next->prev = f->prev;
  if (open_files == f) open_files = f->next;
}

static int flush_one(FILE* f) {
  if (!f || !f->wend) return 0;
  FileGuard guard(f);
  return flush_output(f) ? 0 : EOF;
}

// fflush(NULL): every stream with output pending; EOF if any failed.
int flush_all() noexcept {
  int result = flush_one(&standard_output) | flush_one(&standard_error);
  internal::LockGuard guard(list_lock);
  for (FILE* f = open_files; f; f = f->next) result |= flush_one(f);
  return result;
}

void flush_at_exit() noexcept { flush_all(); }

}  // namespace sysgate::stdio
