#!/bin/sh
# Regenerates the PDFs of the blind set (tests/fixtures/blind) from their sources with LibreOffice, the way
# real plans are made: each .fodt is a Writer document, and an .html source whose label names a .pdf is
# opened as a Writer document (not Writer/Web) and exported. CI does not run this: the PDFs are committed.
# Needs `soffice` (Debian: apt-get install libreoffice-writer-nogui).
set -eu
dir="$(cd "$(dirname "$0")/../tests/fixtures/blind" && pwd)"
command -v soffice >/dev/null || { echo "soffice not found: install LibreOffice Writer" >&2; exit 1; }
cd "$dir"
for src in *.fodt; do
  soffice --headless --convert-to pdf "$src" >/dev/null 2>&1
done
for label in *.expected.json; do
  pdf=$(sed -n 's/^ *"file": "\(.*\.pdf\)",$/\1/p' "$label")
  [ -n "$pdf" ] || continue
  html="${pdf%.pdf}.html"
  if [ -f "$html" ]; then
    soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf "$html" >/dev/null 2>&1
  fi
done
ls -l ./*.pdf
