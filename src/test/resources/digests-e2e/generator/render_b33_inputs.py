# Renders the inputs of batch b33 (see render_b33.py and entries_b33.py). Invented material, test fixtures only. Python writes
# every source; LibreOffice 7.4 (`soffice --headless`) makes the two PDFs (Impress notes pages from a flat ODP, Writer from a
# framed DOCX). Helpers (DOCX parts, groups, url, curly quotes) are shared with render_b32_inputs.
import html, json, os, shutil, subprocess, tempfile, textwrap
from render_b32_inputs import (CT_HEAD, REL, ROOT_RELS, SETTINGS, W, bullet_numbering, curly, groups, write_docx, x)
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def runin(items):
    """NSPCC style: 'a; b; and c.'"""
    if len(items) == 1: return items[0] + "."
    return "; ".join(items[:-1]) + "; and " + items[-1] + "."


def soffice(src, outdir, filt):
    prof = tempfile.mkdtemp(prefix="b33-lo-")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", filt, "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------- A. Impress notes pages
# A flat ODP (16:9 slides): a title slide with the digest heading and the intro, then one slide per review holding the title
# (32pt) and the summary (18pt) in two plain text frames; the speaker NOTES of each review slide hold the labels (bold
# paragraphs), the items (a bulleted text:list, '•') and the link (text:a). Exported with ExportNotesPages +
# ExportOnlyNotesPages: each PDF page is an A4 notes page with the slide drawn small at the top and the notes text under it.
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"')


def odp_frame(xcm, ycm, wcm, hcm, paras, cls=None, style="gr1"):
    c = f' presentation:class="{cls}" presentation:style-name="{style}"' if cls else f' draw:style-name="{style}"'
    return (f'<draw:frame{c} svg:x="{xcm}cm" svg:y="{ycm}cm" svg:width="{wcm}cm" svg:height="{hcm}cm">'
            f'<draw:text-box>{paras}</draw:text-box></draw:frame>')


def odp_p(t, st):
    return f'<text:p text:style-name="{st}">{x(t)}</text:p>'


