// Dynamic symbol lookup in a vDSO image, after the kernel's reference parser
// (tools/testing/selftests/vDSO/parse_vdso.c), hardened: the image is treated as
// hostile input. Every read goes through ImageView, and every walk is bounded by
// the symbol count or the image size.
//
// One template serves both ELF classes; the caller names the class and e_machine it
// expects, e.g. Reader<elf::Elf32>::parse(p, n, elf::em_386). No heap, no libc, and a
// default Reader is constant-initialised, so a global one needs no constructor.
// A Reader points into the image it parsed: the image must outlive it.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "src/internal/elf.hpp"
#include "src/vdso/error.hpp"
#include "src/vdso/hash.hpp"
#include "src/vdso/image_view.hpp"

namespace sysgate::vdso {

template <class Elf>
class Reader {
  using Ehdr = typename Elf::Ehdr;
  using Phdr = typename Elf::Phdr;
  using Dyn = typename Elf::Dyn;
  using Sym = typename Elf::Sym;

 public:
  struct Parsed {
    Error error = Error::null_image;
    Reader reader;  // usable only when error == Error::none
    bool ok() const { return error == Error::none; }
  };

  constexpr Reader() = default;

  static Parsed parse(const void* image, size_t size, uint16_t expected_machine) {
    Parsed out;
    if (image == nullptr) return out;
    Reader r;
    r.image_ = ImageView(static_cast<const unsigned char*>(image), size);
    out.error = r.parse_image(expected_machine);
    if (out.ok()) out.reader = r;
    return out;
  }

  bool valid() const { return image_.data() != nullptr; }
  uint64_t symbol_count() const { return symbol_count_; }

  // Address of a defined global/weak function (or untyped) symbol, inside the image;
  // nullptr if absent. version nullptr accepts any version; an image without version
  // tables accepts any version too, as the kernel's parser does.
  void* lookup(const char* name, const char* version) const {
    if (!valid() || name == nullptr) return nullptr;
    return gnu_nbucket_ != 0 ? lookup_gnu(name, version) : lookup_sysv(name, version);
  }

  // f(const char* name, const char* version_or_null, void* address) for every symbol
  // of the kind lookup() accepts, in symbol table order, reached by index rather than
  // through the hash tables. The strings point into the image.
  template <class F>
  void for_each_symbol(F f) const {
    if (!valid()) return;
    for (uint64_t i = 1; i < symbol_count_; ++i) {
      Sym sym;
      if (!image_.load_element(symtab_, i, sym) || !exported(sym)) continue;
      const char* name = symbol_name(sym);
      void* address = address_of(sym);
      if (name == nullptr || *name == 0 || address == nullptr) continue;
      f(name, version_name(i), address);
    }
  }

 private:
  struct Tag {
    bool present = false;
    uint64_t value = 0;
  };
  struct DynamicTags {
    Tag strtab, symtab, strsz, syment, hash, gnu_hash, versym, verdef, verdefnum;
  };

  Error parse_image(uint16_t expected_machine) {
    Ehdr eh;
    if (!image_.load(0, eh)) return Error::truncated_header;
    if (Error e = check_header(eh, expected_machine); e != Error::none) return e;
    uint64_t dyn_offset = 0, dyn_size = 0;
    if (Error e = scan_segments(eh, dyn_offset, dyn_size); e != Error::none) return e;
    DynamicTags tags;
    if (Error e = read_dynamic(dyn_offset, dyn_size, tags); e != Error::none) return e;
    if (!tags.strtab.present) return Error::no_strtab;
    if (!tags.symtab.present) return Error::no_symtab;
    if (!tags.hash.present && !tags.gnu_hash.present) return Error::no_hash_table;
    if (tags.syment.present && tags.syment.value != sizeof(Sym)) return Error::bad_syment;
    if (Error e = set_strtab(tags); e != Error::none) return e;
    if (Error e = set_hash_tables(tags); e != Error::none) return e;
    if (!to_offset(tags.symtab.value, symtab_) ||
        !image_.contains_array(symtab_, symbol_count_, sizeof(Sym)))
      return Error::symtab_out_of_bounds;
    return set_versions(tags);
  }

