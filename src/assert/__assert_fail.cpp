#include <assert.h>
#include <string.h>

#include "src/internal/abort.hpp"
#include "src/internal/c_export.hpp"
#include "src/startup/initial_stack.hpp"

namespace sysgate::c {
namespace {

// Gathers the message for one write(2) (several if it is longer than the buffer).
struct Message {
  char text[512];
  unsigned long used = 0;

  void add(const char* s) {
    for (; *s; ++s) {
      if (used == sizeof text) flush();
      text[used++] = *s;
    }
  }
  void add_number(unsigned n) {
    char digits[12];
    int i = sizeof digits - 1;
    digits[i] = 0;
    do digits[--i] = static_cast<char>('0' + n % 10);
    while (n /= 10);
    add(digits + i);
  }
  void flush() {
    internal::write_to_stderr(text, used);
    used = 0;
  }
};

// glibc's __progname: argv[0] after its last '/', or "" with no argv[0].
const char* program_name() {
  startup::InitialStack process = startup::process();
  const char* name = process.argc > 0 ? process.argv[0] : nullptr;
  if (!name) return "";
  const char* slash = strrchr(name, '/');
  return slash ? slash + 1 : name;
}

}  // namespace

// glibc's format: "%s%s%s:%u: %s%sAssertion `%s' failed.\n".
SYSGATE_C_FUNCTION(void, __assert_fail,
                   (const char* expression, const char* file, unsigned int line,
                    const char* function) noexcept) {
  Message m;
  const char* program = program_name();
  m.add(program);
  if (*program) m.add(": ");
  m.add(file);
  m.add(":");
  m.add_number(line);
  m.add(": ");
  if (function) {
    m.add(function);
    m.add(": ");
  }
  m.add("Assertion `");
  m.add(expression);
  m.add("' failed.\n");
  m.flush();
  internal::raise_abort();
}

}  // namespace sysgate::c
