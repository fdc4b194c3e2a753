#!/bin/sh
# Install the Debian packages apbd needs when they are missing, then write
# the compiler and linker flags for the Makefile to include.
#   tools/deps.sh build OUT.mk   libraries for building apbd
#   tools/deps.sh test           readers the end-to-end tests use
set -eu

missing=""
need_pkgconfig() {   # need_pkgconfig PKGCONFIG-NAME DEBIAN-PACKAGE
    pkg-config --exists "$1" 2>/dev/null || missing="$missing $2"
}
need_header() {      # need_header HEADER DEBIAN-PACKAGE
    [ -f "/usr/include/$1" ] || missing="$missing $2"
}
need_command() {     # need_command COMMAND DEBIAN-PACKAGE
    command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
}
need_python() {      # need_python MODULE DEBIAN-PACKAGE
    /usr/bin/python3 -c "import $1" >/dev/null 2>&1 || missing="$missing $2"
}

install_missing() {
    [ -n "$missing" ] || return 0
    echo "apbd: installing missing Debian packages:$missing" >&2
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >&2
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq $missing >&2
}

case "${1:-}" in
build)
    need_command pkg-config pkg-config
    need_command cc gcc
    install_missing
    missing=""
    need_header csv.h libcsv-dev
    need_pkgconfig xlsxwriter libxlsxwriter-dev
    need_pkgconfig libgit2 libgit2-dev
    need_pkgconfig cmocka libcmocka-dev
    need_pkgconfig json-c libjson-c-dev
    need_pkgconfig inih libinih-dev
    need_pkgconfig libcmark libcmark-dev
    need_pkgconfig libcrypto libssl-dev
    need_pkgconfig libzip libzip-dev
    need_pkgconfig expat libexpat1-dev
    install_missing
    pkgs="xlsxwriter libgit2 json-c inih libcmark libcrypto libzip expat"
    {
        echo "# written by tools/deps.sh; delete to re-detect"
        echo "PKG_CFLAGS = $(pkg-config --cflags $pkgs)"
        echo "PKG_LIBS = -lcsv $(pkg-config --libs $pkgs)"
        echo "CMOCKA_CFLAGS = $(pkg-config --cflags cmocka)"
        echo "CMOCKA_LIBS = $(pkg-config --libs cmocka)"
    } > "$2"
    ;;
test)
    need_command clang clang
    need_command git git
    need_python openpyxl python3-openpyxl
    need_python jsonschema python3-jsonschema
    need_command soffice libreoffice-calc-nogui
    need_command node nodejs
    need_command npm npm
    need_command chromium chromium
    install_missing
    # npm packages for the tests, from the committed lock file.
    if [ ! -d tests/node_modules ] || [ tests/package-lock.json -nt tests/node_modules ]; then
        echo "apbd: installing the tests' npm packages into tests/node_modules" >&2
        (cd tests && npm ci --no-audit --no-fund --loglevel=error >&2)
        touch tests/node_modules
    fi
    ;;
*)
    echo "usage: tools/deps.sh build OUT.mk | test" >&2
    exit 2
    ;;
esac
