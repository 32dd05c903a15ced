// The error band and the two ways out of a Result: a value, or -1 with errno.
#include <errno.h>

#include <catch2/catch.hpp>
#include <sysgate/result.hpp>

#include "src/internal/c_result.hpp"

using sysgate::is_error_word;
using sysgate::Result;

TEST_CASE("the error band is exactly -4095..-1") {
  CHECK(is_error_word(-1));
  CHECK(is_error_word(-4095));
  CHECK_FALSE(is_error_word(-4096));
  CHECK_FALSE(is_error_word(0));
  CHECK_FALSE(is_error_word(1));
  // A high address (an mmap on i386, say) just below the band is a value.
  CHECK_FALSE(is_error_word(static_cast<long>(static_cast<unsigned long>(-4096))));
  CHECK_FALSE(is_error_word(static_cast<long>(~0ul >> 1)));
}

TEST_CASE("Result keeps the value or the positive errno") {
  auto ok = Result<int>::from_word(42);
  CHECK(ok.ok());
  CHECK(ok.value() == 42);
  CHECK(ok.error() == 0);
  auto bad = Result<int>::from_word(-EBADF);
  CHECK_FALSE(bad.ok());
  CHECK(bad.error() == EBADF);
  CHECK(bad.value_or(7) == 7);
  CHECK(Result<long>::failure(ENOSYS).word() == -ENOSYS);
  auto address = Result<void*>::from_word(static_cast<long>(static_cast<unsigned long>(-4096)));
  CHECK(address.ok());
}

TEST_CASE("to_c sets errno only on error") {
  errno = 0;
  CHECK(sysgate::c::to_c<long>(Result<long>::from_word(-EFAULT)) == -1);
  CHECK(errno == EFAULT);
  errno = 1234;
  CHECK(sysgate::c::to_c<long>(Result<long>::from_word(5)) == 5);
  CHECK(errno == 1234);
}
