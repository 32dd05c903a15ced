#include <stdio.h>

#include "src/stdio/file.hpp"

namespace sysgate::stdio {
namespace {
[[gnu::used]] void (*const flush_hook)() noexcept = flush_at_exit;
}  // namespace

// Unbuffered: each call's output reaches the kernel before it returns.
constinit FILE standard_error = {.flags = kNoRead | kStatic | kUnbuffered,
                                 .fd = 2,
                                 .line_end = -1,
                                 .buffer = &standard_error.one_byte,
                                 .buffer_size = 1,
                                 .ops = &fd_ops};

}  // namespace sysgate::stdio

FILE* stderr = &sysgate::stdio::standard_error;
