#!/usr/bin/env python3
"""Makes the HTML and PDF reader fixtures from corpus letters (run from this folder).

html/kst-34104-439.html: an officielebekendmakingen-like page (navigation, scripts, styles,
cookie bar, sidebar, footer around `#broodtekst`) for the motie whose text is xml/kst-34104-439.txt.
html/sgd-0000092917.html: a Windows-1252 page without a marked document part, chrome marked only
by roles and classes, for Corpus/sgd-historical/sgd-0000092917.txt.
pdf/*.pdf: the text of a corpus letter set line by line in Helvetica (WinAnsiEncoding), as a
minimal PDF written here (no tools needed), one paragraph gap per blank line.
The .txt beside each fixture is the text the reader must give back.
"""
import html
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "Corpus")


def lines_of(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f.read().splitlines()]


def entity_encode(text):
    escaped = html.escape(text, quote=False)
    for char, name in (("ë", "&euml;"), ("é", "&eacute;"), ("ï", "&#239;"), ("ö", "&#xF6;")):
        escaped = escaped.replace(char, name)
    return escaped


def officiele_bekendmakingen_page():
    lines = [l for l in lines_of(os.path.join(HERE, "xml", "kst-34104-439.txt")) if l]
    head, body = lines[:9], lines[9:]
    paragraphs = "\n".join(
        f"      <p class=\"al\">{entity_encode(l)}</p>" if i != 2 else
        f"      <p class=\"al\">overwegende dat in het <em>regeerprogramma</em> is opgenomen dat het kabinet "
        f"<a href=\"#\">ervoor</a> gaat zorgen{entity_encode(l[len('overwegende dat in het regeerprogramma is opgenomen dat het kabinet ervoor gaat zorgen'):])}</p>"
        for i, l in enumerate(body))
    page = f"""<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>Motie van het lid Rikkers-Oosterkamp over afspraken over een regionaal budget | Officiële Bekendmakingen</title>
  <meta name="DC.identifier" content="kst-34104-439">
  <meta name="OVERHEIDop.documenttitel" content="Motie van het lid Rikkers-Oosterkamp over afspraken over een regionaal budget">
  <meta name="OVERHEIDop.dossiernummer" content="34104">
  <meta name="OVERHEIDop.ondernummer" content="439">
  <meta name="OVERHEIDop.vergaderjaar" content="2024-2025">
  <meta name="DC.type" scheme="OVERHEIDop.KamerstukTypen" content="Motie">
  <meta name="DCTERMS.issued" scheme="DCTERMS.W3CDTF" content="2025-04-24">
  <link rel="canonical" href="https://zoek.officielebekendmakingen.nl/kst-34104-439.html">
  <link rel="stylesheet" href="/css/main.css">
  <style>body {{ font-family: "Rijksoverheid Sans", sans-serif; }} .al > p {{ margin: 0 }}</style>
  <script>window.dataLayer = window.dataLayer || []; if (a < b) {{ document.write("</div><p>niet dit</p>"); }}</script>
</head>
<body class="portal">
  <div class="skiplinks"><a href="#broodtekst">Direct naar de inhoud</a></div>
  <header class="header">
    <div class="header__logo"><img src="/logo.svg" alt="Officiële bekendmakingen"></div>
    <nav class="header__nav" aria-label="Hoofdmenu"><ul><li><a href="/">Home</a></li><li><a href="/zoeken">Uitgebreid zoeken</a></li></ul></nav>
  </header>
  <div class="breadcrumb"><ol><li><a href="/">Home</a></li><li>Kamerstuk 34104, nr. 439</li></ol></div>
  <div class="row">
    <aside class="sidebar"><h2>Documentinformatie</h2><ul><li>Publicatiedatum 14 mei 2025</li><li><a href="kst-34104-439.pdf">Download PDF</a></li></ul></aside>
    <div id="broodtekst" class="stuk">
      <div class="kamerstukkop">
{chr(10).join(f'        <p>{entity_encode(l)}</p>' for l in head[:4])}
      </div>
      <h1 class="dossiernummer">{entity_encode(head[4])}</h1>
      <p class="dossiertitel">{entity_encode(head[5])}</p>
      <p class="stuknr">Nr. <span class="ondernummer">439</span></p>
      <h2 class="stuktitel">{entity_encode(head[7])}</h2>
      <p class="datumtekst">Voorgesteld <time datetime="2025-04-24">24 april 2025</time></p>
{paragraphs}
    </div>
  </div>
  <footer class="footer"><p>Dit is een officiële uitgave van de Staten-Generaal.</p><form action="/zoeken"><input name="q"><button>Zoek</button></form></footer>
  <div class="cookiebar" role="dialog"><p>Deze website gebruikt cookies.</p><button>Akkoord</button></div>
  <script src="/js/main.js"></script>
</body>
</html>
"""
    with open(os.path.join(HERE, "html", "kst-34104-439.html"), "w", encoding="utf-8") as f:
        f.write(page)
    shutil.copy(os.path.join(HERE, "xml", "kst-34104-439.txt"), os.path.join(HERE, "html", "kst-34104-439.txt"))


