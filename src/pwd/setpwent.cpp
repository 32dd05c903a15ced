#include "src/internal/c_export.hpp"
#include "src/pwd/passwd_stream.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

// Back to the first entry.
SYSGATE_C_FUNCTION(void, setpwent, () noexcept) {
  if (users::passwd_stream) rewind(users::passwd_stream);
}

}  // namespace sysgate::c
