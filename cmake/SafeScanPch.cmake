# Precompiled headers (SAFESCAN_PCH): the Qt and standard headers nearly every file includes are
# parsed once per build into a .gch, not once per source file. Each header set is compiled by one
# small anchor target; every other target reuses that .gch (REUSE_FROM), so a build pays for each
# set once, not once per target.
#
# GCC uses a .gch only when the macros its headers mention are defined exactly as when it was
# built. The sets below therefore hold only QtCore, QtGui and standard headers: they mention none
# of the per-target macros (QT_WIDGETS_LIB, QT_NETWORK_LIB, QT_TESTCASE_SOURCEDIR, ...), so one
# .gch fits every target. QtTest, QtSql, QtNetwork and QtWidgets headers test such macros and
# stay out. CMake compiles with -Winvalid-pch, which -Werror turns into an error: a target that
# cannot use its .gch fails the build instead of silently compiling slower.
#
# ccache cannot cache compiles that use a .gch (without extra sloppiness settings), so a build
# with a ccache compiler launcher (/work/wt/cbuild) has SAFESCAN_PCH off unless asked for.
if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
  set(_safescan_pch_default OFF)
else()
  set(_safescan_pch_default ON)
endif()
option(SAFESCAN_PCH "Precompile the common Qt headers once per build (off under ccache)"
  ${_safescan_pch_default})

# QtCore and the standard library: every library, executable and test.
set(SAFESCAN_PCH_QTCORE_HEADERS
  <algorithm> <functional> <memory> <optional> <utility> <vector>
  <QtCore/QByteArray> <QtCore/QCryptographicHash> <QtCore/QDateTime> <QtCore/QDir>
  <QtCore/QFile> <QtCore/QFileInfo> <QtCore/QHash> <QtCore/QJsonArray> <QtCore/QJsonDocument>
  <QtCore/QJsonObject> <QtCore/QList> <QtCore/QLoggingCategory> <QtCore/QObject>
  <QtCore/QPointer> <QtCore/QRegularExpression> <QtCore/QSet> <QtCore/QString>
  <QtCore/QStringList> <QtCore/QTimer> <QtCore/QUrl> <QtCore/QVariant>)

# Plus what <QTest> pulls in besides QtTest itself (it includes qtest_gui.h in every test, as
# every test links QtGui): the QtGui value types and the rest of QtCore it needs.
set(SAFESCAN_PCH_QTGUI_HEADERS ${SAFESCAN_PCH_QTCORE_HEADERS}
  <QtCore/QAbstractItemModel> <QtCore/QCborArray> <QtCore/QCborMap> <QtCore/QCborValue>
  <QtCore/QMetaObject> <QtCore/QSharedPointer> <QtCore/QTemporaryDir> <QtCore/QThread>
  <QtCore/QUuid> <QtGui/QColor> <QtGui/QIcon> <QtGui/QImage> <QtGui/QPixmap> <QtGui/QRegion>
  <QtGui/QVector2D> <QtGui/QVector3D> <QtGui/QVector4D>)

if(SAFESCAN_PCH)
  # The anchors: one object file each, compiled with the same settings as the targets reusing them.
  add_library(safescan_pch_qtcore OBJECT "${CMAKE_CURRENT_LIST_DIR}/pch/PchAnchor.cpp")
  target_link_libraries(safescan_pch_qtcore PRIVATE safescan_common Qt6::Core)
  target_precompile_headers(safescan_pch_qtcore PRIVATE ${SAFESCAN_PCH_QTCORE_HEADERS})

  add_library(safescan_pch_qtgui OBJECT "${CMAKE_CURRENT_LIST_DIR}/pch/PchAnchor.cpp")
  target_link_libraries(safescan_pch_qtgui PRIVATE safescan_common Qt6::Gui)
  target_precompile_headers(safescan_pch_qtgui PRIVATE ${SAFESCAN_PCH_QTGUI_HEADERS})
endif()

# safescan_use_pch(<target> QTCORE|QTGUI)
# Compiles <target> with the anchor's precompiled headers (nothing when SAFESCAN_PCH is off).
# QTGUI needs a target that links QtGui.
function(safescan_use_pch target set)
  if(NOT SAFESCAN_PCH)
    return()
  endif()
  string(TOLOWER "${set}" set)
  target_precompile_headers(${target} REUSE_FROM safescan_pch_${set})
  # Automoc's mocs_compilation.cpp is often empty (a test's moc is included by its .cpp); loading
  # the .gch would cost more than it saves there.
  get_target_property(automoc ${target} AUTOMOC)
  if(automoc)
    get_target_property(binary_dir ${target} BINARY_DIR)
    set_source_files_properties("${binary_dir}/${target}_autogen/mocs_compilation.cpp"
      TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  endif()
endfunction()
