// A heap fault found at run time: the caller passed a pointer that is not a live block.
// The process ends by SIGABRT after one line on stderr, glibc-like
// ("free(): double free detected"), before the heap is touched.
#pragma once

namespace sysgate::heap {

enum class Caller { free, realloc, usable_size };
enum class Fault { invalid_pointer, double_free };

[[noreturn]] void fail(Caller caller, Fault fault) noexcept;

}  // namespace sysgate::heap
