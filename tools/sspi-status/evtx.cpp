#include "evtx.hpp"

#include "text.hpp"

#ifdef SSPI_STATUS_HAVE_LIBEVTX

#include "code_argument.hpp"
#include "readings.hpp"

#include <sspi_status/events.hpp>

#include <fmt/format.h>
#include <libevtx.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace tool {
namespace {

// ---- A record's parts ----

// XML's five entities in a value, as libevtx writes them.
std::string unescaped(std::string_view text) {
    constexpr std::pair<std::string_view, char> entities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto* entity = std::find_if(std::begin(entities), std::end(entities),
                                          [&](const auto& e) { return text.compare(i, e.first.size(), e.first) == 0; });
        if (text[i] == '&' && entity != std::end(entities)) {
            out += entity->second;
            i += entity->first.size();
        } else {
            out += text[i++];
        }
    }
    return out;
}

// The values of a field of the record's XML: <Data Name="NAME">value</Data> (Security), or every
// <NAME value="value"> (CAPI2); none where the record lacks it.
std::vector<std::string> field_values(std::string_view xml, std::string_view name) {
    std::vector<std::string> values;
    const std::string data = "<Data Name=\"" + std::string(name) + "\"";
    if (const auto at = xml.find(data); at != std::string_view::npos) {
        const auto open_end = xml.find('>', at);
        if (open_end != std::string_view::npos && xml[open_end - 1] != '/') {
            const auto close = xml.find("</Data>", open_end);
            if (close != std::string_view::npos) values.push_back(unescaped(xml.substr(open_end + 1, close - open_end - 1)));
        } else if (open_end != std::string_view::npos) {
            values.emplace_back();
        }
        return values;
    }
    const std::string element = "<" + std::string(name) + " value=\"";
    for (auto at = xml.find(element); at != std::string_view::npos; at = xml.find(element, at + 1)) {
        const auto start = at + element.size(), end = xml.find('"', start);
        if (end == std::string_view::npos) break;
        std::string value = unescaped(xml.substr(start, end - start));
        if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(std::move(value));
    }
    return values;
}

// When the event happened, as its XML writes it: <TimeCreated SystemTime="2016-06-29T15:24:36.686000000Z"/>.
std::string time_created(std::string_view xml) {
    constexpr std::string_view attribute = "<TimeCreated SystemTime=\"";
    const auto at = xml.find(attribute);
    const auto end = at == std::string_view::npos ? at : xml.find('"', at + attribute.size());
    return end == std::string_view::npos ? std::string("-")
                                         : std::string(xml.substr(at + attribute.size(), end - at - attribute.size()));
}

// The first element of <UserData>: what a CAPI2 record is ("CertGetCertificateChain").
std::string user_data_element(std::string_view xml) {
    const auto at = xml.find("<UserData>");
    if (at == std::string_view::npos) return {};
    const auto open = xml.find('<', at + 10);
    if (open == std::string_view::npos) return {};
    const auto end = xml.find_first_of(" />", open + 1);
    return end == std::string_view::npos ? std::string() : std::string(xml.substr(open + 1, end - open - 1));
}

// A value as the fields write it: "0xc000006d", "0x18", "80092012" (CAPI2: hex without 0x).
std::optional<std::uint32_t> field_number(std::string_view text) {
    if (text.size() > 2 && text[0] == '0' && (text[1] | 0x20) == 'x') text.remove_prefix(2);
    if (text.empty() || text.size() > 8) return std::nullopt;
    std::uint32_t value = 0;
    for (const char c : text) {
        const int digit = hex_digit(c);
        if (digit < 0) return std::nullopt;
        value = value << 4 | static_cast<std::uint32_t>(digit);
    }
    return value;
}

// A code field of a record: its value as written, and what it is in its family (or nothing known).
struct code_field {
    std::string field, text;
    std::string_view family;
    const sspi::entry* entry = nullptr;
    std::optional<reading> other;

    // The code's name; empty for a value its family does not know.
    std::string_view name() const { return entry != nullptr ? entry->name : other ? reading_name(*other) : std::string_view(); }
};

