#include "src/internal/c_export.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, getgrnam_r,
                   (const char* name, struct group* entry, char* buf, size_t size,
                    struct group** result) noexcept) {
  return users::find(users::group_path, entry, buf, size, result,
                     [name](const group& e) { return users::same(e.gr_name, name); });
}

}  // namespace sysgate::c
