// The data as the generator sees it: the CSV files of data/, each checked against its rules
// (data/README.md) by a reader of its own (read_FILE.cpp).
#ifndef SSPI_STATUS_GENERATOR_DATA_HPP
#define SSPI_STATUS_GENERATOR_DATA_HPP

#include "csv.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace generator {

// One row of data/languages.csv: a language the texts come in.
struct language_row {
    std::size_t line;
    std::string id;                      // the sspi::lang enumerator: "pt_br"
    std::string tag;                     // BCP 47: "pt-BR"
    std::string script;                  // a tag with another script is not this language ("Hant"); empty: any
    std::string regions;                 // without a script, a tag needs one of these regions ("TW HK MO"); empty: any
    unsigned windows_language;           // primary LANGID
    std::uint64_t windows_sublanguages;  // bit n: SUBLANG n; 0: any
};

// The families of winerror.h names the table holds, by prefix, in the order of sspi::family.
inline constexpr std::array<const char*, 4> families{"SEC", "CERT", "CRYPT", "TRUST"};

// The two kinds of text, in the order of the CSV's columns.
inline constexpr std::array<const char*, 2> text_kinds{"system_text", "page_text"};

struct status_row {
    std::size_t line;
    std::string name;
    std::uint32_t value;
    std::string alias_of;
    std::size_t family;                                             // index into families
    std::array<std::vector<std::string>, text_kinds.size()> texts;  // [kind][language]
};

// One row of data/tls_alerts.csv: the code Schannel returns when it receives a TLS or SSL alert.
struct tls_alert_row {
    std::size_t line;
    int alert;         // 0 to 255, or -1 for the Default row: any alert the table does not list
    std::string name;  // as Microsoft spells it
    std::size_t row;   // the code's row in the status table
};

// One row of data/packages.csv: a security package the per-call pages are written for.
struct package_row {
    std::size_t line;
    std::string id;                        // the sspi::package enumerator: "schannel"
    std::string name;                      // as the pages' titles write it: "Schannel"
    std::vector<std::string> other_names;  // other names a program or log gives it
};

// One row of data/call_texts.csv: what a function's reference page for a package says a code means.
struct call_text_row {
    std::size_t line;
    std::size_t call;                // index into data_set::calls
    std::size_t package;             // index into data_set::packages
    std::string code;                // as the page names it
    bool has_value;                  // false for a name the table lacks when the page gives no value
    std::uint32_t value;             // the table's value of the name, else the page's
    std::vector<std::string> texts;  // [language]
};

// One row of data/ntstatus.csv or data/win32.csv: a code of another family, as [MS-ERREF] lists it.
struct family_row {
    std::size_t line;
    std::string name;
    std::uint32_t value;
    std::string text;
    std::string source;
};

// One row of data/win32_of.csv: the Win32 error Windows gives for an NTSTATUS or a code of the table.
struct win32_pair {
    std::size_t line;
    bool from_status_table;  // the code is a row of sspi_status.csv, else of ntstatus.csv
    std::size_t code;        // its row
    std::size_t win32;       // the Win32 error's row in win32.csv
};

// One row of data/kerberos.csv: a Kerberos protocol error (RFC 4120), as MIT and Windows' event pages name it.
struct kerberos_row {
    std::size_t line;
    unsigned number;                   // 0 to 127
    std::string name;                  // Windows' spelling (KDC_ERR_PREAUTH_FAILED); empty where no event page lists it
    std::string mit_name;              // MIT's (KRB5KDC_ERR_PREAUTH_FAILED)
    std::array<std::string, 3> texts;  // MIT's text, the event page's description and possible causes
    std::string source;
};

// The three texts of a Kerberos row, in the order of the CSV's columns.
inline constexpr std::array<const char*, 3> kerberos_texts{"text", "description", "causes"};

// One row of data/ntstatus_of_kerberos.csv: the NTSTATUS Samba reports for a Kerberos error.
struct ntstatus_pair {
    std::size_t line;
    std::size_t kerberos;  // row in kerberos.csv
    std::size_t ntstatus;  // row in ntstatus.csv
};

// The families a condition's codes come from, named as their std::error_categories are.
inline constexpr std::array<const char*, 4> condition_families{"sspi", "ntstatus", "win32", "kerberos"};

// One row of data/conditions.csv: a code of a family that belongs to a portable condition.
struct condition_member {
    std::size_t line;
    std::size_t condition;  // index into data_set::conditions
    std::size_t family;     // index into condition_families
    std::string code;       // its name, as the row writes it
    std::uint32_t value;    // its value (a Kerberos error's protocol number)
};

