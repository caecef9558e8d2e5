# Renders the inputs of batch b56 (see render_b56.py and entries_b56.py). Invented material, test fixtures only. Plain Python
# for four inputs (the saved HTML, the UTF-16 sheet, the markdown deck, the code page 850 text); the DOCX is written by
# LibreOffice Writer (soffice --convert-to docx) from a flat ODT (.fodt) this script writes into source/.
import os, shutil, subprocess, tempfile
from render_b32_inputs import (x, curly)
FOOT = "Summaries written for testing: every child, family, person and place in this digest is invented."


def url(d, i, host="learning.nspcc.org.uk"):
    return f"https://{host}/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    out += [(e["lab"][1], e["recs"])] if e["recs"] else ([(None, e["norec"])] if e["norec"] else [])
    if e["good"]: out.append((e["lab"][2], e["good"]))
    return out


# A. Thunderbird 115 'File > Save As > File' (HTML) of a plain-text, format=flowed e-mail: the moz-header tables (Subject,
#    From, Date, To) over the body; the body one <div class="moz-text-flowed"> whose lines end with <br> (flowed lines already
#    joined), '*text*' shown as <b class="moz-txt-star"> with the stars in moz-txt-tag spans (the titles), labels as plain
#    lines, '- ' items, the link as 'Read ... (PDF) <URL>' auto-linked as moz-txt-link-rfc2396E, a '----' line between
#    reviews, a '-- ' signature in moz-txt-sig.
def tb_star(t):
    return f'<b class="moz-txt-star"><span class="moz-txt-tag">*</span>{x(t)}<span class="moz-txt-tag">*</span></b>'


