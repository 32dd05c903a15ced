#include "src/vdso/live_image.hpp"

#include <stdint.h>

#include "src/internal/elf.hpp"
#include "src/vdso/image_view.hpp"

namespace sysgate::vdso {
namespace {

constexpr uint64_t page_size = 4096;
constexpr uint64_t max_image_size = 64 * 1024;

template <class Elf>
size_t load_extent(const unsigned char* base) {
  using Phdr = typename Elf::Phdr;
  const ImageView page(base, page_size);
  typename Elf::Ehdr eh;
  page.load(0, eh);
  if (eh.e_phentsize != sizeof(Phdr) || !page.contains_array(eh.e_phoff, eh.e_phnum, sizeof(Phdr)))
    return 0;
  uint64_t end = 0;
  for (uint64_t i = 0; i < eh.e_phnum; ++i) {
    Phdr ph{};
    page.load_element(eh.e_phoff, i, ph);
    uint64_t segment_end;
    if (ph.p_type != elf::pt_load) continue;
    if (__builtin_add_overflow(uint64_t{ph.p_offset}, uint64_t{ph.p_filesz}, &segment_end))
      return 0;
    if (segment_end > end) end = segment_end;
  }
  if (end == 0 || end > max_image_size) return 0;
  // Mappings are whole pages: the page holding the last loaded byte is all there.
  return static_cast<size_t>((end + page_size - 1) & ~(page_size - 1));
}

}  // namespace

size_t live_image_size(const void* base) {
  if (base == nullptr) return 0;
  const auto* bytes = static_cast<const unsigned char*>(base);
  for (int i = 0; i < 4; ++i)
    if (bytes[i] != elf::magic[i]) return 0;
  if (bytes[elf::ei_data] != elf::data_lsb) return 0;
  switch (bytes[elf::ei_class]) {
    case elf::class_32:
      return load_extent<elf::Elf32>(bytes);
    case elf::class_64:
      return load_extent<elf::Elf64>(bytes);
    default:
      return 0;
  }
}

}  // namespace sysgate::vdso
