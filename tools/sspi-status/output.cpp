#include "output.hpp"

#include "../common/utf8.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <io.h>
#include <windows.h>
#endif

namespace tool {

#ifdef _WIN32
namespace {

// The console behind a stream, or nullptr when the stream goes to a file or a pipe.
void* console_of(std::FILE* file) noexcept {
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(file)));
    DWORD mode = 0;
    return handle != INVALID_HANDLE_VALUE && GetConsoleMode(handle, &mode) ? handle : nullptr;
}

}  // namespace
#endif

output::output(std::FILE* file) noexcept : file_(file) {
#ifdef _WIN32
    console_ = console_of(file);
#endif
}

void output::write(std::string_view text) {
    if (text.empty()) return;
#ifdef _WIN32
    // A console shows UTF-8 bytes in its own code page; as UTF-16 it shows every script. A file or a
    // pipe gets the bytes as they are.
    if (console_ != nullptr) {
        pending_.append(text);
        const std::size_t whole = pending_.size() - utf8::incomplete_tail(pending_);
        const int wide_size = MultiByteToWideChar(CP_UTF8, 0, pending_.data(), static_cast<int>(whole), nullptr, 0);
        std::wstring wide(static_cast<std::size_t>(wide_size), L'\0');
        MultiByteToWideChar(CP_UTF8, 0, pending_.data(), static_cast<int>(whole), wide.data(), wide_size);
        pending_.erase(0, whole);
        for (std::size_t at = 0; at < wide.size();) {
            DWORD written = 0;
            const auto chunk = static_cast<DWORD>(std::min<std::size_t>(wide.size() - at, 16384));
            if (!WriteConsoleW(static_cast<HANDLE>(console_), wide.data() + at, chunk, &written, nullptr) || written == 0)
                throw io_error{"write error: cannot write to the console"};
            at += written;
        }
        return;
    }
#endif
    errno = 0;
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size())
        throw io_error{std::string("write error: ") + (errno != 0 ? std::strerror(errno) : "short write")};
}

void output::finish() {
    errno = 0;
    if (std::fflush(file_) != 0 || std::ferror(file_) != 0)
        throw io_error{std::string("write error: ") + (errno != 0 ? std::strerror(errno) : "cannot flush")};
}

}  // namespace tool