  static Error check_header(const Ehdr& eh, uint16_t expected_machine) {
    for (int i = 0; i < 4; ++i)
      if (eh.e_ident[i] != elf::magic[i]) return Error::bad_magic;
    if (eh.e_ident[elf::ei_class] != Elf::elf_class) return Error::bad_class;
    if (eh.e_ident[elf::ei_data] != elf::data_lsb) return Error::bad_endianness;
    if (eh.e_ident[elf::ei_version] != elf::ev_current || eh.e_version != elf::ev_current)
      return Error::bad_version;
    if (eh.e_type != elf::et_dyn) return Error::bad_type;
    if (eh.e_machine != expected_machine) return Error::bad_machine;
    if (eh.e_phentsize != sizeof(Phdr)) return Error::bad_phentsize;
    return Error::none;
  }

  // The first PT_LOAD fixes the vaddr-to-offset mapping, as in parse_vdso.c.
  Error scan_segments(const Ehdr& eh, uint64_t& dyn_offset, uint64_t& dyn_size) {
    if (!image_.contains_array(eh.e_phoff, eh.e_phnum, sizeof(Phdr)))
      return Error::phdrs_out_of_bounds;
    bool have_load = false, have_dynamic = false;
    for (uint64_t i = 0; i < eh.e_phnum; ++i) {
      Phdr ph{};
      image_.load_element(eh.e_phoff, i, ph);  // in bounds: checked above
      if (ph.p_type == elf::pt_interp) return Error::has_interp;
      if (ph.p_type == elf::pt_load && !have_load) {
        have_load = true;
        load_vaddr_ = ph.p_vaddr;
        load_offset_ = ph.p_offset;
      } else if (ph.p_type == elf::pt_dynamic && !have_dynamic) {
        have_dynamic = true;
        dyn_offset = ph.p_offset;
        dyn_size = ph.p_filesz;
      }
    }
    if (!have_load) return Error::no_load_segment;
    if (!have_dynamic) return Error::no_dynamic_segment;
    return Error::none;
  }

  Error read_dynamic(uint64_t offset, uint64_t size, DynamicTags& tags) const {
    if (!image_.contains(offset, size)) return Error::dynamic_out_of_bounds;
    // No division: on i386 a 64-bit one would call libgcc's __udivdi3.
    for (uint64_t used = 0; size - used >= sizeof(Dyn); used += sizeof(Dyn)) {
      Dyn d{};
      image_.load(offset + used, d);  // in bounds: checked above
      const Tag tag{true, static_cast<uint64_t>(d.d_val)};
      switch (static_cast<int64_t>(d.d_tag)) {
        case elf::dt_null:
          return Error::none;
        case elf::dt_strtab:
          tags.strtab = tag;
          break;
        case elf::dt_symtab:
          tags.symtab = tag;
          break;
        case elf::dt_strsz:
          tags.strsz = tag;
          break;
        case elf::dt_syment:
          tags.syment = tag;
          break;
        case elf::dt_hash:
          tags.hash = tag;
          break;
        case elf::dt_gnu_hash:
          tags.gnu_hash = tag;
          break;
        case elf::dt_versym:
          tags.versym = tag;
          break;
        case elf::dt_verdef:
          tags.verdef = tag;
          break;
        case elf::dt_verdefnum:
          tags.verdefnum = tag;
          break;
        default:
          break;
      }
    }
    return Error::dynamic_unterminated;
  }

  // DT_* pointers and st_value are virtual addresses in the first PT_LOAD's frame.
  bool to_offset(uint64_t vaddr, uint64_t& offset) const {
    if (vaddr < load_vaddr_) return false;
    return !__builtin_add_overflow(vaddr - load_vaddr_, load_offset_, &offset);
  }

  // Without DT_STRSZ the table may run to the end of the image; names are still
  // required to end inside it.
  Error set_strtab(const DynamicTags& tags) {
    if (!to_offset(tags.strtab.value, strtab_)) return Error::strtab_out_of_bounds;
    uint64_t size = tags.strsz.present ? tags.strsz.value : image_.size() - strtab_;
    if (!image_.contains(strtab_, size)) return Error::strtab_out_of_bounds;
    strtab_end_ = strtab_ + size;
    return Error::none;
  }

  Error set_hash_tables(const DynamicTags& tags) {
    if (tags.hash.present) {
      if (Error e = set_sysv_hash(tags.hash.value); e != Error::none) return e;
    }
    if (tags.gnu_hash.present) return set_gnu_hash(tags.gnu_hash.value, !tags.hash.present);
    return Error::none;
  }