std::optional<code_field> read_code_field(const sspi::events::field& f, std::string text) {
    const auto value = field_number(text);
    if (value == std::optional<std::uint32_t>(0)) return std::nullopt;  // success: no failure
    code_field code{std::string(f.name), std::move(text), f.family, nullptr, std::nullopt};
    if (!value) return code;
    // The other families are read as --scan reads a field label's number in a text log.
    if (f.family == "sspi")
        code.entry = sspi::find(*value);
    else
        code.other = log_number_reading(*value, false,
                                        f.family == "ntstatus"   ? log_field::ntstatus
                                        : f.family == "kerberos" ? log_field::kerberos
                                                                 : log_field::win32);
    return code;
}

struct record_info {
    long long number = 0;  // EventRecordID
    std::string time, provider, what, account, address;
    int event = 0;
    std::vector<code_field> codes;
};

// ---- Reading with libevtx ----

std::string error_text(libevtx_error_t*& error) {
    char text[512] = "";
    if (error != nullptr) {
        libevtx_error_sprint(error, text, sizeof text);
        libevtx_error_free(&error);
    }
    std::string message(text);
    std::replace(message.begin(), message.end(), '\n', ' ');
    while (!message.empty() && message.back() == ' ') message.pop_back();
    return message.empty() ? "unknown libevtx error" : message;
}

template <class Size, class Get>
std::string utf8_of(libevtx_record_t* record, Size size_of, Get get) {
    size_t size = 0;
    libevtx_error_t* error = nullptr;
    if (size_of(record, &size, &error) != 1 || size == 0) {
        libevtx_error_free(&error);
        return {};
    }
    std::string text(size, '\0');
    if (get(record, reinterpret_cast<std::uint8_t*>(text.data()), size, &error) != 1) {
        libevtx_error_free(&error);
        return {};
    }
    text.resize(size - 1);  // the size counts the NUL
    return text;
}

// The record's parts; an error message where libevtx cannot give its XML.
std::optional<std::string> read_record(libevtx_record_t* record, record_info& info) {
    libevtx_error_t* error = nullptr;
    std::uint32_t event = 0;
    std::uint64_t number = 0;
    if (libevtx_record_get_event_identifier(record, &event, &error) != 1) return error_text(error);
    if (libevtx_record_get_identifier(record, &number, &error) != 1) return error_text(error);
    const std::string xml = utf8_of(record, libevtx_record_get_utf8_xml_string_size, libevtx_record_get_utf8_xml_string);
    if (xml.empty()) return std::string("its XML could not be read");
    info.event = static_cast<int>(event & 0xFFFF);
    info.time = time_created(xml);
    info.number = static_cast<long long>(number);
    info.provider = utf8_of(record, libevtx_record_get_utf8_source_name_size, libevtx_record_get_utf8_source_name);
    const auto* e = sspi::events::find(info.provider, info.event);
    if (e == nullptr) return std::nullopt;  // no event that records a failure code
    info.what = !e->what.empty() ? std::string(e->what) : user_data_element(xml);
    if (!e->account.empty())
        if (const auto values = field_values(xml, e->account); !values.empty()) info.account = values.front();
    if (!e->address.empty())
        if (const auto values = field_values(xml, e->address); !values.empty()) info.address = values.front();
    for (const auto& f : sspi::events::fields()) {
        if (f.event != info.event || f.provider != info.provider) continue;
        for (auto& text : field_values(xml, f.name))
            if (auto code = read_code_field(f, std::move(text))) info.codes.push_back(std::move(*code));
    }
    return std::nullopt;
}

// ---- Output ----

std::string_view or_dash(std::string_view text) { return text.empty() || text == "-" ? std::string_view("-") : text; }

void code_text(std::string& out, const code_field& code, const languages& shown) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{} {} = ", code.field, code.text);
    if (code.entry != nullptr)
        fmt::format_to(it, "{}: {}", code.entry->name, sspi::message(*code.entry, shown.front()));
    else if (code.other)
        fmt::format_to(it, "{}: {}", reading_name(*code.other), reading_message(*code.other));
    else
        fmt::format_to(it, "no {} code", code.family);
}

