// How the runtime dies of its own accord: abort(), a smashed stack, a C++ ABI fault.
#pragma once

namespace sysgate::internal {

void write_to_stderr(const char* text, unsigned long length) noexcept;

// Ends the process by SIGABRT, as abort() must, even if the signal is blocked or
// handled: unblock it, raise it, and if a handler returns, reset it and raise again.
[[noreturn]] void raise_abort() noexcept;

// Writes `message` to stderr in one write (no formatting: the caller's state is not to
// be trusted), then raise_abort().
template <unsigned long N>
[[noreturn]] void abort_with(const char (&message)[N]) noexcept {
  write_to_stderr(message, N - 1);
  raise_abort();
}

}  // namespace sysgate::internal
