// Why an image was refused. One value per check, so a test can pin which check fired.
#pragma once

#include <stdint.h>

namespace sysgate::vdso {

enum class Error : uint8_t {
  none,
  null_image,
  truncated_header,  // smaller than the ELF header
  bad_magic,
  bad_class,       // not the ELF class the Reader was instantiated for
  bad_endianness,  // not little-endian
  bad_version,     // e_ident[EI_VERSION] or e_version is not EV_CURRENT
  bad_type,        // not ET_DYN
  bad_machine,     // not the e_machine the caller expects
  bad_phentsize,
  phdrs_out_of_bounds,
  has_interp,  // a vDSO is never an executable wanting an interpreter
  no_load_segment,
  no_dynamic_segment,
  dynamic_out_of_bounds,
  dynamic_unterminated,  // no DT_NULL inside PT_DYNAMIC
  no_strtab,
  no_symtab,
  no_hash_table,  // neither DT_HASH nor DT_GNU_HASH
  bad_syment,     // DT_SYMENT is not sizeof(Sym)
  strtab_out_of_bounds,
  hash_out_of_bounds,
  bad_hash_table,  // nbucket == 0, or a bucket pointing below the hashed symbols
  symtab_out_of_bounds,
  versym_out_of_bounds,
  verdef_out_of_bounds,
};

// A short English sentence for logs and sysgate-info; never nullptr.
const char* reason_text(Error error);

}  // namespace sysgate::vdso
