#include "live_vdso.hpp"

#include <sys/auxv.h>

#include <arch_vdso.hpp>

#include "initial_stack.hpp"
#include "live_image.hpp"
#include "reader.hpp"

namespace sysgate::vdso {
namespace {

using NativeReader = Reader<arch::VdsoElf>;

// Single-threaded runtime: parsed once, on the first lookup, after start-up.
NativeReader reader;
Error status = Error::none;
bool parsed = false;

const NativeReader& live_reader() {
  if (!parsed) {
    parsed = true;
    const void* base =
        reinterpret_cast<const void*>(startup::find_aux(startup::process.auxv, AT_SYSINFO_EHDR));
    auto result = NativeReader::parse(base, base ? live_image_size(base) : 0, arch::vdso_machine);
    status = result.error;
    if (result.ok()) reader = result.reader;
  }
  return reader;
}

}  // namespace

void* lookup(const char* name, const char* version) noexcept {
  return live_reader().lookup(name, version);
}

Error live_status() noexcept {
  live_reader();
  return status;
}

void for_each_symbol(void (*f)(void*, const char*, const char*, void*), void* context) noexcept {
  live_reader().for_each_symbol([&](const char* name, const char* version, void* address) {
    f(context, name, version, address);
  });
}

}  // namespace sysgate::vdso
