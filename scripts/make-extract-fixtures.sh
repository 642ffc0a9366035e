#!/usr/bin/env bash
# Regenerate test/fixtures/extract/ from samples/seeds/*.txt. The outputs are committed: CI has no LibreOffice.
# Needs Debian's libreoffice-writer-nogui (or libreoffice-core + libreoffice-writer), fonts-noto-cjk, poppler-utils,
# img2pdf, qpdf and python3:
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk poppler-utils img2pdf qpdf
# Every output is made from a seed's real text; the only synthetic parts are the portal chrome around the HTML pages
# and the tiny OFD/ZIP containers, and they say so (see test/fixtures/extract/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures/extract
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" # LibreOffice writes its profile here, not into the real home
mkdir -p "$HOME" "$out/seeds" "$out/encodings" "$out/bad"

soffice_convert() { # FORMAT:FILTER INPUT OUTDIR
	soffice --headless --norestore --infilter="HTML (StarWriter)" --convert-to "$1" --outdir "$3" "$2" >/dev/null 2>&1
}

for seed in samples/seeds/*.txt; do
	id=$(basename "$seed" .txt)
	n=${id%%_*}
	# 1. an HTML document with real tables, the input of LibreOffice
	npx --no-install tsx scripts/extract-fixtures/seed-to-html.ts "$seed" > "$work/$n.html"
	soffice_convert 'docx:MS Word 2007 XML' "$work/$n.html" "$work"
	soffice_convert 'doc:MS Word 97' "$work/$n.html" "$work"
	soffice_convert 'pdf:writer_pdf_Export' "$work/$n.html" "$work"
	cp "$work/$n.docx" "$work/$n.doc" "$work/$n.pdf" "$out/seeds/"
	# 2. the same report as a portal page, its table cells merged with rowspan/colspan
	npx --no-install tsx scripts/extract-fixtures/seed-to-html.ts "$seed" --portal > "$out/seeds/$n.portal.html"
done

# Portal pages in other encodings: GB18030 that says gb2312 (as most portals do), UTF-8 that wrongly says gb2312,
# and UTF-16LE with a BOM.
npx --no-install tsx scripts/extract-fixtures/seed-to-html.ts samples/seeds/001_*.txt --portal --charset=gb2312 | iconv -f utf-8 -t gb18030 > "$out/encodings/001.portal.gb2312.html"
npx --no-install tsx scripts/extract-fixtures/seed-to-html.ts samples/seeds/003_*.txt --portal --charset=gb2312 > "$out/encodings/003.portal.utf8-declared-gb2312.html"
{ printf '\xff\xfe'; npx --no-install tsx scripts/extract-fixtures/seed-to-html.ts samples/seeds/004_*.txt --portal --charset=utf-16 | iconv -f utf-8 -t utf-16le; } > "$out/encodings/004.portal.utf16le.html"

# Plain-text copies of seed 001 in the encodings portals publish.
s001=$(ls samples/seeds/001_*.txt)
iconv -f utf-8 -t gb18030 "$s001" > "$out/encodings/001.gb18030.txt"
{ printf '\xef\xbb\xbf'; cat "$s001"; } > "$out/encodings/001.utf8-bom.txt"
{ printf '\xff\xfe'; iconv -f utf-8 -t utf-16le "$s001"; } > "$out/encodings/001.utf16le-bom.txt"
iconv -f utf-8 -t utf-16be "$s001" > "$out/encodings/001.utf16be.txt"

# Files that cannot be read as a report, each named after what is wrong with it.
pdftoppm -png -r 60 -gray -f 2 -l 2 "$out/seeds/001.pdf" "$work/page" # seed 001's table page as a picture
cp "$work"/page-*.png "$out/bad/image.png"
img2pdf --output "$out/bad/scanned.pdf" "$out/bad/image.png"
size=$(stat -c %s "$out/seeds/001.pdf")
head -c $((size / 2)) "$out/seeds/001.pdf" > "$out/bad/truncated.pdf"
qpdf --encrypt user-secret owner-secret 256 -- "$out/seeds/001.pdf" "$out/bad/encrypted.pdf"
head -c 3000 "$out/seeds/001.doc" > "$out/bad/truncated.doc"
python3 - "$out/bad" <<'PY'
import sys, zipfile
d = sys.argv[1]
# An OFD-like container (synthetic): the entries of an OFD package, no real layout.
with zipfile.ZipFile(f'{d}/ofd-like.ofd', 'w') as z:
    z.writestr('OFD.xml', '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    z.writestr('Doc_0/Document.xml', '<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"/>')
# A ZIP that is not a DOCX (synthetic): a report text packed in an archive.
with zipfile.ZipFile(f'{d}/not-a-docx.zip', 'w') as z:
    z.writestr('report.txt', '政府信息公开工作年度报告')
PY
# An OLE compound file that is not a Word document (as a WPS/Excel attachment is): seed 001's DOC with its
# WordDocument stream renamed to Workbook, the stream name of an Excel file.
python3 - "$out/seeds/001.doc" "$out/bad/not-word.xls" <<'PY'
import struct, sys
b = bytearray(open(sys.argv[1], 'rb').read())
old = 'WordDocument'.encode('utf-16le')
i = b.index(old + b'\0\0')
b[i:i + 64] = 'Workbook'.encode('utf-16le').ljust(64, b'\0')
b[i + 64:i + 66] = struct.pack('<H', (len('Workbook') + 1) * 2)
open(sys.argv[2], 'wb').write(b)
PY
: > "$out/bad/empty.txt"
python3 -c "import sys; sys.stdout.buffer.write(bytes(range(256)) * 16)" > "$out/bad/binary.bin"
ls -la "$out"/* >&2
