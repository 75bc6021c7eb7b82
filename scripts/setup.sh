#!/usr/bin/env bash
# The one place that installs what building and testing need from outside npm: system
# packages (Debian) and then the npm dependencies from package-lock.json. Both README
# commands call it; CI calls it through the README's test command.
#
# System packages owned here:
#   chromium        end-to-end and accessibility tests (Playwright, pa11y): Playwright and
#                   Puppeteer cannot download their own browsers on this project's machines
#   fonts-noto-cjk  Japanese glyphs, so that Chromium measures and renders Japanese text
#   nginx           the web server the browser tests serve the built site with, using the
#                   shipped configuration (deploy/nginx/), to test headers, types and caching
#   ffmpeg          the video tests make their fixture clips with it (test pattern, tone,
#                   WebM/MP4 and a poster: tests/e2e/media-fixture.ts); no video is shipped;
#                   `npm run media:audio` normalises loudness and encodes Opus and MP3 with it
#   fonts-morisawa-bizud-gothic  BIZ UDPGothic (SIL OFL 1.1), the universal-design Japanese
#                   font embedded in the large-print PDFs (大活字版) the build prints
#   poppler-utils   pdfinfo, pdffonts and pdftotext: the tests check the PDFs' tags, language,
#                   title, embedded fonts, bookmarks and reading order with them, and a build to
#                   publish reads its PDFs' text with pdftotext to refuse local addresses
#   epubcheck       the EPUB validator (Java; brings its own runtime) the tests run on the e-book
#   open-jtalk, open-jtalk-mecab-naist-jdic
#                   the offline Japanese speech synthesiser (and its dictionary) that
#                   `npm run media:audio` narrates the audio guides with; espeak-ng cannot
#                   read kanji. The HTS voice is not packaged in Debian main: see README
#                   ("Sources and licences") and docs/audio.md
#   opus-tools      opusenc writes the Opus chapter comments itself, because ffmpeg 5.1
#                   writes Ogg chapter times one second late when the milliseconds are >= 500
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

missing=()

find_chromium() {
  if [ -n "${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-}" ] && [ -x "${PLAYWRIGHT_CHROMIUM_EXECUTABLE}" ]; then
    echo "${PLAYWRIGHT_CHROMIUM_EXECUTABLE}"; return 0
  fi
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

has_japanese_font() {
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=ja family 2>/dev/null | head -n 1)" ]
}

find_chromium >/dev/null || missing+=(chromium)
has_japanese_font || missing+=(fonts-noto-cjk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
[ -n "$(fc-list "BIZ UDPGothic" family 2>/dev/null | head -n 1)" ] || missing+=(fonts-morisawa-bizud-gothic)
command -v pdffonts >/dev/null 2>&1 || missing+=(poppler-utils)
command -v epubcheck >/dev/null 2>&1 || missing+=(epubcheck)
command -v open_jtalk >/dev/null 2>&1 || missing+=(open-jtalk)
[ -d /var/lib/mecab/dic/open-jtalk/naist-jdic ] || missing+=(open-jtalk-mecab-naist-jdic)
command -v opusenc >/dev/null 2>&1 || missing+=(opus-tools)

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install ${missing[*]} (Debian/Ubuntu: sudo apt-get install ${missing[*]}), or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary, then run this command again." >&2
    exit 1
  fi
fi
say "chromium: $(find_chromium)"

# npm dependencies. Install scripts run only for the packages allowed in package.json's
# allowScripts (.npmrc sets strict-allow-scripts=true: an install script nobody reviewed stops
# npm ci); browsers are never downloaded by npm (see .puppeteerrc.cjs; puppeteer's script is
# denied). node@24 in devDependencies gives npm scripts Node 24; its binary comes from outside
# the lockfile, so it is checked against the checksum in scripts/check-node-binary.sh.
export PUPPETEER_SKIP_DOWNLOAD=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dependencies (npm ci)"
  npm ci --no-fund --no-audit --loglevel=error
fi
bash scripts/check-node-binary.sh
say "node for npm scripts: $(node_modules/.bin/node --version)"
