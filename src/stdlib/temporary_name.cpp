#include "src/stdlib/temporary_name.hpp"

#include <bits/kernel_errno.h>
#include <bits/kernel_fcntl.h>
#include <bits/kernel_random.h>
#include <bits/kernel_time.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

namespace sysgate::stdlib {
namespace {

constexpr char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
constexpr int letter_count = 62;
constexpr unsigned attempts = letter_count * letter_count * letter_count;

// 64 random bits from the kernel; if getrandom is missing or would block, the clock
// and the pid, which only have to differ between processes.
uint64_t random_seed() noexcept {
  uint64_t bits = 0;
  if (syscall(SYS_getrandom, &bits, sizeof bits, GRND_NONBLOCK) == sizeof bits) return bits;
  struct {
    long seconds, nanoseconds;
  } now{};
  syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &now);
  return static_cast<uint64_t>(now.nanoseconds) * 0x9e3779b97f4a7c15u ^
         static_cast<uint64_t>(syscall(SYS_getpid)) << 32 ^ static_cast<uint64_t>(now.seconds);
}

}  // namespace

Result<int> make_temporary(char* name, int suffix_length, TemporaryKind kind, int flags) noexcept {
  size_t length = strlen(name);
  if (suffix_length < 0 || length < 6 + static_cast<size_t>(suffix_length))
    return Result<int>::failure(EINVAL);
  char* x = name + length - suffix_length - 6;
  for (int i = 0; i < 6; ++i)
    if (x[i] != 'X') return Result<int>::failure(EINVAL);

  uint64_t state = random_seed();
  for (unsigned attempt = 0; attempt < attempts; ++attempt) {
    // A 64-bit LCG (Knuth's MMIX constants); its top bits pick the letters.
    state = state * 6364136223846793005u + 1442695040888963407u;
    uint64_t bits = state;
    for (int i = 0; i < 6; ++i) {
      x[i] = letters[(bits >> 40) % letter_count];
      bits = bits * 6364136223846793005u + 1;
    }
    long word;
    if (kind == TemporaryKind::file) {
      word = syscall(SYS_openat, AT_FDCWD, name,
                     (flags & ~O_ACCMODE) | O_RDWR | O_CREAT | O_EXCL | O_LARGEFILE, 0600);
    } else if (kind == TemporaryKind::directory) {
      word = syscall(SYS_mkdirat, AT_FDCWD, name, 0700);
    } else {
      // readlinkat answers like lstat without a stat buffer: EINVAL (not a link) or a
      // length (a link, dangling or not) when the name exists, ENOENT when it is free.
      char target;
      word = syscall(SYS_readlinkat, AT_FDCWD, name, &target, 1);
      word = word == -ENOENT ? 0 : word >= 0 || word == -EINVAL ? -EEXIST : word;
    }
    auto result = Result<int>::from_word(word);
    if (result.ok() || result.error() != EEXIST) return result;
  }
  return Result<int>::failure(EEXIST);
}

}  // namespace sysgate::stdlib