def impress_fodp(d):
    pages = []
    title_slide = (odp_frame(1.5, 3.0, 25.0, 3.0, odp_p(d["heading"], "PTitle")) + odp_frame(1.5, 7.0, 25.0, 5.0, odp_p(d["intro"], "PBody")))
    notes0 = odp_p("Welcome everyone. These are the reviews added this month; the notes under each slide give the learning and recommendations.", "PNote")
    pages.append((title_slide, notes0))
    for i, e in enumerate(d["entries"], 1):
        slide = odp_frame(1.5, 1.0, 25.0, 3.2, odp_p(e["title"], "PTitle")) + odp_frame(1.5, 4.6, 25.0, 10.0, odp_p(e["summary"], "PBody"))
        notes = []
        for lab, lst in groups(e):
            if lab is None: notes.append(odp_p(lst, "PNote")); continue
            notes.append(f'<text:p text:style-name="PNote"><text:span text:style-name="TBold">{x(lab)}</text:span></text:p>')
            notes.append('<text:list text:style-name="LBul">' + "".join(f'<text:list-item>{odp_p(t, "PItem")}</text:list-item>' for t in lst) + "</text:list>")
        notes.append(f'<text:p text:style-name="PNote"><text:a xlink:type="simple" xlink:href="{url(d, i)}">{x(e["link"])}</text:a></text:p>')
        pages.append((slide, "".join(notes)))
    body = "".join(
        f'<draw:page draw:name="Slide{k}" draw:master-page-name="Default">{s}<presentation:notes>'
        f'<draw:page-thumbnail presentation:class="page" draw:page-number="{k}" svg:x="2.5cm" svg:y="1.5cm" svg:width="16cm" svg:height="9cm"/>'
        + odp_frame(2.0, 11.5, 17.0, 16.0, n, cls="notes", style="grN") + '</presentation:notes></draw:page>'
        for k, (s, n) in enumerate(pages, 1))
    styles = ('<office:automatic-styles>'
              '<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>'
              '<style:page-layout style:name="PM2"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"/></style:page-layout>'
              '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties draw:fill="none"/></style:style>'
              '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="false" draw:textarea-vertical-align="top" fo:padding="0.1cm"/></style:style>'
              '<style:style style:name="grN" style:family="presentation"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="false" draw:textarea-vertical-align="top" fo:padding="0.1cm"/></style:style>'
              '<style:style style:name="PTitle" style:family="paragraph"><style:text-properties fo:font-size="30pt" fo:font-weight="bold" style:font-name="Liberation Sans" fo:font-family="\'Liberation Sans\'" fo:color="#1f3864"/></style:style>'
              '<style:style style:name="PBody" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="18pt" fo:font-family="\'Liberation Sans\'"/></style:style>'
              '<style:style style:name="PNote" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="12pt" fo:font-family="\'Liberation Sans\'"/></style:style>'
              '<style:style style:name="PItem" style:family="paragraph"><style:text-properties fo:font-size="12pt" fo:font-family="\'Liberation Sans\'"/></style:style>'
              '<style:style style:name="TBold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
              '<text:list-style style:name="LBul"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.6cm"/></text:list-level-style-bullet></text:list-style>'
              '</office:automatic-styles>')
    master = ('<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1">'
              '<presentation:notes style:page-layout-name="PM2"><draw:page-thumbnail presentation:class="page" svg:x="2.5cm" svg:y="1.5cm" svg:width="16cm" svg:height="9cm"/>'
              '<draw:frame presentation:class="notes" svg:x="2cm" svg:y="11.5cm" svg:width="17cm" svg:height="16cm"><draw:text-box/></draw:frame></presentation:notes>'
              '</style:master-page></office:master-styles>')
    meta = f'<office:meta><dc:title>{x(d["heading"])}</dc:title><meta:generator>b33 generator (invented material)</meta:generator></office:meta>'
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">'
            f'{meta}<office:font-face-decls/>{styles}{master}<office:body><office:presentation>{body}</office:presentation></office:body></office:document>\n')


