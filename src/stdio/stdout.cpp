#include <stdio.h>

#include "src/stdio/file.hpp"

namespace sysgate::stdio {
namespace {
unsigned char output_buffer[kBufferSize];
// Linking stdout links the exit-time flush (exit() refers to it only weakly).
[[gnu::used]] void (*const flush_hook)() noexcept = flush_at_exit;
}  // namespace

// Line buffered on a terminal, fully buffered otherwise (decided at the first write).
constinit FILE standard_output = {.flags = kNoRead | kStatic | kCheckTty,
                                  .fd = 1,
                                  .line_end = -1,
                                  .buffer = output_buffer,
                                  .buffer_size = sizeof output_buffer,
                                  .ops = &fd_ops};

}  // namespace sysgate::stdio

FILE* stdout = &sysgate::stdio::standard_output;
