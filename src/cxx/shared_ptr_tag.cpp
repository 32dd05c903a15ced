// What libstdc++'s <memory> needs of its compiled library: make_shared's control block
// has a virtual _M_get_deleter that asks _Sp_make_shared_tag::_S_eq whether a type_info
// is make_shared's tag (bits/shared_ptr_base.h). Without RTTI (sysgate-c++ builds with
// -fno-rtti) the tag is _S_ti(), an all-zero object the size of a type_info; every real
// type_info starts with its vtable pointer, which is never null. (With RTTI off nothing
// passes a real one: std::get_deleter returns null without RTTI.)
#include <stdint.h>

namespace std {
class type_info;
struct _Sp_make_shared_tag {
  static bool _S_eq(const type_info& ti) noexcept;
};

bool _Sp_make_shared_tag::_S_eq(const type_info& ti) noexcept {
  return *reinterpret_cast<const uintptr_t*>(&ti) == 0;
}
}  // namespace std
