#include "src/vdso/error.hpp"

namespace sysgate::vdso {

const char* reason_text(Error error) {
  switch (error) {
    case Error::none:
      return "no error";
    case Error::null_image:
      return "no image (null pointer)";
    case Error::truncated_header:
      return "image smaller than an ELF header";
    case Error::bad_magic:
      return "not an ELF image (bad magic)";
    case Error::bad_class:
      return "wrong ELF class (32/64-bit)";
    case Error::bad_endianness:
      return "not little-endian";
    case Error::bad_version:
      return "ELF version is not EV_CURRENT";
    case Error::bad_type:
      return "not a shared object (ET_DYN)";
    case Error::bad_machine:
      return "wrong e_machine";
    case Error::bad_phentsize:
      return "program header entry size does not match the class";
    case Error::phdrs_out_of_bounds:
      return "program headers outside the image";
    case Error::has_interp:
      return "has PT_INTERP: an executable, not a vDSO";
    case Error::no_load_segment:
      return "no PT_LOAD segment";
    case Error::no_dynamic_segment:
      return "no PT_DYNAMIC segment";
    case Error::dynamic_out_of_bounds:
      return "dynamic section outside the image";
    case Error::dynamic_unterminated:
      return "dynamic section has no DT_NULL";
    case Error::no_strtab:
      return "no DT_STRTAB";
    case Error::no_symtab:
      return "no DT_SYMTAB";
    case Error::no_hash_table:
      return "neither DT_HASH nor DT_GNU_HASH";
    case Error::bad_syment:
      return "DT_SYMENT does not match the class";
    case Error::strtab_out_of_bounds:
      return "string table outside the image";
    case Error::hash_out_of_bounds:
      return "hash table outside the image";
    case Error::bad_hash_table:
      return "malformed hash table";
    case Error::symtab_out_of_bounds:
      return "symbol table outside the image";
    case Error::versym_out_of_bounds:
      return "DT_VERSYM table outside the image";
    case Error::verdef_out_of_bounds:
      return "DT_VERDEF table outside the image";
  }
  return "unknown error";
}

}  // namespace sysgate::vdso
