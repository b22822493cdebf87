#!/usr/bin/env bash
# Installs everything inspraak needs to build and test on Debian 12 (bookworm).
# Safe to run repeatedly; it only installs what is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libboost-dev                 # Boost.DLL (header-only with BOOST_DLL_USE_STD_FS)
  nlohmann-json3-dev libsqlite3-dev libcli11-dev libfmt-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libstemmer-dev libicu-dev libuchardet-dev
  libre2-dev                    # segmenting: references and letter parts matched in linear time
  libgmime-3.0-dev libxml2-dev libcsv-dev libkainjow-mustache-dev libssl-dev
  libzip-dev libpugixml-dev     # .docx/.odt in and out (zip + XML)
  libxlsxwriter-dev             # the .xlsx review sheet
  libpoppler-cpp-dev            # .pdf submissions and frameworks
  libtesseract-dev libleptonica-dev tesseract-ocr-nld tesseract-ocr-eng  # scanned letters (OCR)
  libgsf-1-dev libytnef0-dev    # Outlook .msg (OLE2 via libgsf) and winmail.dat (TNEF via ytnef)
  python3-olefile               # tests read the .msg files we write back with another OLE2 reader
  libreoffice-writer-nogui libreoffice-calc-nogui  # end-to-end tests open our .docx/.xlsx in LibreOffice
  libcpp-httplib-dev            # the workspace's HTTP server (inspraak serve)
  chromium chromium-driver python3-selenium  # tests/browser: the workspace clicked through in
                                # headless Chromium, driven by chromedriver from Python (Selenium)
  clang libclang-rt-14-dev      # Clang 14 for the sanitizer build, which also builds the libFuzzer
                                # targets in fuzz/ (libclang-rt: the ASan, UBSan and libFuzzer runtimes)
  libsodium-dev                 # accounts: passwords hashed with argon2id (crypto_pwhash)
  libseccomp-dev                # the sandbox of the processes that parse untrusted files
  zlib1g-dev                    # tests/isolation deflates a PDF bomb as it makes it
  libpqxx-dev                   # the PostgreSQL store: libpqxx 6.4 (C++ client), pulls in libpq-dev
  postgresql                    # PostgreSQL 15 server binaries: the store tests run a throwaway
                                # cluster (scripts/postgres-test-server.sh); the cluster Debian sets
                                # up on port 5432 is not used
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "setup: installing ${missing[*]}" >&2
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "setup: all build dependencies present" >&2
