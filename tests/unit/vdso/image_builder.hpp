// Builds small vDSO-shaped ELF images of either class in memory, so tests (and the
// fuzz corpus generator) can hand the reader images with chosen hash tables, versions
// and symbol kinds, and know where every table landed to corrupt it on purpose.
//
// Layout: Ehdr, Phdrs (LOAD, DYNAMIC, [INTERP]), .dynstr, .dynsym, [.hash],
// [.gnu.hash], [.gnu.version, .gnu.version_d], .dynamic, then 16 bytes of "code" per
// symbol. One PT_LOAD covers the image from spec.load_offset.
#pragma once

#include <stdint.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "src/internal/elf.hpp"
#include "src/vdso/hash.hpp"

namespace vdso_test {

namespace elf = sysgate::elf;

struct SymbolSpec {
  std::string name;
  uint16_t version = 2;  // versym index: 0 local, 1 global, 2.. spec.versions[i - 2]
  bool hidden = false;   // sets versym bit 15
  uint8_t type = elf::stt_func;
  uint8_t bind = elf::stb_global;
  uint16_t shndx = 12;  // any section but SHN_UNDEF
};

struct ImageSpec {
  uint16_t machine = 0;
  bool sysv_hash = true;
  bool gnu_hash = true;
  bool versions = true;
  bool interp = false;
  uint32_t sysv_nbucket = 3;
  uint32_t gnu_nbucket = 3;
  uint64_t load_vaddr = 0;
  uint64_t load_offset = 0;  // file offset where PT_LOAD starts; at most the header size
  std::vector<std::string> versions_defined = {"LINUX_2.6"};
  std::vector<SymbolSpec> symbols;
};

struct BuiltImage {
  std::vector<unsigned char> bytes;
  // File offsets, for tests that corrupt one table.
  size_t phoff = 0, dynamic = 0, dynstr = 0, dynsym = 0, hash = 0, gnu_hash = 0;
  size_t versym = 0, verdef = 0, code = 0;
  std::map<std::string, size_t> symbol_index;   // name -> index in .dynsym
  std::map<std::string, size_t> symbol_offset;  // name -> file offset of its code
};

template <class T>
void put(std::vector<unsigned char>& out, size_t offset, const T& value) {
  if (out.size() < offset + sizeof(T)) out.resize(offset + sizeof(T));
  std::memcpy(out.data() + offset, &value, sizeof(T));
}

inline size_t align_up(size_t n, size_t a) { return (n + a - 1) / a * a; }

// GNU hash order: symbols after the first are grouped by bucket.
inline std::vector<SymbolSpec> symbol_order(const ImageSpec& spec) {
  std::vector<SymbolSpec> order = spec.symbols;
  if (spec.gnu_hash) {
    std::stable_sort(order.begin(), order.end(), [&](const SymbolSpec& a, const SymbolSpec& b) {
      return sysgate::vdso::gnu_hash(a.name.c_str()) % spec.gnu_nbucket <
             sysgate::vdso::gnu_hash(b.name.c_str()) % spec.gnu_nbucket;
    });
  }
  return order;
}

template <class Elf>
BuiltImage build_image(const ImageSpec& spec) {
  using Ehdr = typename Elf::Ehdr;
  using Phdr = typename Elf::Phdr;
  using Dyn = typename Elf::Dyn;
  using Sym = typename Elf::Sym;
  using Word = typename Elf::BloomWord;  // also the class's address width
  BuiltImage img;
  std::vector<unsigned char>& out = img.bytes;
  const std::vector<SymbolSpec> syms = symbol_order(spec);
  const size_t nsyms = syms.size() + 1;  // index 0 is the null symbol
  const size_t nphdr = spec.interp ? 3 : 2;
  auto vaddr = [&](size_t offset) {
    return static_cast<Word>(spec.load_vaddr + offset - spec.load_offset);
  };

  // .dynstr: "\0", "linux-vdso.so.1", versions, symbol names, interp path.
  std::string strtab(1, '\0');
  auto add_string = [&](const std::string& s) {
    size_t at = strtab.size();
    strtab += s;
    strtab += '\0';
    return static_cast<uint32_t>(at);
  };
  const uint32_t soname = add_string("linux-vdso.so.1");
  std::vector<uint32_t> version_names, symbol_names;
  for (auto& v : spec.versions_defined) version_names.push_back(add_string(v));
  for (auto& s : syms) symbol_names.push_back(add_string(s.name));

  img.phoff = sizeof(Ehdr);
  img.dynstr = img.phoff + nphdr * sizeof(Phdr);
  img.dynsym = align_up(img.dynstr + strtab.size(), 8);
  size_t at = img.dynsym + nsyms * sizeof(Sym);
  if (spec.sysv_hash) {
    img.hash = at;
    at += 4 * (2 + spec.sysv_nbucket + nsyms);
  }
  if (spec.gnu_hash) {
    img.gnu_hash = at = align_up(at, 8);
    at += 16 + sizeof(Word) + 4 * (spec.gnu_nbucket + nsyms - 1);
  }
  if (spec.versions) {
    img.versym = at;
    img.verdef = at = align_up(at + 2 * nsyms, 4);
    at += (sizeof(elf::Verdef) + sizeof(elf::Verdaux)) * (1 + spec.versions_defined.size());
  }
  img.dynamic = at = align_up(at, 8);
  at += 12 * sizeof(Dyn);
  img.code = at = align_up(at, 16);
  const size_t total = img.code + 16 * syms.size() + 16;
  out.assign(total, 0);
  std::memcpy(out.data() + img.dynstr, strtab.data(), strtab.size());

  Ehdr eh{};
  std::memcpy(eh.e_ident, elf::magic, 4);
  eh.e_ident[elf::ei_class] = Elf::elf_class;
  eh.e_ident[elf::ei_data] = elf::data_lsb;
  eh.e_ident[elf::ei_version] = elf::ev_current;
  eh.e_type = elf::et_dyn;
  eh.e_machine = spec.machine;
  eh.e_version = elf::ev_current;
  eh.e_phoff = static_cast<decltype(eh.e_phoff)>(img.phoff);
  eh.e_ehsize = sizeof(Ehdr);
  eh.e_phentsize = sizeof(Phdr);
  eh.e_phnum = static_cast<uint16_t>(nphdr);
  put(out, 0, eh);

  Phdr load{}, dynamic{}, interp{};
  load.p_type = elf::pt_load;
  load.p_offset = static_cast<Word>(spec.load_offset);
  load.p_vaddr = load.p_paddr = vaddr(spec.load_offset);
  load.p_filesz = load.p_memsz = static_cast<Word>(total - spec.load_offset);
  load.p_flags = 5;
  load.p_align = 4096;
  dynamic.p_type = elf::pt_dynamic;
  dynamic.p_offset = static_cast<Word>(img.dynamic);
  dynamic.p_vaddr = dynamic.p_paddr = vaddr(img.dynamic);
  dynamic.p_filesz = dynamic.p_memsz = 12 * sizeof(Dyn);
  interp.p_type = elf::pt_interp;
  interp.p_offset = static_cast<Word>(img.dynstr + soname);
  put(out, img.phoff, load);
  put(out, img.phoff + sizeof(Phdr), dynamic);
  if (spec.interp) put(out, img.phoff + 2 * sizeof(Phdr), interp);

  for (size_t i = 1; i < nsyms; ++i) {
    const SymbolSpec& s = syms[i - 1];
    const size_t code = img.code + 16 * (i - 1);
    Sym sym{};
    sym.st_name = symbol_names[i - 1];
    sym.st_value = vaddr(code);
    sym.st_size = 16;
    sym.st_info = elf::st_info(s.bind, s.type);
    sym.st_shndx = s.shndx;
    put(out, img.dynsym + i * sizeof(Sym), sym);
    out[code] = 0xc3;  // ret
    img.symbol_index[s.name] = i;
    img.symbol_offset[s.name] = code;
  }

  if (spec.sysv_hash) {
    std::vector<uint32_t> bucket(spec.sysv_nbucket, 0), chain(nsyms, 0);
    for (size_t i = 1; i < nsyms; ++i) {
      uint32_t b = sysgate::vdso::sysv_hash(syms[i - 1].name.c_str()) % spec.sysv_nbucket;
      chain[i] = bucket[b];
      bucket[b] = static_cast<uint32_t>(i);
    }
    put(out, img.hash, spec.sysv_nbucket);
    put(out, img.hash + 4, static_cast<uint32_t>(nsyms));
    for (size_t b = 0; b < bucket.size(); ++b) put(out, img.hash + 8 + 4 * b, bucket[b]);
    for (size_t i = 0; i < nsyms; ++i)
      put(out, img.hash + 8 + 4 * (spec.sysv_nbucket + i), chain[i]);
  }

  if (spec.gnu_hash) {
    const uint32_t shift = 5, bits = 8 * sizeof(Word);
    Word bloom = 0;
    std::vector<uint32_t> bucket(spec.gnu_nbucket, 0);
    const size_t buckets = img.gnu_hash + 16 + sizeof(Word), chain = buckets + 4 * spec.gnu_nbucket;
    for (size_t i = 1; i < nsyms; ++i) {
      const uint32_t h = sysgate::vdso::gnu_hash(syms[i - 1].name.c_str()),
                     b = h % spec.gnu_nbucket;
      bloom |= Word{1} << (h % bits) | Word{1} << ((h >> shift) % bits);
      if (bucket[b] == 0) bucket[b] = static_cast<uint32_t>(i);
      const bool last =
          i + 1 == nsyms || sysgate::vdso::gnu_hash(syms[i].name.c_str()) % spec.gnu_nbucket != b;
      put(out, chain + 4 * (i - 1), static_cast<uint32_t>((h & ~1u) | (last ? 1u : 0u)));
    }
    const uint32_t header[4] = {spec.gnu_nbucket, 1, 1, shift};
    put(out, img.gnu_hash, header);
    put(out, img.gnu_hash + 16, bloom);
    for (size_t b = 0; b < bucket.size(); ++b) put(out, buckets + 4 * b, bucket[b]);
  }

  if (spec.versions) {
    for (size_t i = 1; i < nsyms; ++i) {
      const SymbolSpec& s = syms[i - 1];
      put(out, img.versym + 2 * i, static_cast<uint16_t>(s.version | (s.hidden ? 0x8000 : 0)));
    }
    const size_t n = 1 + spec.versions_defined.size(),
                 step = sizeof(elf::Verdef) + sizeof(elf::Verdaux);
    for (size_t k = 0; k < n; ++k) {
      const std::string name = k == 0 ? "linux-vdso.so.1" : spec.versions_defined[k - 1];
      elf::Verdef def{1,
                      static_cast<uint16_t>(k == 0 ? elf::ver_flg_base : 0),
                      static_cast<uint16_t>(k + 1),
                      1,
                      sysgate::vdso::sysv_hash(name.c_str()),
                      sizeof(elf::Verdef),
                      static_cast<uint32_t>(k + 1 == n ? 0 : step)};
      elf::Verdaux aux{k == 0 ? soname : version_names[k - 1], 0};
      put(out, img.verdef + k * step, def);
      put(out, img.verdef + k * step + sizeof(elf::Verdef), aux);
    }
  }

  std::vector<Dyn> dyn;
  auto tag = [&](int64_t t, uint64_t v) {
    Dyn d{};
    d.d_tag = static_cast<decltype(d.d_tag)>(t);
    d.d_val = static_cast<decltype(d.d_val)>(v);
    dyn.push_back(d);
  };
  tag(elf::dt_strtab, vaddr(img.dynstr));
  tag(elf::dt_symtab, vaddr(img.dynsym));
  tag(elf::dt_strsz, strtab.size());
  tag(elf::dt_syment, sizeof(Sym));
  if (spec.sysv_hash) tag(elf::dt_hash, vaddr(img.hash));
  if (spec.gnu_hash) tag(elf::dt_gnu_hash, vaddr(img.gnu_hash));
  if (spec.versions) {
    tag(elf::dt_versym, vaddr(img.versym));
    tag(elf::dt_verdef, vaddr(img.verdef));
    tag(elf::dt_verdefnum, 1 + spec.versions_defined.size());
  }
  tag(elf::dt_null, 0);
  for (size_t i = 0; i < dyn.size(); ++i) put(out, img.dynamic + i * sizeof(Dyn), dyn[i]);
  return img;
}

// The image most tests start from: what a kernel vDSO exports, plus one symbol of
// each kind the reader must refuse.
inline ImageSpec typical_spec(uint16_t machine) {
  ImageSpec spec;
  spec.machine = machine;
  spec.versions_defined = {"LINUX_2.6", "LINUX_2.5"};
  spec.symbols = {
      {"__vdso_clock_gettime", 2},
      {"__vdso_gettimeofday", 2},
      {"clock_gettime", 2, false, elf::stt_func, elf::stb_weak},
      {"__vdso_time", 2, true},  // hidden bit set: still found
      {"__kernel_vsyscall", 3, false, elf::stt_notype},
      {"undefined_symbol", 2, false, elf::stt_func, elf::stb_global, elf::shn_undef},
      {"local_symbol", 2, false, elf::stt_func, elf::stb_local},
      {"object_symbol", 2, false, elf::stt_object},
      {"unversioned_symbol", 1},
  };
  return spec;
}

// Names typical_spec exports, with the version lookup() should accept.
inline std::map<std::string, std::string> typical_exports() {
  return {{"__vdso_clock_gettime", "LINUX_2.6"}, {"__vdso_gettimeofday", "LINUX_2.6"},
          {"clock_gettime", "LINUX_2.6"},        {"__vdso_time", "LINUX_2.6"},
          {"__kernel_vsyscall", "LINUX_2.5"},    {"unversioned_symbol", ""}};
}

}  // namespace vdso_test
