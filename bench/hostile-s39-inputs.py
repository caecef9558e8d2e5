#!/usr/bin/python3
"""Hostile inputs of session 39 (hostile-s39, docs/HOSTILE-INPUTS.md), for measuring with the jar (bench/hostile-s39-run.sh).
Everything invented (Child W, Elmstead, the entries).
usage: gen.py OUTDIR NAME...  (names below; 'all' for every one)"""
import io, os, sys, zlib, zipfile

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


class Raw:
    def __init__(self, path):
        self.f = open(path, "wb")
        self.pos = 0
        self.offsets = {}
        self.w(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    def w(self, b):
        if isinstance(b, str):
            b = b.encode("latin-1")
        self.f.write(b)
        self.pos += len(b)

    def obj(self, n, body):
        self.offsets[n] = self.pos
        self.w(b"%d 0 obj\n" % n)
        self.w(body)
        self.w(b"\nendobj\n")

    def stream(self, n, d, data, length=None):
        self.offsets[n] = self.pos
        self.w(b"%d 0 obj\n<< %s /Length %d >>\nstream\n" % (n, d, len(data) if length is None else length))
        self.w(data)
        self.w(b"\nendstream\nendobj\n")

    def close(self, root=1, extra=b""):
        xref = self.pos
        top = max(self.offsets) + 1
        self.w(b"xref\n0 %d\n0000000000 65535 f \n" % top)
        for i in range(1, top):
            if i in self.offsets:
                self.w(b"%010d 00000 n \n" % self.offsets[i])
            else:
                self.w(b"0000000000 65535 f \n")
        self.w(b"trailer\n<< /Size %d /Root %d 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (top, root, extra, xref))
        self.f.close()


def text_ops(lines, y0=760):
    out = [b"BT /F1 11 Tf 14 TL 60 %d Td" % y0]
    for ln in lines:
        out.append(b"(" + ln.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)") + b") '")
    out.append(b"ET")
    return b"\n".join(out)


REPORT_P1 = ["Child safeguarding practice review: Child W (invented for a test)",
             "Elmstead Safeguarding Children Partnership (invented)",
             "", "1. Introduction",
             "This review considers the care of Child W, an invented child of 3 years,",
             "who suffered a head injury at home in 2024.",
             "", "2. Learning",
             "Practitioners did not share what they knew about the father's drinking.",
             "The health visitor's concerns were not passed on to children's social care."]
REPORT_P3 = ["3. Recommendations",
             "The partnership should audit how referrals from health visitors are recorded.",
             "Agencies should train staff in asking about alcohol use by carers.",
             "", "4. Conclusion",
             "The injury could not have been predicted but the sharing of information was poor."]


def good_pages():
    return [text_ops(REPORT_P1), text_ops(REPORT_P3)]


def pdf_pages(path, contents, resources=b"/Resources << /Font << /F1 3 0 R >> >>", extra_objs=(), filt=True):
    """catalog 1, pages 2, font 3, then page/content pairs."""
    r = Raw(path)
    n = len(contents)
    kids = b" ".join(b"%d 0 R" % (10 + 2 * i) for i in range(n))
    r.obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    r.obj(2, b"<< /Type /Pages /Kids [ %s ] /Count %d >>" % (kids, n))
    r.obj(3, FONT)
    for num, body in extra_objs:
        if isinstance(body, tuple):
            r.stream(num, *body)
        else:
            r.obj(num, body)
    for i, c in enumerate(contents):
        r.obj(10 + 2 * i, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] %s /Contents %d 0 R >>" % (resources, 11 + 2 * i))
        if filt:
            r.stream(11 + 2 * i, b"/Filter /FlateDecode", zlib.compress(c, 9))
        else:
            r.stream(11 + 2 * i, b"", c)
    r.close()


# ---- left items of session 38 ----

def same_report_linked(d):
    s = ["# NSPCC Repository \u2013 November 2021\n"]
    for n in range(1, 5001):
        s.append("%d. Child L%d; Child safeguarding practice review\n\nNeglect of a 4-year-old boy in 2020.\n\n"
                 "Other resources [Read practice review (PDF)](Ashdown_CSPR_Child_Q.pdf)\n" % (n, n))
    open(os.path.join(d, "same-report-linked-5000-times-2021-11.md"), "w").write("\n".join(s))


def docx(path, body_xml):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        if callable(body_xml):
            with z.open("word/document.xml", "w", force_zip64=True) as f:
                body_xml(f)
        else:
            z.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                       '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                       + body_xml + '</w:body></w:document>')


def bold_paragraphs(d):
    p = "".join('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Child B%d: serious case review</w:t></w:r></w:p>' % n for n in range(1, 20001))
    docx(os.path.join(d, "twenty-thousand-bold-paragraphs-digest.docx"), p)


def dash_lines(d):
    with open(os.path.join(d, "half-million-dash-lines-2021-11.txt"), "w") as f:
        f.write("NSPCC Repository \u2013 November 2021\n\n")
        line = "-" * 60 + "\n"
        for _ in range(500000):
            f.write(line)


def million_br(d):
    with open(os.path.join(d, "million-br-digest.html"), "w") as f:
        f.write("<html><body><h1>NSPCC Repository November 2021</h1><h2>Child M; Serious case review</h2>"
                "<p>Neglect of a 2-year-old girl in 2020.</p><p>Learning includes: agencies did not share information.</p>")
        f.write("<br>" * 1000000)
        f.write("</body></html>")


def form_1000_pages(d):
    words = " ".join("word%d" % i for i in range(2000))
    form = b"BT /F1 4 Tf 10 780 Td 6 TL " + b" ".join(b"(" + w.encode() + b") '" for w in words.split()[:2000]) + b" ET"
    r = Raw(os.path.join(d, "form-2000-words-on-1000-pages.pdf"))
    n = 1000
    r.obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    r.obj(2, b"<< /Type /Pages /Kids [ %s ] /Count %d >>" % (b" ".join(b"%d 0 R" % (10 + 2 * i) for i in range(n)), n))
    r.obj(3, FONT)
    r.stream(4, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Filter /FlateDecode", zlib.compress(form, 9))
    for i in range(n):
        r.obj(10 + 2 * i, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X1 4 0 R >> >> /Contents %d 0 R >>" % (11 + 2 * i))
        r.stream(11 + 2 * i, b"", b"/X1 Do")
    r.close()


def operator_page(d):
    c = good_pages()
    hostile = b"q Q\n" * 2100000 + b"BT /F1 11 Tf 60 700 Td (Text on the busy page) Tj ET"
    pdf_pages(os.path.join(d, "Elmstead_CSPR_Child_W_busy_page_2.pdf"), [c[0], hostile, c[1]])


def nested_tags(d):
    with open(os.path.join(d, "nested-100000-tags-digest.html"), "w") as f:
        f.write("<html><body>" + "<div>" * 100000 + "Child N; Serious case review" + "</div>" * 100000 + "</body></html>")


# ---- new kinds ----

def xref_prev_cycle(d):
    """the trailer's /Prev names its own xref section"""
    path = os.path.join(d, "xref-prev-cycle.pdf")
    pdf_pages(path, good_pages())
    data = open(path, "rb").read()
    sx = int(data.rsplit(b"startxref", 1)[1].split()[0])
    data = data.replace(b"/Root 1 0 R  >>", b"/Root 1 0 R /Prev %d >>" % sx)
    open(path, "wb").write(data)


def objstm_cycle(d):
    """object streams that /Extends each other and hold the page tree, with an xref stream"""
    path = os.path.join(d, "object-streams-extend-each-other.pdf")
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    def obj(n, body):
        offs[n] = out.tell(); out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    content = zlib.compress(text_ops(REPORT_P1 + REPORT_P3))
    # objects 1 (catalog) 2 (pages) 3 (font) 4 (page) in stream 10 extending 11, 11 extending 10
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>"]
    body = b""; header = b""
    for i, o in enumerate(objs):
        header += b"%d %d " % (i + 1, len(body)); body += o + b" "
    ost = header + body
    obj(10, b"<< /Type /ObjStm /N 4 /First %d /Extends 11 0 R /Length %d >>\nstream\n" % (len(header), len(ost)) + ost + b"\nendstream")
    obj(11, b"<< /Type /ObjStm /N 0 /First 0 /Extends 10 0 R /Length 0 >>\nstream\n\nendstream")
    obj(5, b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
    xpos = out.tell()
    rows = []
    for n in range(0, 13):
        if n == 0: rows.append(b"\x00\x00\x00\x00\xff\xff")
        elif 1 <= n <= 4: rows.append(b"\x02" + (10).to_bytes(4, "big") + (n - 1).to_bytes(1, "big"))
        elif n in offs: rows.append(b"\x01" + offs[n].to_bytes(4, "big") + b"\x00")
        elif n == 12: rows.append(b"\x01" + xpos.to_bytes(4, "big") + b"\x00")
        else: rows.append(b"\x00\x00\x00\x00\x00\x00")
    xs = b"".join(rows)
    out.write(b"12 0 obj\n<< /Type /XRef /Size 13 /W [1 4 1] /Root 1 0 R /Length %d >>\nstream\n" % len(xs) + xs
              + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xpos)
    open(path, "wb").write(out.getvalue())


def page_tree_deep(d):
    """one page at the bottom of a page tree 100,000 /Pages deep"""
    r = Raw(os.path.join(d, "page-tree-100000-deep.pdf"))
    depth = 100000
    r.obj(1, b"<< /Type /Catalog /Pages 10 0 R >>")
    r.obj(3, FONT)
    for i in range(depth):
        n = 10 + i
        kid = n + 1 if i < depth - 1 else 4
        parent = b" /Parent %d 0 R" % (n - 1) if i else b""
        r.obj(n, b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (kid, parent))
    r.obj(4, b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>" % (10 + depth - 1))
    r.stream(5, b"", text_ops(REPORT_P1 + REPORT_P3))
    r.close(root=1)


def inline_image_huge(d):
    c = good_pages()
    img = b"q 10 0 0 10 100 100 cm BI /W 1000000 /H 1000000 /BPC 8 /CS /RGB ID \x00\x01\x02\x03 EI Q\n"
    pdf_pages(os.path.join(d, "inline-image-declared-million-square.pdf"), [img + c[0], c[1]])


def jbig2_jpx(d):
    c = good_pages()
    res = b"/Resources << /Font << /F1 3 0 R >> /XObject << /J 6 0 R /X 7 0 R >> >>"
    extra = [(6, (b"/Type /XObject /Subtype /Image /Width 4000 /Height 4000 /BitsPerComponent 1 /ColorSpace /DeviceGray /Filter /JBIG2Decode",
                  b"\x97JB2\r\n\x1a\n" + os.urandom(3000))),
             (7, (b"/Type /XObject /Subtype /Image /Width 4000 /Height 4000 /BitsPerComponent 8 /ColorSpace /DeviceRGB /Filter /JPXDecode",
                  b"\x00\x00\x00\x0cjP  \r\n\x87\n" + os.urandom(3000)))]
    draw = b"q 200 0 0 200 100 100 cm /J Do Q q 200 0 0 200 300 100 cm /X Do Q\n"
    pdf_pages(os.path.join(d, "jbig2-and-jpx-images.pdf"), [draw + c[0], draw + c[1]], resources=res, extra_objs=extra)


def font_50mb(d):
    """a TrueType /FontFile2 inflating to 50 MB of zeros, the text drawn with it"""
    c = good_pages()
    comp = zlib.compressobj(9)
    data = b"\x00\x01\x00\x00" + b""
    blob = comp.compress(data)
    chunk = b"\x00" * (1 << 20)
    for _ in range(50):
        blob += comp.compress(chunk)
    blob += comp.flush()
    font = b"<< /Type /Font /Subtype /TrueType /BaseFont /Invented /FirstChar 32 /LastChar 126 /Widths [%s] /FontDescriptor 6 0 R /Encoding /WinAnsiEncoding >>" % (b" ".join([b"500"] * 95))
    extra = [(5, font), (6, b"<< /Type /FontDescriptor /FontName /Invented /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>"),
             (7, (b"/Filter /FlateDecode /Length1 52428804", blob))]
    pdf_pages(os.path.join(d, "font-program-50mb.pdf"), c, resources=b"/Resources << /Font << /F1 5 0 R >> >>", extra_objs=extra)


def length_lies(d):
    """each content stream says /Length 1000000000; the data is a few hundred bytes"""
    c = good_pages()
    r = Raw(os.path.join(d, "length-lies.pdf"))
    r.obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    r.obj(2, b"<< /Type /Pages /Kids [ 10 0 R 12 0 R ] /Count 2 >>")
    r.obj(3, FONT)
    for i, cc in enumerate(c):
        r.obj(10 + 2 * i, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (11 + 2 * i))
        r.stream(11 + 2 * i, b"", cc, length=1000000000)
    r.close()


def docx_1gb(d):
    def body(f):
        f.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Child G: serious case review</w:t></w:r></w:p><w:p><w:r><w:t>')
        chunk = b" " * (1 << 20)
        for _ in range(1024):
            f.write(chunk)
        f.write(b'</w:t></w:r></w:p></w:body></w:document>')
    docx(os.path.join(d, "one-gb-document-xml-digest.docx"), body)


def eml_nested(d):
    n = 10000
    parts = ["From: digest@example.invalid\nTo: ops@example.invalid\nSubject: NSPCC Repository November 2021\nMIME-Version: 1.0\n"]
    for i in range(n):
        parts.append('Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i))
    parts.append("Content-Type: text/plain\n\n1. Child E; Serious case review\n\nNeglect of a 5-year-old boy in 2020.\n\n")
    for i in reversed(range(n)):
        parts.append("--b%d--\n" % i)
    open(os.path.join(d, "ten-thousand-nested-multiparts.eml"), "w").write("".join(parts))


def html_attr(d):
    with open(os.path.join(d, "five-mb-attribute-digest.html"), "w") as f:
        f.write("<html><body><h1>NSPCC Repository November 2021</h1><h2 title=\"" + "x" * (5 * 1024 * 1024) + "\">Child A; Serious case review</h2>"
                "<p>Neglect of a 2-year-old girl in 2020.</p><p>Learning includes: agencies did not share information.</p></body></html>")


def fifo(d):
    os.mkfifo(os.path.join(d, "Fifo_SCR_Child_F.pdf"))


def dev_zero_link(d):
    os.symlink("/dev/zero", os.path.join(d, "Zero_SCR_Child_Z.pdf"))


def long_name(d):
    # 255 bytes: the longest a name may be on Linux (300 cannot exist); 3-byte characters
    name = "\u2013" * 80 + "-review.pdf"
    name = name.encode()[:255 - 4].decode("utf-8", "ignore")
    pdf_pages(os.path.join(d, name + ".pdf"), good_pages())


KINDS = dict(same=same_report_linked, bold=bold_paragraphs, dash=dash_lines, br=million_br, form=form_1000_pages,
             oppage=operator_page, nested=nested_tags, xrefprev=xref_prev_cycle, objstm=objstm_cycle,
             deeptree=page_tree_deep, inline=inline_image_huge, jbig2=jbig2_jpx, font=font_50mb, length=length_lies,
             docx1gb=docx_1gb, eml=eml_nested, attr=html_attr, zero=dev_zero_link, longname=long_name)

if __name__ == "__main__":
    d = sys.argv[1]
    os.makedirs(d, exist_ok=True)
    for k in (KINDS if sys.argv[2:] == ["all"] else sys.argv[2:]):
        KINDS[k](d)
