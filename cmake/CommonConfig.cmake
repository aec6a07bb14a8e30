# One interface target carries every compiler setting (STYLE.md, practice 2).
add_library(cooc_options INTERFACE)
target_compile_features(cooc_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(cooc_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED)
target_compile_options(cooc_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Woverloaded-virtual
    -Wnon-virtual-dtor -Wcast-align -Wnull-dereference -Wformat=2)
if(COOC_WARNINGS_AS_ERRORS)
    target_compile_options(cooc_options INTERFACE -Werror)
endif()
if(COOC_SANITIZE)
    target_compile_options(cooc_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                  -fno-sanitize-recover=undefined)
    target_link_options(cooc_options INTERFACE -fsanitize=address,undefined)
endif()

# Source lists are globbed per folder so that a new file needs no CMake edit;
# CONFIGURE_DEPENDS re-runs the glob on every build.
function(cooc_glob_sources out_var)
    file(GLOB_RECURSE _files CONFIGURE_DEPENDS ${ARGN})
    set(${out_var} ${_files} PARENT_SCOPE)
endfunction()
