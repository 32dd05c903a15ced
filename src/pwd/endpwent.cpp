#include "src/internal/c_export.hpp"
#include "src/pwd/passwd_stream.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, endpwent, () noexcept) {
  if (users::passwd_stream) fclose(users::passwd_stream);
  users::passwd_stream = nullptr;
}

}  // namespace sysgate::c
