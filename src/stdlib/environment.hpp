// Changing the environment: setenv, unsetenv, putenv and clearenv share this.
//
// `environ` starts as the kernel's envp. The first change copies the array into
// malloc'd memory the runtime owns (owned_environ); later changes grow that copy.
// Strings setenv() builds are never freed, as in glibc: a pointer getenv() returned
// earlier stays valid after the variable changes.
#pragma once
#include <stddef.h>

#include "src/internal/lock.hpp"

namespace sysgate::stdlib {

// Guards environ and owned_environ while they change.
extern internal::Lock environ_lock;
// The array environ points to when the runtime allocated it, else null.
extern char** owned_environ;

// Length of the name part ("NAME=..."), or 0 when the name is empty or has an '='.
size_t environment_name_length(const char* name) noexcept;
// Index of the entry for the name of `length` bytes, or -1.
long environment_find(const char* name, size_t length) noexcept;
// Puts `entry` ("NAME=value") in place of the variable, or appends it. False when out
// of memory. Called with environ_lock held.
bool environment_put(char* entry, size_t name_length) noexcept;

}  // namespace sysgate::stdlib