  // DT_HASH: nbucket, nchain, bucket[nbucket], chain[nchain]; nchain is the symbol count.
  Error set_sysv_hash(uint64_t vaddr) {
    uint64_t offset;
    uint32_t header[2];
    if (!to_offset(vaddr, offset) || !image_.load(offset, header)) return Error::hash_out_of_bounds;
    if (header[0] == 0) return Error::bad_hash_table;
    hash_buckets_ = offset + sizeof header;
    if (!image_.contains_array(hash_buckets_, uint64_t{header[0]} + header[1], 4))
      return Error::hash_out_of_bounds;
    hash_nbucket_ = header[0];
    hash_chains_ = hash_buckets_ + 4 * uint64_t{header[0]};
    symbol_count_ = header[1];
    return Error::none;
  }

  // DT_GNU_HASH: nbuckets, symoffset, bloom_size, bloom_shift, bloom[bloom_size],
  // buckets[nbuckets], chain[] for symbols symoffset.. (bit 0 ends a chain). The Bloom
  // filter is only a shortcut and is skipped, as the kernel's parser does.
  Error set_gnu_hash(uint64_t vaddr, bool count_symbols) {
    uint64_t offset, buckets;
    uint32_t header[4];
    if (!to_offset(vaddr, offset) || !image_.load(offset, header)) return Error::hash_out_of_bounds;
    const uint32_t nbuckets = header[0], symoffset = header[1];
    if (nbuckets == 0) return Error::bad_hash_table;
    if (!image_.contains_array(offset + sizeof header, header[2], sizeof(typename Elf::BloomWord)))
      return Error::hash_out_of_bounds;
    buckets = offset + sizeof header + uint64_t{header[2]} * sizeof(typename Elf::BloomWord);
    if (!image_.contains_array(buckets, nbuckets, 4)) return Error::hash_out_of_bounds;
    uint32_t highest = 0;
    for (uint64_t i = 0; i < nbuckets; ++i) {
      uint32_t first = 0;
      image_.load_element(buckets, i, first);  // in bounds: checked above
      if (first != 0 && first < symoffset) return Error::bad_hash_table;
      if (first > highest) highest = first;
    }
    gnu_buckets_ = buckets;
    gnu_chain_ = buckets + 4 * uint64_t{nbuckets};
    gnu_symoffset_ = symoffset;
    gnu_nbucket_ = nbuckets;
    if (count_symbols) return count_gnu_symbols(highest);
    return Error::none;
  }

  // Without DT_HASH nothing states the symbol count: it is one past the end of the
  // chain that starts highest. Each step reads a new in-bounds word, so it ends.
  Error count_gnu_symbols(uint32_t highest) {
    if (highest == 0) {
      symbol_count_ = gnu_symoffset_;
      return Error::none;
    }
    for (uint64_t i = highest;; ++i) {
      uint32_t link;
      if (!image_.load_element(gnu_chain_, i - gnu_symoffset_, link))
        return Error::hash_out_of_bounds;
      if (link & 1) {
        symbol_count_ = i + 1;
        return Error::none;
      }
    }
  }

  // Versioning needs both tables; with either missing every version is accepted.
  Error set_versions(const DynamicTags& tags) {
    if (!tags.versym.present || !tags.verdef.present) return Error::none;
    if (!to_offset(tags.versym.value, versym_) ||
        !image_.contains_array(versym_, symbol_count_, sizeof(elf::Versym)))
      return Error::versym_out_of_bounds;
    if (!to_offset(tags.verdef.value, verdef_) || !image_.contains(verdef_, sizeof(elf::Verdef)))
      return Error::verdef_out_of_bounds;
    verdef_limit_ = tags.verdefnum.present ? tags.verdefnum.value : UINT64_MAX;
    has_versions_ = true;
    return Error::none;
  }

  void* lookup_sysv(const char* name, const char* version) const {
    uint32_t index;
    if (!image_.load_element(hash_buckets_, sysv_hash(name) % hash_nbucket_, index)) return nullptr;
    // A chain longer than the symbol table is a loop.
    for (uint64_t steps = 0; index != 0 && index < symbol_count_ && steps < symbol_count_;
         ++steps) {
      if (void* p = match(index, name, version)) return p;
      if (!image_.load_element(hash_chains_, index, index)) return nullptr;
    }
    return nullptr;
  }

