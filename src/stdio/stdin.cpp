#include <stdio.h>

#include "src/stdio/file.hpp"

namespace sysgate::stdio {
namespace {
unsigned char input_buffer[kBufferSize];
}  // namespace

// Line buffered on a terminal (a read then flushes a line-buffered stdout first).
constinit FILE standard_input = {.flags = kNoWrite | kStatic | kCheckTty,
                                 .fd = 0,
                                 .line_end = -1,
                                 .buffer = input_buffer,
                                 .buffer_size = sizeof input_buffer,
                                 .ops = &fd_ops};

}  // namespace sysgate::stdio

FILE* stdin = &sysgate::stdio::standard_input;
