#!/usr/bin/env bash
# The quarterly sheet is tested in a real spreadsheet program: Debian's LibreOffice Calc, headless,
# driven through its Python bridge (tests/libreoffice/calc.py). Installed here when missing, as
# tests/ensure-chromium.sh installs Chromium.
set -euo pipefail
if command -v soffice >/dev/null 2>&1 && /usr/bin/python3 -c "import uno" >/dev/null 2>&1; then
  soffice --version
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "LibreOffice Calc is missing: installing Debian's libreoffice-calc-nogui and python3-uno."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-calc-nogui python3-uno >/dev/null
  soffice --version
  exit 0
fi
cat >&2 <<MSG
LibreOffice Calc (soffice) with its Python bridge is not installed, and this user cannot install it.
Install it as root with:  apt-get update && apt-get install -y libreoffice-calc-nogui python3-uno
MSG
exit 1
