#include "src/internal/c_export.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, getpwnam_r,
                   (const char* name, struct passwd* entry, char* buf, size_t size,
                    struct passwd** result) noexcept) {
  return users::find(users::passwd_path, entry, buf, size, result,
                     [name](const passwd& e) { return users::same(e.pw_name, name); });
}

}  // namespace sysgate::c
