#include "log_input.hpp"

#include "output.hpp"

#include "../common/utf8.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace tool {
namespace {

constexpr std::size_t chunk_size = std::size_t{1} << 16;

}  // namespace

log_input::log_input(std::FILE* file, std::string_view start) : file_(file), start_(start), raw_(chunk_size) {}

std::size_t log_input::read(char* into, std::size_t size) {
    if (!start_.empty()) {  // the bytes read before, first
        const std::size_t given = std::min(size, start_.size());
        std::memcpy(into, start_.data(), given);
        start_.erase(0, given);
        return given + (given < size ? read(into + given, size - given) : 0);
    }
    errno = 0;
    const std::size_t got = std::fread(into, 1, size, file_);
    if (got < size && std::ferror(file_))
        throw io_error{std::string("read error: ") + (errno != 0 ? std::strerror(errno) : "cannot read")};
    return got;
}

std::string_view log_input::next() {
    std::size_t got = read(raw_.data(), raw_.size());
    std::string_view bytes(raw_.data(), got);
    if (!started_) {
        started_ = true;
        // A byte order mark may come in short reads from a pipe: read until three bytes or the end.
        while (got < 3 && got > 0) {
            const std::size_t more = read(raw_.data() + got, raw_.size() - got);
            if (more == 0) break;
            got += more;
        }
        bytes = std::string_view(raw_.data(), got);
        if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
            encoding_ = encoding::utf8_bom;
            bytes.remove_prefix(3);
        } else if (bytes.substr(0, 2) == "\xFF\xFE") {
            encoding_ = encoding::utf16le;
            bytes.remove_prefix(2);
        } else if (bytes.substr(0, 2) == "\xFE\xFF") {
            encoding_ = encoding::utf16be;
            bytes.remove_prefix(2);
        }
        if (bytes.empty() && got != 0) return next();  // only the mark: go on to the text
    }
    if (encoding_ != encoding::utf16le && encoding_ != encoding::utf16be) return bytes;
    decoded_.clear();
    if (got == 0) {
        // The end: what waits for its other half is no character.
        if (!carry_.empty() || high_surrogate_ != 0) {
            replaced_ += (carry_.empty() ? 0 : 1) + (high_surrogate_ != 0 ? 1 : 0);
            utf8::append(decoded_, utf8::replacement);
            if (!carry_.empty() && high_surrogate_ != 0) utf8::append(decoded_, utf8::replacement);
            carry_.clear();
            high_surrogate_ = 0;
        }
        return decoded_;
    }
    decode_utf16(bytes);
    return decoded_.empty() ? next() : std::string_view(decoded_);
}

void log_input::decode_utf16(std::string_view bytes) {
    std::string units = carry_;
    units.append(bytes);
    carry_.assign(units.size() % 2 != 0 ? units.substr(units.size() - 1) : std::string());
    const bool little = encoding_ == encoding::utf16le;
    for (std::size_t i = 0; i + 1 < units.size(); i += 2) {
        const auto first = static_cast<unsigned char>(units[i]), second = static_cast<unsigned char>(units[i + 1]);
        const auto unit = static_cast<char16_t>(little ? first | second << 8 : first << 8 | second);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (high_surrogate_ != 0) {
                utf8::append(decoded_, utf8::replacement);
                ++replaced_;
            }
            high_surrogate_ = unit;
            continue;
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            if (high_surrogate_ == 0) {
                utf8::append(decoded_, utf8::replacement);
                ++replaced_;
            } else {
                utf8::append(decoded_, 0x10000 + ((high_surrogate_ - 0xD800u) << 10) + (unit - 0xDC00u));
                high_surrogate_ = 0;
            }
            continue;
        }
        if (high_surrogate_ != 0) {
            utf8::append(decoded_, utf8::replacement);
            ++replaced_;
            high_surrogate_ = 0;
        }
        utf8::append(decoded_, unit);
    }
}

}  // namespace tool