def thunderbird_html(d):
    hd = lambda k, v: f'<tr><th valign="BASELINE" nowrap="nowrap"><div class="moz-header-display-name" style="display:inline;">{k}: </div></th><td>{v}</td></tr>'
    H = ['<!DOCTYPE html>', '<html>', '<head>', '<meta http-equiv="content-type" content="text/html; charset=UTF-8">',
         f'<title>{x(d["heading"])}</title>', '</head>', '<body>',
         '<table class="moz-header-part1 moz-main-header" width="100%" cellspacing="0" cellpadding="0" border="0"><tbody>',
         hd("Subject", x(d["heading"])), hd("From", "Learning and Improvement Team &lt;learning@ellesmoorscp.example&gt;"),
         hd("Date", "04/03/2025, 09:12"), '</tbody></table>',
         '<table class="moz-header-part2 moz-main-header" width="100%" cellspacing="0" cellpadding="0" border="0"><tbody>',
         hd("To", "Safeguarding Leads &lt;safeguarding-leads@lists.ellesmoor.example&gt;"), '</tbody></table><br>',
         '<div class="moz-text-flowed" style="font-family: -moz-fixed; font-size: 14px;" lang="x-unicode">']
    L = ["Dear colleagues,", "", x(d["intro"]) + " The summaries are below and the full reports are in the NSPCC library.", ""]
    for i, e in enumerate(d["entries"], 1):
        L += [tb_star(e["title"]), x(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: L += [x(lst), ""]; continue
            L.append(x(lab)); L += ["- " + x(t) for t in lst]; L.append("")
        u = url(d, i)
        L += [f'{x(e["link"])} <a class="moz-txt-link-rfc2396E" href="{u}">&lt;{u}&gt;</a>', ""]
        if i < len(d["entries"]): L += ["----", ""]
    L += [x(FOOT), "", "Kind regards,"]
    H.append("<br>\n".join(L) + "<br>")
    H += ['<div class="moz-txt-sig"><span class="moz-txt-tag">-- <br></span>Learning and Improvement Team<br>',
          'Ellesmoor Safeguarding Children Partnership<br>', 'Tel: 01632 960 418<br>',
          '<a class="moz-txt-link-freetext" href="https://www.ellesmoorscp.example">https://www.ellesmoorscp.example</a><br>', '</div></div>',
          '</body>', '</html>', '']
    return "\n".join(H)


# B. Excel 'File > Save As > Unicode Text (*.txt)': UTF-16LE with a BOM, cells separated by tabs, rows ended by CRLF, every row
#    as wide as the used range (trailing tabs); the sheet's title in A1, the intro in A2, an empty row, a header row (Review,
#    Summary, the label columns, Report), one review per row; a cell holding Alt+Enter line breaks (the items) is quoted and
#    its breaks are bare LF; a cell holding a double quote is quoted with the quote doubled; the footnote in the last row.
def xl_cell(s):
    return '"' + s.replace('"', '""') + '"' if ("\n" in s or '"' in s) else s


def excel_unicode_text(d):
    width = 6
    rows = [[d["heading"]], [d["intro"]], [], ["Review", "Summary", "Learning includes", "Recommendations include", "Good practice", "Report"]]
    for i, e in enumerate(d["entries"], 1):
        rows.append([e["title"], e["summary"], "\n".join(e["learning"]), "\n".join(e["recs"]) if e["recs"] else (e["norec"] or ""),
                     "\n".join(e["good"]), url(d, i)])
    rows += [[], [FOOT]]
    text = "\r\n".join("\t".join(xl_cell(c) for c in (r + [""] * (width - len(r)))) for r in rows) + "\r\n"
    return "\ufeff" + text


# C. A Marp slide deck (markdown): front matter 'marp: true' with theme, paginate, header and footer directives; slides split by
#    '---'; the title slide with '<!-- _class: lead -->' and a '<!-- fit -->' heading; one slide per review (a background image
#    '![bg right:30% ...]', '## title', summary, bold labels, '- ' items, the link), Child LKS's review continued on a second
#    slide titled '... (continued)' (its third learning item, the recommendations and the link); a '<style scoped>' block on a
#    crowded slide; speaker notes as HTML comments after each review.
def marp_md(d):
    L = ["---", "marp: true", "theme: gaia", "paginate: true", "size: 16:9", "header: 'Thornbury Vale Safeguarding Children Partnership'",
         f"footer: '{d['heading']} · learning briefing'", "---", "", "<!-- _class: lead -->", "<!-- _paginate: false -->", "",
         f"# <!-- fit --> {d['heading']}", "", d["intro"], "",
         "<!-- Presenter: welcome everyone, ten minutes per review, questions at the end. -->", ""]
    notes = ["Ask the group how they would follow up a missed appointment.", "Pause here: this one is hard to talk about.",
             "Point out the residential worker's record keeping.", "Ask the group what they know about the school's safeguarding lead."]
    for i, e in enumerate(d["entries"], 1):
        L += ["---", "", f"![bg right:30% opacity:.25](images/slide-{i}.jpg)", ""]
        if i == 3: L += ["<style scoped>", "section { font-size: 22px; }", "li { margin: 0; }", "</style>", ""]
        L += [f"## {curly(e['title'])}", "", curly(e["summary"]), ""]
        split = i == 2
        for lab, lst in groups(e):
            if lab is None: L += [curly(lst), ""]; continue
            if split and lab == e["lab"][0]:
                L += [f"**{lab}**", ""] + ["- " + curly(t) for t in lst[:2]] + [""]
                L += [f"<!-- {notes[i - 1]} -->", "", "---", "", f"## {curly(e['title'])} (continued)", ""]
                L += ["- " + curly(t) for t in lst[2:]] + [""]
                continue
            L += [f"**{lab}**", ""] + ["- " + curly(t) for t in lst] + [""]
        L += [f"[{e['link']}]({url(d, i)})", ""]
        if not split: L += [f"<!--", notes[i - 1], "-->", ""]
    L += ["---", "", "<!-- _class: lead -->", "", "## Questions?", "", f"*{FOOT}*", ""]
    return "\n".join(L)


# D. A flat ODT (LibreOffice Writer) with the partnership's own styles, converted to DOCX by LibreOffice: the digest title in
#    'Digest Title', the review titles in 'Review Title' (a custom style with outline level 2, NOT a Heading style), labels in
#    'Review Label' (bold from the style, no direct formatting), items in a list whose bullet is '–', links as text:a, the
#    intro and summaries in 'Text Body'; a page footer with the page number.
def o(s):
    return x(curly(s))


def fodt(d):
    st = ('<office:styles>'
          '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
          '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">'
          '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" fo:line-height="115%"/></style:style>'
          '<style:style style:name="Digest_20_Title" style:display-name="Digest Title" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">'
          '<style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#6b2c91"/></style:style>'
          '<style:style style:name="Review_20_Title" style:display-name="Review Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="2">'
          '<style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always" fo:border-bottom="0.5pt solid #6b2c91"/>'
          '<style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#6b2c91"/></style:style>'
          '<style:style style:name="Review_20_Label" style:display-name="Review Label" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body">'
          '<style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>'
          '<style:style style:name="List_20_Item" style:display-name="List Item" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="Dash_20_List"/>'
          '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>'
          '<style:style style:name="Internet_20_link" style:display-name="Internet link" style:family="text"><style:text-properties fo:color="#000080" style:text-underline-style="solid"/></style:style>'
          '<text:list-style style:name="Dash_20_List" style:display-name="Dash List">'
          '<text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
          '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/>'
          '</style:list-level-properties></text:list-level-style-bullet></text:list-style>'
          '</office:styles>')
    auto = ('<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" '
            'fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style/></style:page-layout></office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>'
            '<text:p text:style-name="Footer">Merrowdown Safeguarding Children Partnership · page <text:page-number text:select-page="current">1</text:page-number></text:p>'
            '</style:footer></style:master-page></office:master-styles>')
    B = [f'<text:h text:style-name="Digest_20_Title" text:outline-level="1">{o(d["heading"])}</text:h>', f'<text:p text:style-name="Text_20_body">{o(d["intro"])}</text:p>']
    for i, e in enumerate(d["entries"], 1):
        B += [f'<text:h text:style-name="Review_20_Title" text:outline-level="2">{o(e["title"])}</text:h>', f'<text:p text:style-name="Text_20_body">{o(e["summary"])}</text:p>']
        for lab, lst in groups(e):
            if lab is None: B.append(f'<text:p text:style-name="Text_20_body">{o(lst)}</text:p>'); continue
            B.append(f'<text:p text:style-name="Review_20_Label">{o(lab)}</text:p>')
            B.append('<text:list text:style-name="Dash_20_List">' + "".join(f'<text:list-item><text:p text:style-name="List_20_Item">{o(t)}</text:p></text:list-item>' for t in lst) + '</text:list>')
        B.append(f'<text:p text:style-name="Text_20_body"><text:a xlink:type="simple" xlink:href="{url(d, i)}" text:style-name="Internet_20_link">{o(e["link"])}</text:a></text:p>')
    B.append(f'<text:p text:style-name="Text_20_body"><text:span>{o(FOOT)}</text:span></text:p>')
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')
    meta = f'<office:meta><dc:title>{o(d["heading"])}</dc:title><meta:initial-creator>Ffion Tallack</meta:initial-creator></office:meta>'
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns}>{meta}{st}{auto}'
            f'<office:body><office:text>{"".join(B)}</office:text></office:body></office:document>\n')


