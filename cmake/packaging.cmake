# Packages made with CPack from the install rules (README, "Install"):
#   cpack -G DEB   sspi-status (the tool, its man page and completion) and libsspi-status-dev (the
#                  headers, the CMake package and the pkg-config file, Architecture: all)
#   cpack -G ZIP   sspi-status-VERSION-win64.zip in a MinGW-w64 build: the exe, the README and the licence
set(CPACK_PACKAGE_NAME sspi-status)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "sspi_status developers")
set(CPACK_PACKAGE_CONTACT "sspi_status developers <sspi-status@users.noreply.github.com>")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
# Each Debian package's description starts with its own synopsis; CPackDeb prepends the package-wide
# summary unless it is CPack's default, so it is set to that.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")

if(WIN32)
  set(CPACK_GENERATOR ZIP)
  set(CPACK_PACKAGE_FILE_NAME sspi-status-${PROJECT_VERSION}-win64)
  set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY OFF)
  set(CPACK_COMPONENTS_ALL tool)
  set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
  set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
else()
  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
  set(CPACK_DEB_COMPONENT_INSTALL ON)
  set(CPACK_COMPONENTS_ALL tool dev)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
  set(CPACK_DEBIAN_TOOL_PACKAGE_NAME sspi-status)
  set(CPACK_DEBIAN_TOOL_PACKAGE_SECTION utils)
  set(CPACK_DEBIAN_TOOL_PACKAGE_SHLIBDEPS ON)
  string(CONCAT CPACK_DEBIAN_TOOL_DESCRIPTION
    "explain the status codes of Windows SSPI calls\n"
    "sspi-status explains every status a Windows SSPI call hands back: the SEC_E_*\n"
    "and SEC_I_* codes Kerberos, NTLM, Negotiate and Schannel return, and the\n"
    "CERT_E_*, CRYPT_E_* and TRUST_E_* codes Schannel returns. It gives each code's\n"
    "name, value, what Windows says and what Microsoft's documentation says, in\n"
    "eight languages, what each SSPI function's page says the code means from that\n"
    "call, and the TLS alerts that give it. It annotates the codes in logs as curl,\n"
    "git for Windows, .NET, Python and Rust print them.")
  set(CPACK_DEBIAN_DEV_PACKAGE_NAME libsspi-status-dev)
  set(CPACK_DEBIAN_DEV_PACKAGE_ARCHITECTURE all)
  set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
  set(CPACK_DEBIAN_DEV_PACKAGE_SUGGESTS "libfmt-dev")
  string(CONCAT CPACK_DEBIAN_DEV_DESCRIPTION
    "Windows SSPI status codes for C++ (header-only library)\n"
    "sspi_status knows every status a Windows SSPI call hands back (SEC_E_*,\n"
    "SEC_I_*, and the CERT_E_*, CRYPT_E_* and TRUST_E_* codes Schannel returns) with\n"
    "typed values, names, the texts of Windows and of Microsoft's documentation in\n"
    "eight languages, what each SSPI function's page says a code means from that\n"
    "call, std::error_code interop and lookups that run at compile time. C++17,\n"
    "standard library only; <sspi_status/fmt.hpp> needs fmt (libfmt-dev).\n"
    ".\n"
    "This package holds the headers, the CMake package and the pkg-config file.")

  # What Debian wants beside each package's files: the copyright, the changelog compressed without a
  # timestamp, and lintian's overrides (cmake/debian/lintian-overrides says why each is there).
  find_program(GZIP gzip REQUIRED)
  set(changelog ${PROJECT_BINARY_DIR}/changelog.Debian.gz)
  add_custom_command(OUTPUT ${changelog}
    COMMAND ${GZIP} -9n -c ${PROJECT_SOURCE_DIR}/cmake/debian/changelog > ${changelog}
    DEPENDS ${PROJECT_SOURCE_DIR}/cmake/debian/changelog VERBATIM)
  add_custom_target(debian-changelog ALL DEPENDS ${changelog})
  foreach(component tool dev)
    string(TOUPPER ${component} upper)
    install(FILES ${PROJECT_SOURCE_DIR}/cmake/debian/copyright ${changelog}
      DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_DEBIAN_${upper}_PACKAGE_NAME} COMPONENT ${component}
      EXCLUDE_FROM_ALL)
    install(FILES ${PROJECT_SOURCE_DIR}/cmake/debian/lintian-overrides
      DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME ${CPACK_DEBIAN_${upper}_PACKAGE_NAME}
      COMPONENT ${component} EXCLUDE_FROM_ALL)
  endforeach()
endif()

include(CPack)
