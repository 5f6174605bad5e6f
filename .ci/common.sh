# Shared by .ci/app and .ci/test: install the Debian packages that are
# missing, then configure and build. Sourced, not run.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$repo_root/build}

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev sqlite3 libsqlite3-dev
    fonts-dejavu-core poppler-utils desktop-file-utils
    libminizip-dev libxlsxwriter-dev
)

install_missing_packages() {
    local missing=()
    local package
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local werror=OFF
    if [ "${CI:-}" = "true" ]; then
        werror=ON
    fi
    cmake -S "$repo_root" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
        -DRECTRACKER_WARNINGS_AS_ERRORS="$werror"
    cmake --build "$build_dir" --parallel "$(nproc)"
}
