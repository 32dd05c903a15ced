#include "src/grp/group_stream.hpp"
#include "src/internal/c_export.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, endgrent, () noexcept) {
  if (users::group_stream) fclose(users::group_stream);
  users::group_stream = nullptr;
}

}  // namespace sysgate::c
