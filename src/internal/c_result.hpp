// The C ABI's side of a Result: the only place errno is written.
#pragma once
#include <errno.h>

#include <sysgate/result.hpp>

namespace sysgate::c {

// -1 (as R) with errno set on error, else the value.
template <class R, class T>
inline R to_c(Result<T> result) noexcept {
  if (!result.ok()) {
    errno = result.error();
    return static_cast<R>(-1);
  }
  return static_cast<R>(result.value());
}

}  // namespace sysgate::c
