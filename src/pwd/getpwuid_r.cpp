#include "src/internal/c_export.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, getpwuid_r,
                   (uid_t uid, struct passwd* entry, char* buf, size_t size,
                    struct passwd** result) noexcept) {
  return users::find(users::passwd_path, entry, buf, size, result,
                     [uid](const passwd& e) { return e.pw_uid == uid; });
}

}  // namespace sysgate::c
