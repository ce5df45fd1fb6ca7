# One INTERFACE target carries every compile setting; each SafeScan target links it.
add_library(safescan_common INTERFACE)
add_library(SafeScan::common ALIAS safescan_common)

target_compile_features(safescan_common INTERFACE cxx_std_20)
target_compile_options(safescan_common INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
  $<$<BOOL:${SAFESCAN_WERROR}>:-Werror>)
target_compile_definitions(safescan_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  ZX_USE_UTF8)

if(SAFESCAN_SANITIZE)
  target_compile_options(safescan_common INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(safescan_common INTERFACE -fsanitize=address,undefined)
endif()

# SAFESCAN_FUZZ (clang only; scripts/fuzz): every library gets libFuzzer's coverage instrumentation
# with ASan + UBSan; the fuzz targets in tests/fuzz link libFuzzer itself.
if(SAFESCAN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "SAFESCAN_FUZZ needs clang (CXX=clang++), libFuzzer is part of it")
  endif()
  target_compile_options(safescan_common INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(safescan_common INTERFACE -fsanitize=address,undefined)
endif()

# safescan_add_library(NAME <target> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# A core library: static, its folder on the include path, compile settings from safescan_common.
function(safescan_add_library)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  add_library(${ARG_NAME} STATIC ${ARG_SOURCES})
  target_include_directories(${ARG_NAME} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/..")
  target_link_libraries(${ARG_NAME} PUBLIC safescan_common ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
  safescan_use_pch(${ARG_NAME} QTCORE)
endfunction()