void record_text(std::string& out, const record_info& r, const languages& shown) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{}  {} {}", r.time, r.event, r.what.empty() ? r.provider : r.what);
    if (!r.account.empty()) fmt::format_to(it, "  account: {}", r.account);
    if (!r.address.empty() && r.address != "-") fmt::format_to(it, "  from: {}", r.address);
    for (std::size_t i = 0; i < r.codes.size(); ++i) {
        out += i == 0 ? "  # " : "; ";
        code_text(out, r.codes[i], shown);
    }
    out += '\n';
}

void record_json(std::string& out, const record_info& r, const languages& shown) {
    auto it = std::back_inserter(out);
    fmt::format_to(it,
                   "{{\"record\":{},\"time\":\"{}\",\"provider\":{},\"event\":{},\"what\":{},\"account\":{},\"address\":{},"
                   "\"codes\":[",
                   r.number, r.time, json_string(r.provider), r.event, json_or_null(r.what), json_or_null(r.account),
                   json_or_null(r.address));
    for (std::size_t i = 0; i < r.codes.size(); ++i) {
        const auto& c = r.codes[i];
        fmt::format_to(it, "{}{{\"field\":{},\"text\":{},\"family\":\"{}\",\"code\":", i == 0 ? "" : ",", json_string(c.field),
                       json_string(c.text), c.family);
        if (c.entry != nullptr)
            entry_json(out, *c.entry, shown);
        else if (c.other)
            reading_json(out, *c.other);
        else
            out += "null";
        out += '}';
    }
    out += "]}";
}

// The summary: one row per event, field, code and account.
struct summary_row {
    long long count = 0;
    std::string first, last;
};
using summary_key = std::tuple<int, std::string, std::string, std::string, std::string>;  // event, field, value, name, account
constexpr std::size_t summary_limit = 1000000;  // rows: memory stays bounded whatever the log

void summarize(std::map<summary_key, summary_row>& rows, const record_info& r) {
    for (const auto& c : r.codes) {
        const summary_key key{r.event, c.field, c.text, std::string(c.name()), r.account};
        auto found = rows.find(key);
        if (found == rows.end()) {
            if (rows.size() == summary_limit) throw io_error{"--summary: more than 1000000 distinct rows"};
            found = rows.emplace(key, summary_row{0, r.time, r.time}).first;
        }
        auto& row = found->second;
        ++row.count;
        row.first = std::min(row.first, r.time);
        row.last = std::max(row.last, r.time);
    }
}

void summary_output(std::string& out, const std::map<summary_key, summary_row>& rows, bool json) {
    std::vector<std::pair<summary_key, summary_row>> sorted(rows.begin(), rows.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
    auto it = std::back_inserter(out);
    if (json)
        out += "{\"summary\":[";
    else
        fmt::format_to(it, "{:>7}  {:<5}  {:<10}  {:<12}  {:<32}  {:<24}  {:<24}  {}\n", "count", "event", "field", "value",
                       "code", "first", "last", "account");
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const auto& [key, row] = sorted[i];
        const auto& [event, field, value, name, account] = key;
        if (json)
            fmt::format_to(
                it,
                "{}\n{{\"count\":{},\"event\":{},\"field\":{},\"value\":{},\"code\":{},\"account\":{},\"first\":\"{}\","
                "\"last\":\"{}\"}}",
                i == 0 ? "" : ",", row.count, event, json_string(field), json_string(value), json_or_null(name),
                json_or_null(account), row.first, row.last);
        else
            fmt::format_to(it, "{:>7}  {:<5}  {:<10}  {:<12}  {:<32}  {:<24}  {:<24}  {}\n", row.count, event, field, value,
                           name.empty() ? "-" : name, row.first, row.last, or_dash(account));
    }
    if (json) out += "\n]}\n";
}

