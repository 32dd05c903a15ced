// The table of the engine's rare conversions (format_internal.hpp, Extras): what a Sink
// links by default, and what the lean faces leave out by passing nullptr.
#include "src/stdio/format_internal.hpp"

namespace sysgate::stdio {

const Extras kExtras = {load_table, format_hex_float, format_wide_char, format_wide_string};

}  // namespace sysgate::stdio
