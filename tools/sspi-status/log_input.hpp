// The bytes of a log as --scan reads them: UTF-8 (a byte order mark dropped), or UTF-16LE/BE with a
// byte order mark, as Windows PowerShell 5.1's Out-File writes it, turned into UTF-8. Read in chunks,
// so that memory stays bounded whatever the input.
#ifndef SSPI_STATUS_TOOL_LOG_INPUT_HPP
#define SSPI_STATUS_TOOL_LOG_INPUT_HPP

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace tool {

class log_input {
public:
    enum class encoding { utf8, utf8_bom, utf16le, utf16be };

    // start: the file's first bytes, already read from it.
    log_input(std::FILE* file, std::string_view start);

    // The next chunk of UTF-8 text (empty at the end); throws io_error on a read error.
    std::string_view next();

    encoding found() const noexcept { return encoding_; }
    // UTF-16 code units that were no character (an unpaired surrogate, a last odd byte), each
    // written as U+FFFD.
    std::size_t replaced() const noexcept { return replaced_; }

private:
    std::size_t read(char* into, std::size_t size);
    void decode_utf16(std::string_view bytes);

    std::FILE* file_;
    std::string start_;
    encoding encoding_ = encoding::utf8;
    bool started_ = false;
    std::vector<char> raw_;
    std::string decoded_;
    std::string carry_;            // UTF-16: an odd byte left over from the last chunk
    char16_t high_surrogate_ = 0;  // UTF-16: a high surrogate waiting for its low half
    std::size_t replaced_ = 0;
};

}  // namespace tool

#endif
