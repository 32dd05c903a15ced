// What libstdc++'s headers call to throw (bits/functexcept.h: std::__throw_out_of_range
// and the rest; its compiled library defines them). sysgate-c++ builds with
// -fno-exceptions, so each one prints what libstdc++ prints for the exception left
// uncaught and aborts (SIGABRT), as a failed operator new does. The headers reach them
// at -O0 (string_view::substr, std::function's empty call, <atomic>'s futex wait...).
// One section per function (-ffunction-sections): a program links only those it names.
#include <stddef.h>

#include "src/internal/abort.hpp"

namespace {

// The message, built in a buffer and written in one write: "terminate called after
// throwing an instance of 'TYPE'\n  what():  WHAT\n".
class Message {
 public:
  void add(const char* text) {
    while (*text && used_ < sizeof text_) text_[used_++] = *text++;
  }
  void add_unsigned(unsigned long value) {
    char digits[24];
    char* p = digits + sizeof digits;
    *--p = 0;
    do *--p = static_cast<char>('0' + value % 10);
    while (value /= 10);
    add(p);
  }
  [[noreturn]] void finish() {
    add("\n");
    sysgate::internal::write_to_stderr(text_, used_);
    sysgate::internal::raise_abort();
  }

 private:
  char text_[512];
  size_t used_ = 0;
};

Message start(const char* type) {
  Message m;
  m.add("terminate called after throwing an instance of '");
  m.add(type);
  m.add("'\n  what():  ");
  return m;
}

[[noreturn]] void uncaught(const char* type, const char* what) {
  Message m = start(type);
  m.add(what ? what : "");
  m.finish();
}

[[noreturn]] void uncaught_code(const char* type, const char* what, int code) {
  Message m = start(type);
  m.add(what);
  if (code < 0) {
    m.add("-");
    m.add_unsigned(0ul - static_cast<unsigned long>(code));
  } else {
    m.add_unsigned(static_cast<unsigned long>(code));
  }
  m.finish();
}

}  // namespace

namespace std {

[[noreturn]] void __throw_bad_exception() { uncaught("std::bad_exception", "std::bad_exception"); }
[[noreturn]] void __throw_bad_alloc() { uncaught("std::bad_alloc", "std::bad_alloc"); }
[[noreturn]] void __throw_bad_array_new_length() {
  uncaught("std::bad_array_new_length", "std::bad_array_new_length");
}
[[noreturn]] void __throw_bad_cast() { uncaught("std::bad_cast", "std::bad_cast"); }
[[noreturn]] void __throw_bad_typeid() { uncaught("std::bad_typeid", "std::bad_typeid"); }
[[noreturn]] void __throw_logic_error(const char* what) { uncaught("std::logic_error", what); }
[[noreturn]] void __throw_domain_error(const char* what) { uncaught("std::domain_error", what); }
[[noreturn]] void __throw_invalid_argument(const char* what) {
  uncaught("std::invalid_argument", what);
}
[[noreturn]] void __throw_length_error(const char* what) { uncaught("std::length_error", what); }
[[noreturn]] void __throw_out_of_range(const char* what) { uncaught("std::out_of_range", what); }
[[noreturn]] void __throw_runtime_error(const char* what) { uncaught("std::runtime_error", what); }
[[noreturn]] void __throw_range_error(const char* what) { uncaught("std::range_error", what); }
[[noreturn]] void __throw_overflow_error(const char* what) {
  uncaught("std::overflow_error", what);
}
[[noreturn]] void __throw_underflow_error(const char* what) {
  uncaught("std::underflow_error", what);
}
[[noreturn]] void __throw_ios_failure(const char* what) {
  uncaught("std::ios_base::failure", what);
}
[[noreturn]] void __throw_ios_failure(const char* what, int) {
  uncaught("std::ios_base::failure", what);
}
[[noreturn]] void __throw_system_error(int code) {
  uncaught_code("std::system_error", "error ", code);
}
[[noreturn]] void __throw_future_error(int code) {
  uncaught_code("std::future_error", "future error ", code);
}
[[noreturn]] void __throw_bad_function_call() {
  uncaught("std::bad_function_call", "bad_function_call");
}

// The format is libstdc++'s own (its __snprintf_lite): %s, %zu and %% only.
[[noreturn]] void __throw_out_of_range_fmt(const char* format, ...) {
  Message m = start("std::out_of_range");
  __builtin_va_list args;
  __builtin_va_start(args, format);
  char one[2] = {0, 0};
  for (const char* p = format; *p; ++p) {
    if (p[0] == '%' && p[1] == 's') {
      m.add(__builtin_va_arg(args, const char*));
      ++p;
    } else if (p[0] == '%' && p[1] == 'z' && p[2] == 'u') {
      m.add_unsigned(__builtin_va_arg(args, size_t));
      p += 2;
    } else {
      if (p[0] == '%' && p[1] == '%') ++p;
      one[0] = *p;
      m.add(one);
    }
  }
  __builtin_va_end(args);
  m.finish();
}

}  // namespace std
