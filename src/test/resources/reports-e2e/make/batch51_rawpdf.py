"""PDFs written by hand (no library) for batch 51. Base-14 Helvetica / Helvetica-Bold, not embedded, WinAnsi, widths
from batch49_rawpdf's AFM tables. Test-fixture tooling only; every report is invented.

- Obj / write_pdf: a tiny object writer (objects given as strings or bytes, numbered from 1);
- tj_line: a justified line as one TJ array, one string per word, NO space characters (the gaps negative adjustments);
- word_ops: an OCR word in render mode 3 stretched to its box (Tz);
- type3_bullet: a Type 3 font with one glyph named /uniF0B7 at code 183, no /ToUnicode (Word's Symbol bullet as a
  private-use code point).
"""
import zlib
from batch49_rawpdf import cw, width, wrap, pdfstr

W, H = 595.0, 842.0


def stream(data, extra=""):
    if isinstance(data, str):
        data = data.encode("latin-1")
    z = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(z), extra.encode("latin-1")) + z + b"\nendstream"


def write_pdf(path, objs, root, info):
    """objs: list of str / bytes, object i+1; root: the catalog's number; info: a dictionary string."""
    objs = list(objs) + [info]
    out, offs = [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"], []
    for i, o in enumerate(objs):
        offs.append(sum(len(b) for b in out))
        o = o if isinstance(o, bytes) else o.encode("latin-1")
        out.append(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    xref = sum(len(b) for b in out)
    out.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs))
    out.append(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
               % (len(objs) + 1, root, len(objs), xref))
    open(path, "wb").write(b"".join(out))


def tj_line(font, size, words, x, y, room, justify):
    """One text object: the words as separate strings of one TJ array, no spaces; the gap spreads the line to room when
    justify, else a space's width."""
    bold = font == "F2"
    wsum = sum(width(w, size, bold) for w in words)
    gap = (room - wsum) / (len(words) - 1) if justify and len(words) > 1 else cw(" ", bold) * size / 1000.0
    parts = []
    for i, w in enumerate(words):
        if i:
            parts.append("%.1f" % (-gap * 1000.0 / size))
        parts.append(pdfstr(w))
    return "BT /%s %.1f Tf %.2f %.2f Td [%s] TJ ET" % (font, size, x, y, " ".join(parts))


def plain_line(font, size, words, x, y, room, justify):
    """The same line with space characters, the word spacing (Tw) doing the justification (the truth twin)."""
    bold = font == "F2"
    text = " ".join(words)
    tw = (room - width(text, size, bold)) / (len(words) - 1) if justify and len(words) > 1 else 0.0
    return "BT /%s %.1f Tf %.3f Tw %.2f %.2f Td %s Tj ET" % (font, size, tw, x, y, pdfstr(text))


def word_ops(word, x, y, size, box_w):
    """An OCR word: invisible (3 Tr), Helvetica sized from the box height, stretched to the box width."""
    natural = width(word, size) or 1.0
    return "BT 3 Tr /F1 %.1f Tf %.1f Tz 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (size, 100.0 * box_w / natural, x, y, pdfstr(word))


def type3_bullet():
    """The font dictionary of a Type 3 font with one round bullet glyph at code 183 named /uniF0B7, no /ToUnicode; its
    glyph procedure is the object after it (returned as the second element)."""
    proc = stream("500 0 50 100 450 500 d1 250 300 m 360 300 360 410 250 410 c 140 410 140 300 250 300 c "
                  "140 300 140 190 250 190 c 360 190 360 300 250 300 c f")
    return ("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 600] /FontMatrix [0.001 0 0 0.001 0 0] "
            "/CharProcs << /uniF0B7 %d 0 R >> /Encoding << /Type /Encoding /Differences [183 /uniF0B7] >> "
            "/FirstChar 183 /LastChar 183 /Widths [500] /Resources << >> >>"), proc


__all__ = ["W", "H", "cw", "width", "wrap", "pdfstr", "stream", "write_pdf", "tj_line", "plain_line", "word_ops",
           "type3_bullet"]
