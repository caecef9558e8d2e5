#!/usr/bin/python3
"""Hostile inputs of session 40 (hostile-s40, docs/HOSTILE-INPUTS.md), for measuring with the jar (bench/hostile-s40-run.sh).
Everything invented (Child W, Elmstead, Child V, the entries). Reuses the writers of hostile-s39-inputs.py.
usage: gen.py OUTDIR NAME...  (names below)"""
import importlib.util, os, sys, zlib

_spec = importlib.util.spec_from_file_location("s39", os.path.join(os.path.dirname(__file__), "hostile-s39-inputs.py"))
s39 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(s39)


def good_report(d, name="Elmstead_CSPR_Child_W.pdf"):
    s39.pdf_pages(os.path.join(d, name) if isinstance(d, str) else os.path.join(d, name), s39.good_pages())


# ---- left items of session 39 ----

def million_br(d):
    s39.million_br(d)


def shared_by_title(d):
    """12 entries link Ashdown's Child Q report; the 12th's title names the report's child, the first 11 do not"""
    s = ["# NSPCC Repository \u2013 November 2021\n"]
    for n in range(1, 12):
        s.append("%d. Child L%d; Child safeguarding practice review\n\nNeglect of a 4-year-old boy in 2020.\n\n"
                 "Other resources [Read practice review (PDF)](Ashdown_CSPR_Child_Q.pdf)\n" % (n, n))
    s.append("12. Child Q; Child safeguarding practice review\n\nNeglect of a child in 2020.\n\n"
             "Other resources [Read practice review (PDF)](Ashdown_CSPR_Child_Q.pdf)\n")
    open(os.path.join(d, "shared-report-named-by-12th-2021-11.md"), "w").write("\n".join(s))


# ---- new kinds ----

def symlink_loop(d):
    """a folder link to its own folder, and two names linking each other"""
    os.symlink(".", os.path.join(d, "loop"))
    os.symlink("Loop_B_SCR_Child_B.pdf", os.path.join(d, "Loop_A_SCR_Child_A.pdf"))
    os.symlink("Loop_A_SCR_Child_A.pdf", os.path.join(d, "Loop_B_SCR_Child_B.pdf"))


def empty_100k(d):
    for n in range(100000):
        open(os.path.join(d, "empty-%06d.txt" % n), "wb").close()


def bad_utf8_name(d):
    """the good 2-page report under a name with bytes that are no UTF-8 (0xFF 0xFE, a lone continuation 0x80)"""
    s39.pdf_pages(os.path.join(os.fsencode(d), b"Elmstead_CSPR_Child_W_\xff\xfe\x80.pdf"), s39.good_pages())


def increments(d):
    """the good report followed by 10,000 incremental updates, each an xref section whose /Prev names the one before"""
    path = os.path.join(d, "ten-thousand-increments.pdf")
    s39.pdf_pages(path, s39.good_pages())
    data = open(path, "rb").read()
    prev = int(data[data.rindex(b"startxref") + 9:].split()[0])
    out = bytearray(data)
    for i in range(10000):
        off = len(out)
        out += b"20 0 obj\n<< /Update %d >>\nendobj\n" % i
        xref = len(out)
        out += b"xref\n0 1\n0000000000 65535 f \n20 1\n%010d 00000 n \n" % off
        out += b"trailer\n<< /Size 21 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (prev, xref)
        prev = xref
    open(path, "wb").write(bytes(out))


def url_1mb(d):
    """a markdown digest whose one entry links a report through a URL of 1 MB"""
    url = "https://learning.nspcc.org.uk/media/" + "a" * (1024 * 1024) + ".pdf"
    open(os.path.join(d, "one-mb-link-2021-11.md"), "w").write(
        "# NSPCC Repository \u2013 November 2021\n\n1. Child U; Serious case review\n\nNeglect of a 5-year-old girl in 2020.\n\n"
        "Learning includes: agencies did not share information.\n\nOther resources [Read the review (PDF)](" + url + ")\n")


def links_csv_huge(d):
    """an operator's links.csv of 2,000,000 rows (60 MB)"""
    with open(os.path.join(d, "links.csv"), "w") as f:
        f.write("entry,file\n")
        for n in range(2000000):
            f.write("Child X%d,Report_%d.pdf\n" % (n, n))


def fetched_digest(d, port, path):
    """a digest whose entry links http://127.0.0.1:PORT/PATH (the run allows that origin)"""
    open(os.path.join(d, "fetched-2021-11.md"), "w").write(
        "# NSPCC Repository \u2013 November 2021\n\n1. Child V; Serious case review\n\nNeglect of a 5-year-old girl in 2020.\n\n"
        "Learning includes: agencies did not share information.\n\n"
        "Other resources [Read the review (PDF)](http://127.0.0.1:%d/%s)\n" % (port, path))


def late_digest(d):
    """a digest the run script rewrites after discovery (a second entry, a third)"""
    open(os.path.join(d, "changing-2021-11.md"), "w").write(
        "# NSPCC Repository \u2013 November 2021\n\n1. Child V; Serious case review\n\nNeglect of a 5-year-old girl in 2020.\n\n"
        "Learning includes: agencies did not share information.\n")


def late_digest_rewrite(d):
    s = ["# NSPCC Repository \u2013 November 2021\n"]
    for n in range(1, 4):
        s.append("%d. Child V%d; Serious case review\n\nNeglect of a 5-year-old girl in 2020.\n\n"
                 "Learning includes: agencies did not share information %d.\n" % (n, n, n))
    open(os.path.join(d, "changing-2021-11.md"), "w").write("\n".join(s))


def meta_controls(d):
    """the good report whose Info /Title and /Author carry ESC sequences, a newline and a forged log line"""
    path = os.path.join(d, "Elmstead_CSPR_Child_W_meta.pdf")
    s39.pdf_pages(path, s39.good_pages())
    data = open(path, "rb").read()
    prev = int(data[data.rindex(b"startxref") + 9:].split()[0])
    off = len(data)
    info = (b"30 0 obj\n<< /Title (Child W\x1b[2J\x1b[31m review\n12:00:00.000 ERROR forged line) "
            b"/Author (Elmstead\r\x07\x08 partnership) >>\nendobj\n")
    xref = off + len(info)
    tail = (b"xref\n0 1\n0000000000 65535 f \n30 1\n%010d 00000 n \ntrailer\n<< /Size 31 /Root 1 0 R /Info 30 0 R /Prev %d >>\n"
            b"startxref\n%d\n%%%%EOF\n" % (off, prev, xref))
    open(path, "wb").write(data + info + tail)


KINDS = dict(br=million_br, sharedtitle=shared_by_title, symloop=symlink_loop, empty100k=empty_100k,
             badutf8=bad_utf8_name, increments=increments, url1mb=url_1mb, linkshuge=links_csv_huge,
             latedigest=late_digest, latedigest2=late_digest_rewrite, meta=meta_controls, good=good_report)

if __name__ == "__main__":
    d = sys.argv[1]
    os.makedirs(d, exist_ok=True)
    if sys.argv[2] == "fetched":
        fetched_digest(d, int(sys.argv[3]), sys.argv[4])
    else:
        for k in sys.argv[2:]:
            KINDS[k](d)
