#include "src/grp/group_stream.hpp"
#include "src/internal/c_export.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

// Back to the first entry.
SYSGATE_C_FUNCTION(void, setgrent, () noexcept) {
  if (users::group_stream) rewind(users::group_stream);
}

}  // namespace sysgate::c
