# Installation layout and packages (issue #9): `cpack` in a build folder makes
#   safescan_<version>_<arch>.deb         the desktop application (component "app")
#   safescan-server_<version>_<arch>.deb  the community server with its systemd unit and config
#   SafeScan-<version>-Linux.tar.gz       both, unpacked under /usr and /etc
# Windows (NSIS) and macOS (DragNDrop) settings live in packaging/windows and packaging/macos; they
# are written to the CPack documentation and untested here (no such machines).
include(GNUInstallDirs)

set(SAFESCAN_APP_ID example.safescan.SafeScan)
set(SAFESCAN_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")

# The desktop application: binary, desktop entry, AppStream metadata, icons.
install(FILES "${SAFESCAN_PACKAGING_DIR}/linux/${SAFESCAN_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
install(FILES "${SAFESCAN_PACKAGING_DIR}/linux/${SAFESCAN_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT app)
install(FILES "${SAFESCAN_PACKAGING_DIR}/linux/icons/${SAFESCAN_APP_ID}.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT app)
foreach(size 48 64 128 256)
  install(FILES "${SAFESCAN_PACKAGING_DIR}/linux/icons/${size}x${size}/${SAFESCAN_APP_ID}.png"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT app)
endforeach()
# Debian wants a copyright file and a compressed changelog in each package's doc folder.
set(SAFESCAN_CHANGELOG_GZ "${PROJECT_BINARY_DIR}/packaging/changelog.gz")
file(MAKE_DIRECTORY "${PROJECT_BINARY_DIR}/packaging")
execute_process(COMMAND gzip -9 -n -c "${SAFESCAN_PACKAGING_DIR}/linux/changelog"
                OUTPUT_FILE "${SAFESCAN_CHANGELOG_GZ}" COMMAND_ERROR_IS_FATAL ANY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${SAFESCAN_PACKAGING_DIR}/linux/changelog")
foreach(component app server)
  if(component STREQUAL "app")
    set(package safescan)
  else()
    set(package safescan-server)
  endif()
  install(FILES "${SAFESCAN_PACKAGING_DIR}/linux/copyright" "${SAFESCAN_CHANGELOG_GZ}"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/safescan COMPONENT app)

# The server: binary (server/CMakeLists.txt), configuration, systemd unit, deployment guide.
install(FILES "${SAFESCAN_PACKAGING_DIR}/server/server.conf" DESTINATION /etc/safescan COMPONENT server)
install(FILES "${SAFESCAN_PACKAGING_DIR}/server/safescan-server.service"
        DESTINATION /lib/systemd/system COMPONENT server)
install(FILES "${PROJECT_SOURCE_DIR}/docs/api.md" "${PROJECT_SOURCE_DIR}/docs/deploy.md"
        "${SAFESCAN_PACKAGING_DIR}/nginx/safescan-server.conf"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/safescan-server COMPONENT server)

set(CPACK_PACKAGE_NAME safescan)
set(CPACK_PACKAGE_VENDOR "The SafeScan developers")
set(CPACK_PACKAGE_CONTACT "SafeScan developers <dev@safescan.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_STRIP_FILES ON)
set(CPACK_WARN_ON_ABSOLUTE_INSTALL_DESTINATION OFF)

set(CPACK_COMPONENTS_ALL app server)
set(CPACK_COMPONENT_APP_DISPLAY_NAME "SafeScan")
set(CPACK_COMPONENT_APP_DESCRIPTION "Private, explainable QR code scanner with community safety ratings")
set(CPACK_DEBIAN_APP_DESCRIPTION "private, explainable QR code scanner
 SafeScan scans QR codes from a webcam, image files, the clipboard, a region
 of the screen or a video file, and tells whether what a code contains is
 safe, with its reasons in plain language. The checks run locally; community
 ratings are looked up by a short hash prefix only. It keeps a searchable
 history that can be synchronised end-to-end encrypted.")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "community server for SafeScan
 safescan-server collects pseudonymous votes and reports on scanned items,
 aggregates them into time-decayed community ratings, lets moderators review
 disputed items, stores end-to-end encrypted history for sync, and pushes
 live updates over WebSocket. SQLite by default, PostgreSQL for several
 instances.")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "SafeScan community server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION "Votes, ratings, moderation and live updates for SafeScan clients")

# Debian: one package per component, library dependencies found by dpkg-shlibdeps, plus the Qt
# plugins the binaries load at run time (shlibdeps cannot see those).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_APP_PACKAGE_NAME safescan)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS
    "qt6-qpa-plugins, qt6-image-formats-plugins, libqt6sql6-sqlite, libqt6svg6, libqt6multimedia6")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, safescan-server")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME safescan-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql, nginx")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${SAFESCAN_PACKAGING_DIR}/server/postinst;${SAFESCAN_PACKAGING_DIR}/server/prerm;${SAFESCAN_PACKAGING_DIR}/server/postrm;${SAFESCAN_PACKAGING_DIR}/server/conffiles")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include("${SAFESCAN_PACKAGING_DIR}/windows/CPackWindows.cmake")
include("${SAFESCAN_PACKAGING_DIR}/macos/CPackMacOS.cmake")
include(CPack)