# ---------------------------------------------------------------- B. Mailchimp-like council e-bulletin (saved HTML e-mail)
# Centred layout tables three deep (#bodyTable > .templateContainer > .mcnTextBlock), a hidden preheader span, a preheader row
# with 'View this email in your browser', a logo image with alt text, the h1, the intro; each review one mcnTextBlock cell:
# reviews 1-2 titled by an <h3>, reviews 3-4 by a bold 18px span in a <p> (as the editor's toolbar makes it); each label a
# <strong> run at the start of a <p> and its items '&bull;&nbsp;' lines after <br> in the SAME <p>; the link a button table;
# a divider block between reviews; social follow links, copyright, 'unsubscribe from this list' in the footer.
def mailchimp_html(d):
    mc = lambda inner, cls="mcnTextBlock": (f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="{cls}" style="min-width:100%;"><tbody class="{cls}Outer"><tr>'
                                           f'<td valign="top" class="{cls}Inner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="{cls}ContentContainer">'
                                           f'<tbody><tr><td valign="top" class="mcnTextContent" style="padding:0 18px 9px 18px; color:#202020; font-family:Helvetica; font-size:16px; line-height:150%; text-align:left;">{inner}</td></tr></tbody></table></td></tr></tbody></table>')
    divider = ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock" style="min-width:100%;"><tbody class="mcnDividerBlockOuter"><tr>'
               '<td class="mcnDividerBlockInner" style="min-width:100%; padding:18px;"><table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" '
               'style="min-width:100%; border-top:2px solid #EAEAEA;"><tbody><tr><td><span></span></td></tr></tbody></table></td></tr></tbody></table>')
    blocks = []
    for i, e in enumerate(d["entries"], 1):
        t = (f'<h3 style="display:block; margin:0; color:#0f4c81; font-size:20px;">{x(e["title"])}</h3>' if i <= 2 else
             f'<p style="margin:10px 0;"><span style="font-size:18px"><strong><span style="color:#0f4c81">{x(e["title"])}</span></strong></span></p>')
        parts = [t, f'<p style="margin:10px 0;">{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None: parts.append(f'<p style="margin:10px 0;">{x(lst)}</p>'); continue
            parts.append(f'<p style="margin:10px 0;"><strong>{x(lab)}</strong><br>\n' + "<br>\n".join(f"&bull;&nbsp;{x(it)}" for it in lst) + "</p>")
        blocks.append(mc("".join(parts)))
        blocks.append('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock" style="min-width:100%;"><tbody class="mcnButtonBlockOuter"><tr>'
                      '<td style="padding:0 18px 18px 18px;" valign="top" align="left" class="mcnButtonBlockInner"><table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" '
                      'style="border-collapse:separate !important; border-radius:4px; background-color:#0f4c81;"><tbody><tr><td align="center" valign="middle" class="mcnButtonContent" '
                      f'style="font-family:Arial; font-size:16px; padding:12px;"><a class="mcnButton" title="{h(e["link"])}" href="{url(d, i)}" target="_blank" '
                      f'style="font-weight:bold; color:#FFFFFF; text-decoration:none;">{x(e["link"])}</a></td></tr></tbody></table></td></tr></tbody></table>')
        if i < len(d["entries"]): blocks.append(divider)
    pre = "Four reviews this month: burns to a toddler, a teenager exploited for drugs, a bed-sharing death and abuse by a family friend."
    return f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<!-- Saved from the browser view of a council e-bulletin. Invented for testing: every child, family and place is made up. -->
<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{x(d["heading"])}</title>
<style type="text/css">p{{margin:10px 0;padding:0;}} table{{border-collapse:collapse;}} h1,h2,h3,h4,h5,h6{{display:block;margin:0;padding:0;}}
img,a img{{border:0;height:auto;outline:none;text-decoration:none;}} body,#bodyTable,#bodyCell{{height:100%;margin:0;padding:0;width:100%;}}
.mcnPreviewText{{display:none !important;}} #outlook a{{padding:0;}} .ReadMsgBody{{width:100%;}} .ExternalClass{{width:100%;}}
@media only screen and (max-width:480px){{ .mcnTextContent{{padding-right:18px !important;padding-left:18px !important;}} }}</style>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
</head>
<body>
<!--*|IF:MC_PREVIEW_TEXT|*-->
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{x(pre)}</span><!--<![endif]-->
<!--*|END:IF|*-->
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">
<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="max-width:600px;">
<tr><td valign="top" id="templatePreheader">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody><tr>
<td valign="top" class="mcnTextContent" style="font-size:12px; color:#656565; text-align:left; padding:9px 18px;">Safeguarding news from the Thornwick partnership</td>
<td valign="top" class="mcnTextContent" style="font-size:12px; color:#656565; text-align:right; padding:9px 18px;"><a href="https://mailchi.mp/example/case-reviews-update-september" target="_blank">View this email in your browser</a></td>
</tr></tbody></table></td></tr>
<tr><td valign="top" id="templateHeader">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody><tr><td class="mcnImageContent" valign="top" style="padding:9px; text-align:center;">
<img align="center" alt="Thornwick Safeguarding Children Partnership" src="https://mcusercontent.com/example/images/logo.png" width="564" style="max-width:600px;" class="mcnImage"></td></tr></tbody></table>
{mc(f'<h1 style="font-size:26px; color:#202020;">{x(d["heading"])}</h1><p>{x(d["intro"])}</p>')}
</td></tr>
<tr><td valign="top" id="templateBody">
{chr(10).join(blocks)}
</td></tr>
<tr><td valign="top" id="templateFooter">
{mc('<p style="text-align:center;"><a href="https://twitter.com/example">X</a> &nbsp; <a href="https://facebook.com/example">Facebook</a> &nbsp; <a href="https://example.org">Website</a></p>', "mcnFollowBlock")}
{mc(f'<em>Copyright © 2025 Thornwick Safeguarding Children Partnership, All rights reserved.</em><br>You are receiving this email because you signed up to our case review bulletin.<br><br><strong>Our mailing address is:</strong><br>Thornwick Safeguarding Children Partnership, 1 Market Street, Thornwick<br><br>Want to change how you receive these emails?<br>You can <a href="https://example.us1.list-manage.com/profile">update your preferences</a> or <a href="https://example.us1.list-manage.com/unsubscribe">unsubscribe from this list</a>.<br><br>{x(FOOT)}')}
</td></tr>
</table>
<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->
</td></tr></table>
</center>
</body>
</html>
"""


# ---------------------------------------------------------------- C. schema.org microdata + JSON-LD
# A head JSON-LD block (@graph of Report objects: name, abstract = the summary, url, datePublished, keywords); in the body each
# review an <article itemscope itemtype="https://schema.org/Report">: the title an <h2 itemprop="name"> holding the title in a
# <span>, a hidden <meta itemprop> date, the summary in <div itemprop="abstract">, each list a <section itemprop="hasPart"
# itemscope itemtype="https://schema.org/ItemList"> whose label is a <p class="list-name"><b itemprop="name"> and whose items are
# <li itemprop="itemListElement"> in an <ol>; the 'no recommendations' sentence a <p>; the link <a itemprop="url">; a
# 'Keywords' line with <span itemprop="keywords"> tags; a hidden <link itemprop="license">.
def microdata_html(d):
    graph, arts = [], []
    kw = {1: ["physical abuse", "domestic abuse", "babies"], 2: ["criminal exploitation", "children in care", "autism"], 3: ["neglect", "parents with learning disabilities"]}
    for i, e in enumerate(d["entries"], 1):
        k = kw.get(i, [])
        graph.append({"@type": "Report", "@id": f"#review-{i}", "name": curly(e["title"]), "abstract": curly(e["summary"]), "url": url(d, i),
                      "datePublished": d["month"], "keywords": k, "inLanguage": "en-GB"})
        parts = [f'<article id="review-{i}" class="review" itemscope itemtype="https://schema.org/Report">',
                 f'  <h2 class="review__title" itemprop="name"><span>{x(e["title"])}</span></h2>',
                 f'  <meta itemprop="datePublished" content="{d["month"]}"><link itemprop="license" href="https://example.org/licence">',
                 f'  <div class="review__abstract" itemprop="abstract"><p>{x(e["summary"])}</p></div>']
        for lab, lst in groups(e):
            if lab is None: parts.append(f'  <p class="review__norec">{x(lst)}</p>'); continue
            parts.append('  <section class="review__list" itemprop="hasPart" itemscope itemtype="https://schema.org/ItemList">')
            parts.append(f'    <p class="list-name"><b itemprop="name">{x(lab)}</b></p>')
            parts.append('    <ol class="list-items">' + "".join(f'<li itemprop="itemListElement">{x(t)}</li>' for t in lst) + "</ol>")
            parts.append("  </section>")
        parts.append(f'  <p class="review__link"><a itemprop="url" href="{url(d, i)}">{x(e["link"])}</a></p>')
        parts.append('  <p class="review__keywords">Keywords: ' + ", ".join(f'<span itemprop="keywords">{h(t)}</span>' for t in k) + "</p>")
        parts.append("</article>")
        arts.append("\n".join(parts))
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, indent=1)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<!-- Invented for testing: every child, family and place on this page is made up. -->
<title>{x(d["heading"])} | Safeguarding learning hub</title>
<meta name="description" content="{h(curly(d["intro"]))}">
<script type="application/ld+json">
{ld}
</script>
<style>.review{{border-top:1px solid #ccc;padding:1em 0}} .list-name{{margin:.6em 0 .2em}} .review__keywords{{font-size:.85em;color:#555}}</style>
</head>
<body>
<header class="site-header"><a class="skip" href="#main">Skip to main content</a>
<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/learning">Learning</a></li><li><a href="/reviews">Case reviews</a></li><li><a href="/contact">Contact us</a></li></ul></nav></header>
<main id="main" itemscope itemtype="https://schema.org/CollectionPage">
<h1 itemprop="name">{x(d["heading"])}</h1>
<p itemprop="description">{x(d["intro"])}</p>
{chr(10).join(arts)}
</main>
<footer class="site-footer"><p>{x(FOOT)}</p><p>© 2024 Safeguarding learning hub · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- D. plain text, '* * *' separators, run-in labels
# Title line, intro, then reviews separated by a centred '* * *' line; each review: its title (two of them carry a year after
# a second colon, one a year in brackets), the summary wrapped at 72, then ONE paragraph per label with the label run in
# ('Learning includes: a; b; and c.'), the 'Makes no recommendations …' sentence as its own paragraph, the link as
# 'Read … (PDF): <url>'.
def plaintext_asterisks(d):
    fill = lambda s: textwrap.wrap(curly(s), 72, break_on_hyphens=False)
    out = [d["heading"], "", *fill(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        if i > 1: out += ["", "* * *".center(72).rstrip(), ""]
        out += [curly(e["title"]), "", *fill(e["summary"]), ""]
        for lab, lst in groups(e):
            out += fill(lst if lab is None else f"{lab} {runin(lst)}") + [""]
        out += [f"{e['link']}: {url(d, i)}"]
    out += ["", "* * *".center(72).rstrip(), "", *fill(FOOT)]
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------- E/F. DOCX, each review one Word frame
# Every paragraph of a review carries the same w:framePr (Word draws consecutive paragraphs with identical frame properties as
# ONE frame, with a border and shading from the first paragraph's w:pBdr/w:shd); the review title is a Normal paragraph in a
# character style 'ReviewTitle' (bold, 14pt, teal) whose paragraph sets w:outlineLvl 1 directly (no Heading style, so the
# navigation pane and LibreOffice's PDF bookmarks still list it); labels bold runs; items Word bullets ('▪' Wingdings-like);
# links w:hyperlink. E: frames one under another, full width, 'around' wrap. F: two frames side by side per row (left and right
# halves of the page, absolute positions from the margin), converted to PDF by LibreOffice Writer.
def frame_docx(d, side_by_side=False):
    body, links = [], []
    body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">{x(d["heading"])}</w:t></w:r></w:p>')
    body.append(f'<w:p><w:r><w:t xml:space="preserve">{x(d["intro"])}</w:t></w:r></w:p>')
    for i, e in enumerate(d["entries"], 1):
        if side_by_side:
            col, row = (i - 1) % 2, (i - 1) // 2
            fpr = (f'<w:framePr w:w="4400" w:hSpace="180" w:vSpace="180" w:wrap="around" w:vAnchor="margin" w:hAnchor="margin" '
                   f'w:x="{col * 4700}" w:y="{1500 + row * 7600}"/>')
        else:
            fpr = '<w:framePr w:w="9000" w:hSpace="180" w:vSpace="240" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="center" w:y="1"/>'
        bdr = ('<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="2E7D7A"/><w:left w:val="single" w:sz="8" w:space="4" w:color="2E7D7A"/>'
               '<w:bottom w:val="single" w:sz="8" w:space="4" w:color="2E7D7A"/><w:right w:val="single" w:sz="8" w:space="4" w:color="2E7D7A"/></w:pBdr>'
               '<w:shd w:val="clear" w:color="auto" w:fill="EEF6F5"/>')
        sz = '<w:sz w:val="18"/>' if side_by_side else ""

        def fp(content, extra="", num=False):
            n = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else ""
            return f'<w:p><w:pPr>{fpr}{n}{bdr}{extra}<w:spacing w:after="60"/><w:rPr>{sz}</w:rPr></w:pPr>{content}</w:p>'

        def run(t, b=False, style=None):
            rpr = (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/>" if b else "") + sz
            return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{x(t)}</w:t></w:r>'

        body.append(fp(run(e["title"], style="ReviewTitle"), '<w:outlineLvl w:val="1"/>'))
        body.append(fp(run(e["summary"])))
        for lab, lst in groups(e):
            if lab is None: body.append(fp(run(lst))); continue
            body.append(fp(run(lab, b=True)))
            body += [fp(run(t), num=True) for t in lst]
        body.append(fp(f'<w:hyperlink r:id="rId{10 + i}">{run(e["link"], style="Hyperlink")}</w:hyperlink>'))
        if not side_by_side:
            body.append('<w:p><w:pPr><w:spacing w:after="240"/></w:pPr></w:p>')
        links.append(f'<Relationship Id="rId{10 + i}" Type="{REL}hyperlink" Target="{url(d, i)}" TargetMode="External"/>')
    if side_by_side:  # anchor paragraphs for the frames' rows, then the note at the foot
        body += ['<w:p/>'] * 2
    body.append(f'<w:p><w:pPr><w:spacing w:before="240"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{x(FOOT)}</w:t></w:r></w:p>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
                '</w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:cs="Liberation Sans"/><w:sz w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="ReviewTitle"><w:name w:val="Review Title"/><w:rPr><w:b/><w:color w:val="2E7D7A"/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
              '</w:styles>')
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}settings" Target="settings.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}styles" Target="styles.xml"/>{"".join(links)}</Relationships>')
    return {"[Content_Types].xml": CT_HEAD + "</Types>", "_rels/.rels": ROOT_RELS, "word/document.xml": document, "word/styles.xml": styles,
            "word/numbering.xml": bullet_numbering("\u25aa", "Liberation Sans"), "word/settings.xml": SETTINGS, "word/_rels/document.xml.rels": rels}


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    want = lambda f: not only or f in only
    for fname, d in B.items():
        if not want(fname): continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "impress-notes" in fname:
            src = f"{out}/source/{stem}.fodp"
            open(src, "w", encoding="utf-8").write(impress_fodp(d))
            tmp = tempfile.mkdtemp(prefix="b33-")
            soffice(src, tmp, 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},'
                              '"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}')
            shutil.move(f"{tmp}/{stem}.pdf", dst); shutil.rmtree(tmp, ignore_errors=True)
        elif "mailchimp" in fname:
            open(dst, "w", encoding="utf-8").write(mailchimp_html(d))
        elif "microdata" in fname:
            open(dst, "w", encoding="utf-8").write(microdata_html(d))
        elif "asterisks" in fname:
            open(dst, "w", encoding="utf-8", newline="").write(plaintext_asterisks(d))
        elif "docx-frames" in fname:
            parts = frame_docx(d); write_docx(parts, dst, (2025, 2, 18, 10, 0, 0))
            open(f"{out}/source/{stem}.document.xml", "w", encoding="utf-8").write(parts["word/document.xml"])
        elif "lo-frames" in fname:
            parts = frame_docx(d, side_by_side=True)
            src = f"{out}/source/{stem}.docx"
            write_docx(parts, src, (2024, 12, 17, 10, 0, 0))
            tmp = tempfile.mkdtemp(prefix="b33-")
            soffice(src, tmp, "pdf:writer_pdf_Export")
            shutil.move(f"{tmp}/{stem}.pdf", dst); shutil.rmtree(tmp, ignore_errors=True)
