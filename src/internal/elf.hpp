// ELF types and constants: what the vDSO reader's symbol lookup and static TLS (the
// program's own headers) need. Our own definitions, not <elf.h>: the unit tests
// include this beside glibc's, so nothing here may be a macro.
//
// Field layouts follow the gABI. Multi-byte fields are read natively: x86 is
// little-endian, and the reader rejects any image that is not.
#pragma once

#include <stdint.h>

namespace sysgate::elf {

inline constexpr unsigned char magic[4] = {0x7f, 'E', 'L', 'F'};
inline constexpr int ei_class = 4;
inline constexpr int ei_data = 5;
inline constexpr int ei_version = 6;
inline constexpr int ei_nident = 16;
inline constexpr uint8_t class_32 = 1;
inline constexpr uint8_t class_64 = 2;
inline constexpr uint8_t data_lsb = 1;
inline constexpr uint32_t ev_current = 1;

inline constexpr uint16_t et_dyn = 3;
inline constexpr uint16_t em_386 = 3;
inline constexpr uint16_t em_x86_64 = 62;

inline constexpr uint32_t pt_load = 1;
inline constexpr uint32_t pt_dynamic = 2;
inline constexpr uint32_t pt_interp = 3;
inline constexpr uint32_t pt_phdr = 6;
inline constexpr uint32_t pt_tls = 7;
inline constexpr uint32_t pt_gnu_relro = 0x6474e552;

inline constexpr int64_t dt_null = 0;
inline constexpr int64_t dt_hash = 4;
inline constexpr int64_t dt_strtab = 5;
inline constexpr int64_t dt_symtab = 6;
inline constexpr int64_t dt_strsz = 10;
inline constexpr int64_t dt_syment = 11;
// A static-pie's own relocations (src/startup/static_pie.cpp): RELA on x86_64, REL
// on i386, RELR (packed relative) with -z pack-relative-relocs.
inline constexpr int64_t dt_pltrelsz = 2;
inline constexpr int64_t dt_rela = 7;
inline constexpr int64_t dt_relasz = 8;
inline constexpr int64_t dt_relaent = 9;
inline constexpr int64_t dt_rel = 17;
inline constexpr int64_t dt_relsz = 18;
inline constexpr int64_t dt_relent = 19;
inline constexpr int64_t dt_jmprel = 23;
inline constexpr int64_t dt_relrsz = 35;
inline constexpr int64_t dt_relr = 36;
inline constexpr int64_t dt_relrent = 37;
inline constexpr int64_t dt_gnu_hash = 0x6ffffef5;
inline constexpr int64_t dt_versym = 0x6ffffff0;
inline constexpr int64_t dt_verdef = 0x6ffffffc;
inline constexpr int64_t dt_verdefnum = 0x6ffffffd;

inline constexpr uint16_t shn_undef = 0;
inline constexpr uint8_t stt_notype = 0;
inline constexpr uint8_t stt_object = 1;
inline constexpr uint8_t stt_func = 2;
inline constexpr uint8_t stb_local = 0;
inline constexpr uint8_t stb_global = 1;
inline constexpr uint8_t stb_weak = 2;

inline constexpr uint16_t ver_flg_base = 1;
// Versym indices 0 and 1 name no version (local, global); bit 15 marks a
// version hidden from static linking, which does not matter to a lookup.
inline constexpr uint16_t versym_hidden = 0x8000;
inline constexpr uint16_t ver_ndx_first_defined = 2;

constexpr uint8_t st_type(uint8_t info) { return info & 0xf; }
constexpr uint8_t st_bind(uint8_t info) { return info >> 4; }
constexpr uint8_t st_info(uint8_t bind, uint8_t type) {
  return static_cast<uint8_t>((bind << 4) | (type & 0xf));
}

// Version sections have the same layout in both classes.
struct Verdef {
  uint16_t vd_version;
  uint16_t vd_flags;
  uint16_t vd_ndx;
  uint16_t vd_cnt;
  uint32_t vd_hash;
  uint32_t vd_aux;   // byte offset from this Verdef to its first Verdaux
  uint32_t vd_next;  // byte offset to the next Verdef, 0 ends the chain
};
struct Verdaux {
  uint32_t vda_name;  // offset into the dynamic string table
  uint32_t vda_next;
};
using Versym = uint16_t;

struct Ehdr32 {
  unsigned char e_ident[ei_nident];
  uint16_t e_type, e_machine;
  uint32_t e_version, e_entry, e_phoff, e_shoff, e_flags;
  uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
};
struct Ehdr64 {
  unsigned char e_ident[ei_nident];
  uint16_t e_type, e_machine;
  uint32_t e_version;
  uint64_t e_entry, e_phoff, e_shoff;
  uint32_t e_flags;
  uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
};
struct Phdr32 {
  uint32_t p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_flags, p_align;
};
struct Phdr64 {  // p_flags moved up so the 64-bit fields stay aligned
  uint32_t p_type, p_flags;
  uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
};
struct Dyn32 {
  int32_t d_tag;
  uint32_t d_val;
};
struct Dyn64 {
  int64_t d_tag;
  uint64_t d_val;
};
struct Sym32 {
  uint32_t st_name, st_value, st_size;
  unsigned char st_info, st_other;
  uint16_t st_shndx;
};
struct Sym64 {  // reordered against Sym32 for alignment
  uint32_t st_name;
  unsigned char st_info, st_other;
  uint16_t st_shndx;
  uint64_t st_value, st_size;
};

struct Rel32 {
  uint32_t r_offset, r_info;
};
struct Rela32 {
  uint32_t r_offset, r_info;
  int32_t r_addend;
};
struct Rel64 {
  uint64_t r_offset, r_info;
};
struct Rela64 {
  uint64_t r_offset, r_info;
  int64_t r_addend;
};

static_assert(sizeof(Ehdr32) == 52 && sizeof(Ehdr64) == 64);
static_assert(sizeof(Phdr32) == 32 && sizeof(Phdr64) == 56);
static_assert(sizeof(Dyn32) == 8 && sizeof(Dyn64) == 16);
static_assert(sizeof(Sym32) == 16 && sizeof(Sym64) == 24);
static_assert(sizeof(Rel32) == 8 && sizeof(Rela32) == 12);
static_assert(sizeof(Rel64) == 16 && sizeof(Rela64) == 24);
static_assert(sizeof(Verdef) == 20 && sizeof(Verdaux) == 8);

// The ELF class a Reader is instantiated for. The caller picks one; nothing in the
// reader asks which machine it was compiled for.
struct Elf32 {
  static constexpr uint8_t elf_class = class_32;
  using Ehdr = Ehdr32;
  using Phdr = Phdr32;
  using Dyn = Dyn32;
  using Sym = Sym32;
  using Rel = Rel32;
  using Rela = Rela32;
  static constexpr uint32_t r_type(uint32_t info) { return info & 0xff; }
  using BloomWord = uint32_t;  // GNU hash Bloom words are ELFCLASS-sized
};
struct Elf64 {
  static constexpr uint8_t elf_class = class_64;
  using Ehdr = Ehdr64;
  using Phdr = Phdr64;
  using Dyn = Dyn64;
  using Sym = Sym64;
  using Rel = Rel64;
  using Rela = Rela64;
  static constexpr uint32_t r_type(uint64_t info) { return info & 0xffffffff; }
  using BloomWord = uint64_t;
};

// The class of this process's own image (and its vDSO): the one whose word is a pointer.
template <unsigned PointerBytes>
struct ClassWithWord;
template <>
struct ClassWithWord<4> {
  using type = Elf32;
};
template <>
struct ClassWithWord<8> {
  using type = Elf64;
};
using NativeElf = ClassWithWord<sizeof(void*)>::type;

}  // namespace sysgate::elf
