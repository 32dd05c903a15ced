// The functions exit() runs: atexit() and __cxa_atexit() registrations, newest first.
#pragma once

namespace sysgate::internal {

// False when out of memory (the first 32 need none, as POSIX asks).
bool add_exit_handler(void (*function)()) noexcept;
bool add_exit_handler(void (*function)(void*), void* argument) noexcept;
// Runs and forgets every handler, newest first, including ones added meanwhile.
// exit() calls it; exit.cpp defines a weak stand-in for programs that register none.
void run_exit_handlers() noexcept;

}  // namespace sysgate::internal
