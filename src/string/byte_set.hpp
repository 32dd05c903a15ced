// A set of bytes as a 256-bit map, for strspn and strcspn: one pass over the set, one
// lookup per byte of the string.
#pragma once

#include "src/string/word.hpp"

namespace sysgate::string {

class ByteSet {
 public:
  explicit ByteSet(const char* bytes) {
    for (auto* p = reinterpret_cast<const unsigned char*>(bytes); *p; ++p)
      bits_[*p / kBits] |= Word{1} << (*p % kBits);
  }
  bool has(char c) const {
    auto b = static_cast<unsigned char>(c);
    return bits_[b / kBits] >> (b % kBits) & 1;
  }

 private:
  static constexpr unsigned kBits = 8 * sizeof(Word);
  Word bits_[256 / kBits] = {};
};

}  // namespace sysgate::string
