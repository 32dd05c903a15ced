#include "src/internal/c_export.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(struct group*, getgrgid, (gid_t gid) noexcept) {
  static users::Static<group> storage;
  return storage.get([gid](group* entry, char* buf, size_t size, group** result) {
    return getgrgid_r(gid, entry, buf, size, result);
  });
}

}  // namespace sysgate::c
