# macOS disk image (DragNDrop). Untested here: there is no Mac in this project's CI. Build the app
# as a bundle (MACOSX_BUNDLE with an Info.plist carrying NSCameraUsageDescription) and run
# `macdeployqt` before `cpack -G DragNDrop`.
if(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME "SafeScan")
  set(CPACK_DMG_FORMAT UDBZ)
endif()