// One row of data/events.csv: a Windows event that records a failure code.
struct event_row {
    std::size_t line;
    std::string provider;  // "Microsoft-Windows-Security-Auditing"
    unsigned event;        // 4625
    std::string what;      // its page's title; empty where the sources have no page
    std::string account;   // the field naming the account ("TargetUserName"), or empty
    std::string address;   // the field naming where the attempt came from ("IpAddress"), or empty
};

// One row of data/event_fields.csv: a field of an event that holds a code of a family.
struct event_field_row {
    std::size_t line;
    std::string provider;
    unsigned event;
    std::string field;   // "Status", or a CAPI2 element with a value attribute ("RevocationResult")
    std::string family;  // "sspi", "ntstatus", "win32" or "kerberos"
};

// All of data/, checked.
struct data_set {
    std::vector<language_row> languages;
    std::vector<status_row> rows;
    std::vector<tls_alert_row> tls_alerts;
    std::vector<package_row> packages;
    std::vector<std::string> calls;  // function names: "InitializeSecurityContext"
    std::vector<call_text_row> call_texts;
    std::vector<family_row> ntstatus;
    std::vector<family_row> win32;
    std::vector<win32_pair> win32_of;
    std::vector<kerberos_row> kerberos;
    std::vector<ntstatus_pair> ntstatus_of_kerberos;
    std::vector<std::string> conditions;  // sspi::condition enumerators, in order of first appearance
    std::vector<condition_member> condition_members;
    std::vector<event_row> events;
    std::vector<event_field_row> event_fields;
};

// A value as the CSV writes it: "0x8009030C".
std::string hex(std::uint32_t value);

// Checks languages.csv and returns its rows; the first is English, the language every fallback ends in.
std::vector<language_row> read_languages(const std::vector<csv_record>& records);

// The header sspi_status.csv must have for these languages.
std::vector<std::string> status_columns(const std::vector<language_row>& languages);

// Checks sspi_status.csv and returns its rows in CSV order. Both readers throw input_error naming the
// first problem and its line.
std::vector<status_row> read_status_table(const std::vector<csv_record>& records, const std::vector<language_row>& languages);

// Checks tls_alerts.csv against the status table; the code of each alert is the one of page_value
// (data/README.md, "tls_alerts.csv").
std::vector<tls_alert_row> read_tls_alerts(const std::vector<csv_record>& records, const std::vector<status_row>& rows);

// Checks packages.csv; the first package is general, the page of a function that is not about one package.
std::vector<package_row> read_packages(const std::vector<csv_record>& records);

// The header call_texts.csv must have for these languages.
std::vector<std::string> call_text_columns(const std::vector<language_row>& languages);

// Checks call_texts.csv against the table and the packages; fills calls with the functions in order of
// first appearance and returns the rows in CSV order (data/README.md, "call_texts.csv").
std::vector<call_text_row> read_call_texts(const std::vector<csv_record>& records, const std::vector<language_row>& languages,
                                           const std::vector<status_row>& rows, const std::vector<package_row>& packages,
                                           std::vector<std::string>& calls);

// Checks ntstatus.csv or win32.csv: names unique, values "0x" and 8 hex digits (a value may repeat:
// the first row of a value is its primary name), texts as sspi_status.csv's, a source on every row.
std::vector<family_row> read_family_table(const std::vector<csv_record>& records);

// Checks win32_of.csv against the tables it relates: each code once, every name known.
std::vector<win32_pair> read_win32_of(const std::vector<csv_record>& records, const std::vector<status_row>& rows,
                                      const std::vector<family_row>& ntstatus, const std::vector<family_row>& win32);

// Checks kerberos.csv: numbers 0 to 127 in ascending order, every name (either spelling, any case) once.
std::vector<kerberos_row> read_kerberos(const std::vector<csv_record>& records);

// Checks ntstatus_of_kerberos.csv: each Kerberos error (MIT's name) once, both names known.
std::vector<ntstatus_pair> read_ntstatus_of_kerberos(const std::vector<csv_record>& records,
                                                     const std::vector<kerberos_row>& kerberos,
                                                     const std::vector<family_row>& ntstatus);

// Checks conditions.csv against the tables of the four families (every other file of data is read
// first): a condition's rows together, each code known and in one condition at most, a reason on every
// row. Fills conditions with the condition names in order.
std::vector<condition_member> read_conditions(const std::vector<csv_record>& records, const data_set& data,
                                              std::vector<std::string>& conditions);

// Checks events.csv: each provider's event once, field names of letters and digits, a source on every row.
std::vector<event_row> read_events(const std::vector<csv_record>& records);

// Checks event_fields.csv against events.csv: each field of an event once, its family one of the four.
std::vector<event_field_row> read_event_fields(const std::vector<csv_record>& records, const std::vector<event_row>& events);

}  // namespace generator

#endif
