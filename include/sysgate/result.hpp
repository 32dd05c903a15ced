// Result<T>: a syscall's outcome as a value, never through errno.
//
// The kernel answers with one word: -4095..-1 is an error number negated, anything
// else is the value. The band is exact: an mmap address above 0xfffff000 on i386 is a
// value only if it lies outside it, which the kernel guarantees.
#pragma once

namespace sysgate {

inline constexpr unsigned long max_errno = 4095;

// True for a kernel word in the error band -4095..-1.
constexpr bool is_error_word(long word) noexcept {
  return static_cast<unsigned long>(word) >=
         static_cast<unsigned long>(-static_cast<long>(max_errno));
}

template <class T>
class [[nodiscard]] Result {
 public:
  // From the raw kernel word.
  static constexpr Result from_word(long word) noexcept { return Result(word); }
  static constexpr Result failure(int error) noexcept { return Result(-static_cast<long>(error)); }

  constexpr bool ok() const noexcept { return !is_error_word(word_); }
  constexpr explicit operator bool() const noexcept { return ok(); }
  // The positive errno value (EBADF, ...), or 0 when ok().
  constexpr int error() const noexcept { return ok() ? 0 : static_cast<int>(-word_); }
  // The value; meaningful only when ok().
  constexpr T value() const noexcept { return (T)(word_); }
  constexpr T value_or(T fallback) const noexcept { return ok() ? value() : fallback; }
  constexpr long word() const noexcept { return word_; }

 private:
  constexpr explicit Result(long word) noexcept : word_(word) {}
  long word_;
};

}  // namespace sysgate
