// The engine's loop: literal text, then one spec at a time, its arguments read in order
// from the va_list, or from a table of all arguments once a positional spec (%n$, *m$)
// appears, as glibc does.
#include "src/stdio/format.hpp"

#include "src/stdio/format_internal.hpp"

namespace sysgate::stdio {
namespace {

constexpr size_t kIntMax = 0x7fffffff;

struct Args {
  va_list list;  // the next sequential argument
  Arg* table;    // every argument, once a positional spec was seen; else nullptr
  int next = 0;  // index of the next sequential argument, in either mode
};

// Into `arg` (not returned: a union returned in memory and copied whole would make
// the integer path wait on a failed store forwarding).
void read_arg(va_list& list, ArgType type, Arg& arg) {
  if (type == kDouble) {
    arg.real = va_arg(list, double);
  } else if (type == kLongDouble) {
    arg.long_real = va_arg(list, long double);
  } else if (sizeof(long) == 4 && type == kInt64) {
    arg.integer = va_arg(list, unsigned long long);
  } else {
    arg.integer = va_arg(list, unsigned long);  // int, every pointer, and the gaps
  }
}

// `index` is a positional index or -1 (-2 for a '*') for the next one.
void fetch(Args& args, ArgType type, int index, Arg& arg) {
  if (index < 0) index = args.next++;
  if (args.table) {
    arg = args.table[index];
  } else {
    read_arg(args.list, type, arg);
  }
}

// Reads the value of %d i (signed) or u o x X (unsigned) at its length: the low bits,
// sign- or zero-extended by a shift pair.
void convert_integer(Out& out, const Spec& spec, bool is_signed, uint64_t v) {
  int shift = 64 - kLengthBits[spec.length];
  v <<= shift;
  int64_t s = is_signed ? int64_t(v) >> shift : int64_t(v >> shift);
  bool negative = is_signed && s < 0;
  format_integer(out, spec, negative ? 0 - uint64_t(s) : uint64_t(s), negative);
}

// %n: the count truncated to the target's width (x86 is little-endian: its low bytes).
void store_count(const Spec& spec, void* where, size_t count) {
  unsigned bits = kLengthBits[spec.length];
  if (bits == 8) {
    *static_cast<signed char*>(where) = static_cast<signed char>(count);
  } else if (bits == 16) {
    *static_cast<short*>(where) = static_cast<short>(count);
  } else if (bits == 32) {
    *static_cast<int*>(where) = int(count);
  } else {
    *static_cast<long long*>(where) = (long long)count;
  }
}

}  // namespace

// Reads every argument the format names into table, each with the type of the last
// spec that uses it (glibc's rule); unreferenced gaps are read as int. Reached only
// through kExtras (format_extras.cpp).
long load_table(const char* p, va_list args, Arg* table) {
  ArgType types[kMaxPositional] = {};
  int count = 0, next = 0;
  auto use = [&](int index, ArgType type) {
    if (index < 0) index = next++;
    if (index >= kMaxPositional) return false;
    types[index] = type;
    if (index >= count) count = index + 1;
    return true;
  };
  for (; *p; p++) {
    if (*p != '%') continue;
    Parsed parsed;
    const char* end = parse_spec(p + 1, parsed);
    if (!end) break;
    p = end - 1;
    bool ok = (parsed.width_arg == -1 || use(parsed.width_arg, kWord)) &&
              (parsed.precision_arg == -1 || use(parsed.precision_arg, kWord));
    ArgType type = arg_type(parsed);
    if (!ok || (type != kNoArg && !use(parsed.value_arg, type))) return -kErrorInvalid;
  }
  va_list list;
  va_copy(list, args);
  for (int i = 0; i < count; i++) read_arg(list, types[i], table[i]);
  va_end(list);
  return 0;
}

long format(Sink& sink, const char* format, va_list va) noexcept {
  const char* p = format;
  Out out{&sink};
  const Extras* extras = sink.extras;  // nullptr: a lean face, no rare conversion
  Args args;
  Arg table[kMaxPositional];
  args.table = nullptr;
  va_copy(args.list, va);
  long result = 0;
  for (;;) {
    const char* text = p;
    while (*p && *p != '%') p++;
    if (p != text) out.put(text, size_t(p - text));
    if (!*p) break;

    Parsed parsed;
    p = parse_spec(p + 1, parsed);
    if (!p) {
      result = -kErrorInvalid;
      break;
    }
    if (parsed.overflow) {
      result = -kErrorOverflow;
      break;
    }
    if (!args.table && (parsed.value_arg & parsed.width_arg & parsed.precision_arg) >= 0) {
      // (One of them is an index >= 0: the AND of three negatives is negative.)
      // The table holds the arguments of the sequential specs before this one too, and
      // args.next keeps counting them.
      if (!extras) {
        result = -kErrorInvalid;
        break;
      }
      if ((result = extras->load_table(format, va, table)) < 0) break;
      args.table = table;
    }
    Spec& spec = parsed.spec;
    Arg arg;
    if (parsed.width_arg != -1) {
      fetch(args, kWord, parsed.width_arg, arg);
      int width = int(arg.integer);
      if (width < 0) {  // a negative '*' width is the '-' flag
        spec.flags = (spec.flags | kLeft) & ~kZero;
        width = width == int(0x80000000u) ? -1 : -width;
      }
      if (width < 0) {
        result = -kErrorOverflow;
        break;
      }
      spec.width = width;
    }
    if (parsed.precision_arg != -1) {
      fetch(args, kWord, parsed.precision_arg, arg);
      int precision = int(arg.integer);
      spec.precision = precision < 0 ? -1 : precision;  // negative: as if none
    }

    Kind kind = parsed.kind;
    ArgType type = arg_type(parsed);
    if (type != kNoArg) fetch(args, type, parsed.value_arg, arg);
    if (kind <= kUnsigned) {
      convert_integer(out, spec, kind == kSigned, arg.integer);
    } else if (kind == kFloat) {
      format_float(out, spec, arg, type == kLongDouble);
    } else if (kind == kString) {
      format_string(out, spec, static_cast<const char*>(arg.pointer));
    } else if (kind == kCharacter) {
      format_char(out, spec, unsigned(arg.integer));
    } else if (kind == kPointer) {
      if (arg.pointer) {
        format_integer(out, spec, uintptr_t(arg.pointer), false);
      } else {
        spec.precision = -1;
        format_string(out, spec, "(nil)");
      }
    } else if (kind == kCount) {
      store_count(spec, arg.pointer, out.count);
    } else if (kind == kErrno) {
      format_string(out, spec, sink.errno_text ? sink.errno_text(&sink) : "");
    } else if (kind == kPercent) {
      out.put("%", 1);
    } else if (kind == kUnknown) {
      print_unknown(out, spec);
    } else if (!extras) {
      result = -kErrorInvalid;
      break;
    } else if (kind == kHexFloat) {
      extras->hex_float(out, spec, arg, type == kLongDouble);
    } else if (kind == kWideCharacter) {
      extras->wide_char(out, spec, unsigned(arg.integer));
    } else {
      extras->wide_string(out, spec, static_cast<const wchar_t*>(arg.pointer));
    }
    if (out.error) {
      result = -out.error;
      break;
    }
    if (out.count > kIntMax) {
      result = -kErrorOverflow;
      break;
    }
  }
  va_end(args.list);
  if (result == 0 && out.error) result = -out.error;
  if (result == 0) result = out.count > kIntMax ? -kErrorOverflow : long(out.count);
  return result;
}

namespace {

bool buffer_put(Sink* self, const char* bytes, size_t n) {
  BufferSink& b = *static_cast<BufferSink*>(self);
  size_t room = b.size - 1 - b.used;  // size > 0 here: put is never installed otherwise
  if (n > room) n = room;
  __builtin_memcpy(b.buffer + b.used, bytes, n);
  b.used += n;
  return true;
}

bool discard_put(Sink*, const char*, size_t) { return true; }

}  // namespace

BufferSink::BufferSink(char* b, size_t n, const Extras* rare)
    : Sink{n ? buffer_put : discard_put, nullptr, rare}, buffer(b), size(n), used(0) {}

long format_buffer(char* buffer, size_t size, const char* fmt, va_list args,
                   const char* (*errno_text)(Sink*), const Extras* extras) noexcept {
  BufferSink sink(buffer, size, extras);
  sink.errno_text = errno_text;
  long result = format(sink, fmt, args);
  if (size) buffer[sink.used] = 0;
  return result;
}

}  // namespace sysgate::stdio
