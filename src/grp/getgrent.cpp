#include "src/grp/group_stream.hpp"
#include "src/internal/c_export.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

// The next entry, opening the file on first use; NULL at its end.
SYSGATE_C_FUNCTION(struct group*, getgrent, () noexcept) {
  static users::Static<group> storage;
  if (!users::group_stream) users::group_stream = fopen(users::group_path, "re");
  if (!users::group_stream) return nullptr;
  return storage.get([](group* entry, char* buf, size_t size, group** result) {
    int status = users::next(users::group_stream, entry, buf, size);
    *result = status == 0 ? entry : nullptr;
    return status == ENOENT ? 0 : status;
  });
}

}  // namespace sysgate::c