// Opens the log; closes and frees it on every way out.
class evtx_file {
public:
    explicit evtx_file(const std::string& path) : path_(path) {
        libevtx_error_t* error = nullptr;
        if (libevtx_file_initialize(&file_, &error) != 1) throw io_error{"libevtx: " + error_text(error)};
        if (libevtx_file_open(file_, path.c_str(), libevtx_get_access_flags_read(), &error) != 1) {
            const std::string message = error_text(error);
            libevtx_file_free(&file_, nullptr);
            throw io_error{"--scan " + quoted_prefix(path) + ": not a readable event log: " + message};
        }
    }
    ~evtx_file() {
        libevtx_file_close(file_, nullptr);
        libevtx_file_free(&file_, nullptr);
    }
    evtx_file(const evtx_file&) = delete;
    evtx_file& operator=(const evtx_file&) = delete;

    struct counts {
        std::size_t read = 0, unreadable = 0;
        bool damaged = false;  // libevtx found a bad chunk or the file cut short
    };

    // Calls use(record_info) for each of the log's records, as evtxexport exports them (not the
    // fragments of overwritten ones in its free space); a record that cannot be read is said on stderr
    // (the first ten) and passed over.
    template <class Use>
    counts each_record(Use use) const {
        libevtx_error_t* error = nullptr;
        int count = 0;
        if (libevtx_file_get_number_of_records(file_, &count, &error) != 1)
            throw io_error{"--scan " + quoted_prefix(path_) + ": cannot count its records: " + error_text(error)};
        counts result;
        for (int i = 0; i < count; ++i) {
            libevtx_record_t* record = nullptr;
            record_info info;
            const std::optional<std::string> problem =
                libevtx_file_get_record_by_index(file_, i, &record, &error) != 1 ? error_text(error) : read_record(record, info);
            if (record != nullptr) libevtx_record_free(&record, nullptr);
            if (!problem) {
                ++result.read;
                use(info);
            } else if (++result.unreadable <= 10) {
                fmt::print(stderr, "sspi-status: --scan {}: record {} of {} cannot be read: {}\n", quoted_prefix(path_), i + 1,
                           count, *problem);
            }
        }
        const int corrupted = libevtx_file_is_corrupted(file_, &error);
        if (corrupted != 0) libevtx_error_free(&error);
        result.damaged = corrupted == 1;
        return result;
    }

private:
    libevtx_file_t* file_ = nullptr;
    std::string path_;
};

}  // namespace

int scan_evtx(const std::string& path, output& out, const languages& shown, const evtx_options& options) {
    const evtx_file file(path);
    std::map<summary_key, summary_row> summary;
    std::string text = options.json && !options.summary ? "{\"records\":[" : "";
    bool first = true;
    const auto counts = file.each_record([&](const record_info& info) {
        if (options.summary) return summarize(summary, info);
        if (info.codes.empty() && !options.all_lines) return;
        if (options.json) {
            text += first ? "\n" : ",\n";
            record_json(text, info, shown);
        } else {
            record_text(text, info, shown);
        }
        first = false;
        if (text.size() >= (1u << 16)) {
            out.write(text);
            text.clear();
        }
    });
    if (options.summary)
        summary_output(text, summary, options.json);
    else if (options.json)
        text += "\n]}\n";
    out.write(text);
    if (counts.unreadable > 10)
        fmt::print(stderr, "sspi-status: --scan {}: {} more records cannot be read\n", quoted_prefix(path),
                   counts.unreadable - 10);
    if (counts.damaged)
        fmt::print(stderr, "sspi-status: --scan {}: the log is damaged; {} records were read\n", quoted_prefix(path),
                   counts.read);
    return counts.unreadable != 0 || counts.damaged ? 2 : 0;
}

}  // namespace tool

#else  // without libevtx

#include <fmt/format.h>

namespace tool {

int scan_evtx(const std::string& path, output&, const languages&, const evtx_options&) {
#ifdef _WIN32
    fmt::print(stderr,
               "sspi-status: --scan {}: this is a Windows event log (.evtx); sspi-status.exe reads none: it is built "
               "without libevtx. Export it as text (wevtutil qe LOG /f:text) or read it on Linux with the Debian package.\n",
               quoted_prefix(path));
#else
    fmt::print(stderr,
               "sspi-status: --scan {}: this is a Windows event log (.evtx), and this sspi-status was built without "
               "libevtx (Debian's libevtx-dev), which reads them\n",
               quoted_prefix(path));
#endif
    return 2;
}

}  // namespace tool

#endif
