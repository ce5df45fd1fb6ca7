# Windows installer (NSIS). Untested here: there is no Windows machine in this project's CI. Run
# `windeployqt` on the installed binaries before `cpack -G NSIS` so Qt's DLLs and plugins ship.
if(WIN32)
  set(CPACK_GENERATOR NSIS ZIP)
  set(CPACK_NSIS_DISPLAY_NAME "SafeScan")
  set(CPACK_NSIS_PACKAGE_NAME "SafeScan ${PROJECT_VERSION}")
  set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/safescan.ico")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\safescan.exe")
  set(CPACK_NSIS_CREATE_ICONS_EXTRA
      "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\SafeScan.lnk' '$INSTDIR\\\\bin\\\\safescan.exe' 'gui'")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
endif()
