#include <stdio.h>
#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/stdlib/temporary_name.hpp"

namespace sysgate::c {

// A name in P_tmpdir that does not exist yet, as glibc makes it: "/tmp/file" and six
// random letters or digits, checked (not created) up to 62^3 times. Into s (L_tmpnam
// bytes) or, with s NULL, a static buffer that the next call overwrites; NULL with
// errno set when no name was found. Another process may take the name before the
// caller does: mkstemp has no such race.
SYSGATE_C_FUNCTION(char*, tmpnam, (char* s) noexcept) {
  static char own[L_tmpnam];
  char name[] = P_tmpdir "/fileXXXXXX";
  static_assert(sizeof name <= L_tmpnam);
  if (to_c<int>(stdlib::make_temporary(name, 0, stdlib::TemporaryKind::name, 0)) < 0)
    return nullptr;
  if (!s) s = own;
  memcpy(s, name, sizeof name);
  return s;
}

}  // namespace sysgate::c