def historical_page():
    source = os.path.join(CORPUS, "sgd-historical", "sgd-0000092917.txt")
    lines = [l for l in lines_of(source) if l]
    body = "\n".join(f"<P>{entity_encode(l)}" for l in lines)  # unclosed paragraphs, upper case
    page = f"""<HTML>
<HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">
<TITLE>Kamerstuk 20595 nr. 14</TITLE>
<STYLE TYPE="text/css">P {{ margin-top: 0 }}</STYLE></HEAD>
<BODY>
<DIV ROLE="navigation"><A HREF="index.html">Terug naar de index</A> | <A HREF="volgende.html">Volgende</A></DIV>
<DIV CLASS="banner" role=banner>Staten-Generaal Digitaal</DIV>
<!-- begin document <P>niet dit -->
{body}
<DIV class="footer">Gedigitaliseerd door de Koninklijke Bibliotheek</DIV>
<SCRIPT LANGUAGE="JavaScript">var p = "<P>niet dit";</SCRIPT>
</BODY>
</HTML>
"""
    with open(os.path.join(HERE, "html", "sgd-0000092917.html"), "wb") as f:
        f.write(page.encode("cp1252"))
    with open(os.path.join(HERE, "html", "sgd-0000092917.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def pdf_string(text):
    data = text.encode("cp1252")
    return "(" + "".join(
        "\\" + chr(b) if chr(b) in "\\()" else chr(b) if 32 <= b < 127 else "\\%03o" % b for b in data) + ")"


def write_pdf(lines, path, title):
    per_page = 60
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objects = []  # bodies, numbered from 1
    font = 3
    objects.append("<< /Type /Catalog /Pages 2 0 R >>")
    kids = []
    objects.append(None)  # pages, filled in below
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for page_lines in pages:
        content = ["BT", "/F1 10 Tf", "12 TL", "50 790 Td"]
        for line in page_lines:
            content.append(pdf_string(line) + " Tj T*" if line else "T*")
        content.append("ET")
        stream = "\n".join(content)
        objects.append(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream")
        content_number = len(objects)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content_number} 0 R "
                       f"/Resources << /Font << /F1 {font} 0 R >> >> >>")
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    objects.append(f"<< /Title {pdf_string(title)} /Producer (Kamerzoek test fixtures) >>")
    info = len(objects)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(path, "wb") as f:
        f.write(out)


def pdfs():
    for source, name, title in (
        (os.path.join(CORPUS, "kamerbrieven", "jbz-raad-cyprus-januari-2026.txt"), "jbz-raad-cyprus-januari-2026",
         "Geannoteerde agenda informele JBZ-Raad januari 2026"),
        (os.path.join(CORPUS, "tk-moties", "kst-19637-3185.txt"), "kst-19637-3185", "Motie kst-19637-3185"),
    ):
        lines = []
        for line in lines_of(source):
            while len(line) > 95:  # wrap long paragraphs at a space
                cut = line.rfind(" ", 0, 95)
                cut = cut if cut > 0 else 95
                lines.append(line[:cut])
                line = line[cut:].lstrip()
            lines.append(line)
        write_pdf(lines, os.path.join(HERE, "pdf", name + ".pdf"), title)
        shutil.copy(source, os.path.join(HERE, "pdf", name + ".txt"))


if __name__ == "__main__":
    officiele_bekendmakingen_page()
    historical_page()
    pdfs()
