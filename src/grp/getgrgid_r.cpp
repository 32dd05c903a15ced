#include "src/internal/c_export.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, getgrgid_r,
                   (gid_t gid, struct group* entry, char* buf, size_t size,
                    struct group** result) noexcept) {
  return users::find(users::group_path, entry, buf, size, result,
                     [gid](const group& e) { return e.gr_gid == gid; });
}

}  // namespace sysgate::c
