// What mkstemp, mkostemp, mkstemps and mkdtemp share: glibc's rules for the template
// (six 'X' right before a suffix of suffix_length bytes, else EINVAL) and its retry
// loop (up to 62^3 names while the kernel says EEXIST).
#pragma once
#include <sysgate/result.hpp>

namespace sysgate::stdlib {

// name: nothing is made, the name is only checked not to exist (tmpnam, as glibc's
// __GT_NOCREATE: free when looking it up says ENOENT).
enum class TemporaryKind { file, directory, name };

// The file's descriptor, or 0 for a directory or a name; the template holds the name made.
// `flags` are mkostemp's extra open flags (the access mode in them is ignored).
Result<int> make_temporary(char* name, int suffix_length, TemporaryKind kind, int flags) noexcept;

}  // namespace sysgate::stdlib