  void* lookup_gnu(const char* name, const char* version) const {
    const uint32_t hash = gnu_hash(name);
    uint32_t first;
    if (!image_.load_element(gnu_buckets_, hash % gnu_nbucket_, first) || first == 0)
      return nullptr;
    for (uint64_t i = first; i < symbol_count_; ++i) {
      uint32_t link;
      if (!image_.load_element(gnu_chain_, i - gnu_symoffset_, link)) return nullptr;
      if ((link | 1) == (hash | 1)) {
        if (void* p = match(i, name, version)) return p;
      }
      if (link & 1) return nullptr;
    }
    return nullptr;
  }

  void* match(uint64_t index, const char* name, const char* version) const {
    Sym sym;
    if (!image_.load_element(symtab_, index, sym) || !exported(sym)) return nullptr;
    const char* sym_name = symbol_name(sym);
    if (sym_name == nullptr || !string_equal(sym_name, name)) return nullptr;
    if (version != nullptr && has_versions_) {
      uint32_t defined_hash = 0;
      const char* defined = version_name(index, &defined_hash);
      if (defined == nullptr || defined_hash != sysv_hash(version) ||
          !string_equal(defined, version))
        return nullptr;
    }
    return address_of(sym);
  }

  static bool exported(const Sym& sym) {
    const uint8_t type = elf::st_type(sym.st_info), bind = elf::st_bind(sym.st_info);
    return (type == elf::stt_func || type == elf::stt_notype) &&
           (bind == elf::stb_global || bind == elf::stb_weak) && sym.st_shndx != elf::shn_undef;
  }

  const char* symbol_name(const Sym& sym) const {
    return image_.string_at(strtab_ + sym.st_name, strtab_end_);
  }

  // Never a pointer outside the image, whatever st_value says.
  void* address_of(const Sym& sym) const {
    uint64_t offset;
    if (!to_offset(sym.st_value, offset)) return nullptr;
    return const_cast<void*>(image_.pointer_at(offset));
  }

  // The name of the version symbol `index` is defined in (base version excluded), and
  // its vd_hash; nullptr if unversioned or if the tables do not say.
  const char* version_name(uint64_t index, uint32_t* hash = nullptr) const {
    elf::Versym versym;
    if (!has_versions_ || !image_.load_element(versym_, index, versym)) return nullptr;
    const uint16_t wanted = versym & static_cast<uint16_t>(~elf::versym_hidden);
    if (wanted < elf::ver_ndx_first_defined) return nullptr;
    uint64_t offset = verdef_;
    for (uint64_t steps = 0; steps < verdef_limit_; ++steps) {
      elf::Verdef def;
      if (!image_.load(offset, def)) return nullptr;
      if (!(def.vd_flags & elf::ver_flg_base) &&
          (def.vd_ndx & static_cast<uint16_t>(~elf::versym_hidden)) == wanted) {
        elf::Verdaux aux;
        if (!image_.load(offset + def.vd_aux, aux)) return nullptr;
        if (hash != nullptr) *hash = def.vd_hash;
        return image_.string_at(strtab_ + aux.vda_name, strtab_end_);
      }
      // vd_next > 0 moves strictly forward, so the walk leaves the image and ends.
      if (def.vd_next == 0) return nullptr;
      offset += def.vd_next;
    }
    return nullptr;
  }

  ImageView image_;
  uint64_t load_vaddr_ = 0, load_offset_ = 0;
  uint64_t strtab_ = 0, strtab_end_ = 0;
  uint64_t symtab_ = 0, symbol_count_ = 0;
  uint64_t hash_buckets_ = 0, hash_chains_ = 0;
  uint32_t hash_nbucket_ = 0;
  uint32_t gnu_nbucket_ = 0, gnu_symoffset_ = 0;  // gnu_nbucket_ != 0: prefer GNU hash
  uint64_t gnu_buckets_ = 0, gnu_chain_ = 0;
  bool has_versions_ = false;
  uint64_t versym_ = 0, verdef_ = 0, verdef_limit_ = 0;
};

}  // namespace sysgate::vdso
