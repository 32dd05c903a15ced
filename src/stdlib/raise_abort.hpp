#pragma once

namespace sysgate::stdlib {

// Ends the process by SIGABRT, as abort() must, even if the signal is blocked or
// handled: unblock it, raise it, and if a handler returns, reset it and raise again.
[[noreturn]] void raise_abort() noexcept;

}  // namespace sysgate::stdlib