def lo_docx(src, dst):
    with tempfile.TemporaryDirectory(prefix="d56-lo-") as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/d56-lo", "--headless", "--convert-to", "docx:MS Word 2007 XML",
                        "--outdir", tmp, src], check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + ".docx"), dst)


# E. Word 'File > Save As > Plain Text (*.txt)' with 'Other encoding: MS-DOS' (code page 850, as on a UK PC): each paragraph one
#    line, CRLF; accented letters and the pound sign as OEM bytes ('é' 0x82, '£' 0x9C); typographic quotes and dashes replaced
#    by ASCII ones; each bulleted item as byte 0x07 (the character DOS code pages draw as a bullet) and a tab; no heading
#    marks; the link's words then ': ' and the URL typed into the document.
def msdos_txt(d):
    L = [d["heading"], "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        L += [e["title"], e["summary"], ""]
        for lab, lst in groups(e):
            if lab is None: L += [lst, ""]; continue
            L.append(lab); L += ["\x07\t" + t for t in lst]; L.append("")
        L += [f"{e['link']}: {url(d, i)}", ""]
    L += [FOOT, ""]
    text = "\r\n".join(L).replace("\u2019", "'").replace("\u2013", "-")
    return text.encode("cp850")


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "thunderbird" in fname: open(dst, "w", encoding="utf-8").write(thunderbird_html(d))
        elif "excel-unicode" in fname: open(dst, "w", encoding="utf-16-le", newline="").write(excel_unicode_text(d))
        elif "marp" in fname: open(dst, "w", encoding="utf-8").write(marp_md(d))
        elif fname.endswith(".docx"):
            src = f"{out}/source/{stem}.fodt"
            open(src, "w", encoding="utf-8").write(fodt(d)); lo_docx(src, dst)
        elif "msdos" in fname: open(dst, "wb").write(msdos_txt(d))
