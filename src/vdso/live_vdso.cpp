#include "src/vdso/live_vdso.hpp"

#include <sys/auxv.h>

#include "arch_vdso.hpp"
#include "src/internal/elf.hpp"
#include "src/internal/lock.hpp"
#include "src/startup/initial_stack.hpp"
#include "src/vdso/live_image.hpp"
#include "src/vdso/reader.hpp"

namespace sysgate::vdso {
namespace {

using NativeReader = Reader<elf::NativeElf>;

// Process-global, guarded by parse_lock: parsed once, on the first lookup (after
// start-up), then only read.
internal::Lock parse_lock;
NativeReader reader;
bool parsed = false;

const NativeReader& live_reader() {
  if (__atomic_load_n(&parsed, __ATOMIC_ACQUIRE)) return reader;
  internal::LockGuard guard(parse_lock);
  if (!parsed) {
    const void* base =
        reinterpret_cast<const void*>(startup::find_aux(startup::aux_vector(), AT_SYSINFO_EHDR));
    auto result = NativeReader::parse(base, base ? live_image_size(base) : 0, arch::vdso_machine);
    if (result.ok()) reader = result.reader;
    __atomic_store_n(&parsed, true, __ATOMIC_RELEASE);
  }
  return reader;
}

}  // namespace

void* lookup(const char* name, const char* version) noexcept {
  return live_reader().lookup(name, version);
}

void for_each_symbol(void (*f)(void*, const char*, const char*, void*), void* context) noexcept {
  live_reader().for_each_symbol([&](const char* name, const char* version, void* address) {
    f(context, name, version, address);
  });
}

}  // namespace sysgate::vdso
