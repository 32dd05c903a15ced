#include "src/internal/c_export.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(struct passwd*, getpwuid, (uid_t uid) noexcept) {
  static users::Static<passwd> storage;
  return storage.get([uid](passwd* entry, char* buf, size_t size, passwd** result) {
    return getpwuid_r(uid, entry, buf, size, result);
  });
}

}  // namespace sysgate::c
