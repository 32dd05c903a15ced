// Bounds-checked reads from an ELF image of known size. Every read of the image goes
// through here, so an offset taken from the image can never reach outside it.
//
// Offsets are uint64_t even on i386: an ELF64 field may not fit a size_t, and
// must be rejected rather than truncated into range.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace sysgate::vdso {

class ImageView {
 public:
  constexpr ImageView() = default;
  constexpr ImageView(const unsigned char* data, size_t size) : data_(data), size_(size) {}

  const unsigned char* data() const { return data_; }
  uint64_t size() const { return size_; }

  bool contains(uint64_t offset, uint64_t length) const {
    return offset <= size_ && length <= size_ - offset;
  }

  // Tables of count entries; false when the byte length overflows.
  bool contains_array(uint64_t offset, uint64_t count, uint64_t entry_size) const {
    uint64_t bytes;
    return !__builtin_mul_overflow(count, entry_size, &bytes) && contains(offset, bytes);
  }

  // Copied, not cast: image offsets need not be aligned for T.
  template <class T>
  bool load(uint64_t offset, T& out) const {
    if (!contains(offset, sizeof(T))) return false;
    __builtin_memcpy(&out, data_ + static_cast<size_t>(offset), sizeof(T));
    return true;
  }

  template <class T>
  bool load_element(uint64_t table, uint64_t index, T& out) const {
    uint64_t delta, offset;
    if (__builtin_mul_overflow(index, sizeof(T), &delta)) return false;
    if (__builtin_add_overflow(table, delta, &offset)) return false;
    return load(offset, out);
  }

  // A NUL-terminated string that starts at offset and ends before limit (an
  // offset, itself clamped to the image); nullptr if it runs past.
  const char* string_at(uint64_t offset, uint64_t limit) const {
    if (limit > size_) limit = size_;
    for (uint64_t i = offset; i < limit; ++i) {
      if (data_[static_cast<size_t>(i)] == 0)
        return reinterpret_cast<const char*>(data_ + static_cast<size_t>(offset));
    }
    return nullptr;
  }

  const void* pointer_at(uint64_t offset) const {
    return offset < size_ ? data_ + static_cast<size_t>(offset) : nullptr;
  }

 private:
  const unsigned char* data_ = nullptr;
  uint64_t size_ = 0;
};

// Plain C-string equality: the runtime has no strcmp to call.
constexpr bool string_equal(const char* a, const char* b) {
  while (*a != 0 && *a == *b) {
    ++a;
    ++b;
  }
  return *a == *b;
}

}  // namespace sysgate::vdso
