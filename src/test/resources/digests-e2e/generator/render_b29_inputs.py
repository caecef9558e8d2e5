# Renders the inputs of batch b29 (see render_b29.py and entries_b29.py). Invented material, test fixtures only.
import html, os, quopri, shutil, subprocess, tempfile, zipfile
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def record(d, i):
    return f"https://library.nspcc.org.uk/HeritageScripts/Hapi.dll/search2?searchTerm0=C{d['month'].replace('-', '')}{i:02d}"


def runin(items):
    """NSPCC style: 'a; b; and c.'"""
    if len(items) == 1: return items[0] + "."
    return "; ".join(items[:-1]) + "; and " + items[-1] + "."


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    if e["good"]: out.append((e["lab"][2] or "Identifies good practice including:", e["good"]))
    return out


def run(cmd, cwd=None, **kw):
    subprocess.run(cmd, check=True, capture_output=True, cwd=cwd, stdin=subprocess.DEVNULL, timeout=600, **kw)


def chromium(html_path, pdf_path):
    with tempfile.TemporaryDirectory() as w:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={w}", "--no-pdf-header-footer",
             f"--print-to-pdf={pdf_path}", "file://" + os.path.abspath(html_path)])


# A. "Case reviews update" saved from the current NSPCC Learning site ("Webpage, Complete")
def saved_page(d):
    items = []
    for i, e in enumerate(d["entries"], 1):
        body = [f"<p>{h(e['summary'])}</p>"]
        for lab, its in groups(e):
            body.append(f"<p>{h(its)}</p>" if lab is None else f"<p><strong>{h(lab)}</strong> {h(runin(its))}</p>")
        body.append(f'<p><a class="button button--secondary" href="{record(d, i)}" target="_blank" rel="noopener">{h(e["link"])}'
                    '<span class="visually-hidden"> (opens in a new tab)</span></a></p>')
        items.append(f"""<div class="accordion__item">
<h3 class="accordion__heading"><button class="accordion__trigger" type="button" aria-expanded="false" aria-controls="acc-panel-{i}" id="acc-trigger-{i}"><span class="accordion__title">{h(e['title'])}</span><span class="accordion__icon" aria-hidden="true"></span></button></h3>
<div class="accordion__panel" id="acc-panel-{i}" role="region" aria-labelledby="acc-trigger-{i}" hidden="">
<div class="rich-text">
{chr(10).join(body)}
</div>
</div>
</div>""")
    ld = """{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://learning.nspcc.org.uk/case-reviews/monthly-case-reviews-update#webpage","name":"Case reviews update","description":"Summaries of case reviews recently added to the national case review collection.","datePublished":"2019-06-03","dateModified":"2025-11-03","inLanguage":"en-GB"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"https://learning.nspcc.org.uk/"},{"@type":"ListItem","position":2,"name":"Case reviews","item":"https://learning.nspcc.org.uk/case-reviews"},{"@type":"ListItem","position":3,"name":"Case reviews update"}]},{"@type":"Organization","name":"NSPCC Learning","url":"https://learning.nspcc.org.uk/"}]}"""
    F = "./Case reviews update _ NSPCC Learning_files"
    return f"""<!DOCTYPE html>
<!-- saved from url=(0066)https://learning.nspcc.org.uk/case-reviews/monthly-case-reviews-update -->
<html lang="en-GB" class="js no-touch"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Case reviews update | NSPCC Learning</title>
<meta name="description" content="Summaries of case reviews recently added to the national case review collection.">
<link rel="canonical" href="https://learning.nspcc.org.uk/case-reviews/monthly-case-reviews-update">
<link rel="stylesheet" href="{F}/main.min.css">
<script type="application/ld+json">{ld}</script>
<script async="" src="{F}/gtm.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('consent', 'default', {{'analytics_storage': 'denied'}});</script>
</head>
<body class="template-content-page">
<!-- Invented page for testing: every child, family and place on it is made up. -->
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><p id="onetrust-policy-text">We use cookies to make our website work and to understand how you use it. You can accept all cookies or choose which ones we use. <a class="ot-cookie-policy-link" href="https://learning.nspcc.org.uk/cookies">Cookie policy</a></p></div></div><div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie settings</button><button id="onetrust-reject-all-handler">Reject non-essential cookies</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div></div></div></div>
<a class="skip-link" href="#main-content">Skip to content.</a>
<header class="site-header"><div class="site-header__brand"><a href="https://learning.nspcc.org.uk/"><img src="{F}/nspcc-learning-logo.svg" alt="NSPCC Learning"></a></div>
<nav class="site-nav" aria-label="Main menu"><ul>
<li><a href="https://learning.nspcc.org.uk/safeguarding-child-protection">Safeguarding and child protection</a></li>
<li><a href="https://learning.nspcc.org.uk/research-resources">Research and resources</a></li>
<li><a href="https://learning.nspcc.org.uk/training">Training</a></li>
<li><a href="https://learning.nspcc.org.uk/case-reviews" aria-current="true">Case reviews</a></li>
<li><a href="https://learning.nspcc.org.uk/news">News</a></li>
<li><a href="https://learning.nspcc.org.uk/search">Search</a></li></ul></nav></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="https://learning.nspcc.org.uk/">Home</a></li><li><a href="https://learning.nspcc.org.uk/case-reviews">Case reviews</a></li><li aria-current="page">Case reviews update</li></ol></nav>
<main id="main-content"><article class="content-page">
<h1 class="page-title">{h(d['heading'])}</h1>
<p class="page-meta">Last updated: <time datetime="2025-11-03">03 Nov 2025</time></p>
<div class="rich-text"><h2>New in the collection</h2>
<p>{h(d['intro'])}</p></div>
<div class="callout callout--info"><p>Case reviews describe children and young people's experiences of abuse and neglect. If you have any concerns about children or need support, please contact the NSPCC Helpline.</p></div>
<div class="accordion" data-module="accordion" data-allow-multiple="true">
<p class="accordion__controls"><button class="accordion__toggle-all" type="button">Open all</button></p>
{chr(10).join(items)}
</div>
<aside class="promo"><h2>Case reviews update</h2><p>Subscribe to receive a monthly email about the case reviews added to the national collection.</p><p><a class="button" href="https://learning.nspcc.org.uk/newsletter">Sign up to Case reviews update</a></p></aside>
<section class="related-content"><h2>Related resources</h2><ul><li><a href="https://learning.nspcc.org.uk/case-reviews/learning-from-case-reviews">Learning from case reviews briefings</a></li><li><a href="https://learning.nspcc.org.uk/case-reviews/national-case-review-repository">Search the national case review repository</a></li></ul></section>
<p class="page-footnote">{h(FOOT)}</p>
</article></main>
<footer class="site-footer"><ul><li><a href="https://learning.nspcc.org.uk/about">About us</a></li><li><a href="https://learning.nspcc.org.uk/contact">Contact us</a></li><li><a href="https://learning.nspcc.org.uk/accessibility">Accessibility</a></li><li><a href="https://learning.nspcc.org.uk/privacy">Privacy notice</a></li></ul>
<p>© NSPCC 2025. All rights reserved. Registered charity England and Wales 216401.</p></footer>
<script src="{F}/main.min.js"></script>
<script>document.querySelectorAll('.accordion__trigger').forEach(function(b){{b.addEventListener('click',function(){{var p=document.getElementById(b.getAttribute('aria-controls'));var o=b.getAttribute('aria-expanded')==='true';b.setAttribute('aria-expanded',!o);p.hidden=o;}});}});</script>
</body></html>
"""


# B. Word digest with tracked changes and comments (hand-written WordprocessingML)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
AUTH = 'w:author="Jo Marsh" w:date="2024-06-27T10:{:02d}:00Z"'
_rid = [0]


def x(s):
    return h(s, quote=False)


def rev():
    _rid[0] += 1
    return f'w:id="{100 + _rid[0]}" {AUTH.format(_rid[0] % 60)}'


def r(t, b=False):
    return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{x(t)}</w:t></w:r>'


def ins(t):
    return f'<w:ins {rev()}><w:r><w:t xml:space="preserve">{x(t)}</w:t></w:r></w:ins>'


def dele(t):
    return f'<w:del {rev()}><w:r><w:delText xml:space="preserve">{x(t)}</w:delText></w:r></w:del>'


def p(content, style=None, mark=""):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + mark
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{content}</w:p>'


def bullet(content, mark=""):
    return p(content, "ListBullet", mark)


def docx_parts(d):
    e5, e6, e7 = d["entries"]
    body = [p(r(d["heading"]), "Heading1"), p(r(d["intro"]))]
    lab = lambda t: p(r(t, True))
    link = lambda i, e: p(f'<w:hyperlink r:id="rIdL{i}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>{x(e["link"])}</w:t></w:r></w:hyperlink>')
    # 1. Child FW: a replaced year, a learning item moved, a comment on a recommendation
    s = e5["summary"]; a, b = s.split(" in 2022 ", 1)
    body += [p(r("1. " + e5["title"]), "Heading2"),
             p(r(a + " in ") + dele("2021") + ins("2022") + r(" " + b)),
             lab("Learning includes:")]
    L = e5["learning"]
    mv = f'<w:moveFromRangeStart w:id="901" w:name="move170000001" {AUTH.format(30)}/>'
    body += [p(mv + f'<w:moveFrom {rev()}><w:r><w:t>{x(L[1])}</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="901"/>', "ListBullet",
               f'<w:rPr><w:moveFrom {rev()}/></w:rPr>'),
             bullet(r(L[0])),
             p(f'<w:moveToRangeStart w:id="902" w:name="move170000001" {AUTH.format(30)}/><w:moveTo {rev()}><w:r><w:t>{x(L[1])}</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="902"/>',
               "ListBullet", f'<w:rPr><w:moveTo {rev()}/></w:rPr>'),
             bullet(r(L[2])), lab("Recommendations include:"), bullet(r(e5["recs"][0])),
             bullet('<w:commentRangeStart w:id="0"/>' + r(e5["recs"][1]) + '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>'),
             link(1, e5)]
    # 2. Children GW, HW and JW: a deleted sentence, a label made bold (format change), an inserted item
    body += [p(r("2. " + e6["title"]), "Heading2"),
             p(r(e6["summary"]) + dele(" Their mother had a learning disability.")),
             p(f'<w:r><w:rPr><w:b/><w:rPrChange {rev()}><w:rPr/></w:rPrChange></w:rPr><w:t>Learning includes:</w:t></w:r>')]
    body += [bullet(r(t)) for t in e6["learning"][:2]]
    body += [bullet(ins(e6["learning"][2]), f'<w:rPr><w:ins {rev()}/></w:rPr>'),
             lab("Recommendations include:"), bullet(r(e6["recs"][0])), link(2, e6)]
    # 3. Child KW: a comment on the title, the summary's paragraph mark deleted (two paragraphs become one),
    #    a recommendation deleted whole and its new wording inserted
    s1, s2 = e7["summary"].split(" Child KW had been", 1)
    title = e7["title"].split(": ")
    body += [p(r("3. " + title[0] + ": ") + '<w:commentRangeStart w:id="1"/>' + r(title[1]) + '<w:commentRangeEnd w:id="1"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="1"/></w:r>', "Heading2"),
             p(r(s1), None, f'<w:rPr><w:del {rev()}/></w:rPr>'),
             p(r("Child KW had been" + s2)),
             lab("Learning includes:")] + [bullet(r(t)) for t in e7["learning"]]
    body += [lab("Recommendations include:"), bullet(r(e7["recs"][0])),
             bullet(dele("look again at alternative education"), f'<w:rPr><w:del {rev()}/></w:rPr>'),
             bullet(ins(e7["recs"][1]), f'<w:rPr><w:ins {rev()}/></w:rPr>'), link(3, e7),
             p(r(FOOT))]
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
    comments = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {W}><w:comment w:id="0" w:author="Sam Okafor" w:date="2024-06-27T11:02:00Z" w:initials="SO"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t>Is this the panel's wording? Check with the reviewer before we send.</w:t></w:r></w:p></w:comment><w:comment w:id="1" w:author="Jo Marsh" w:date="2024-06-27T11:15:00Z" w:initials="JM"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t>Welsh title as well? Adolygiad ymarfer plant. Learning includes: the Welsh summary.</w:t></w:r></w:p></w:comment></w:comments>'''
    styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:ind w:left="360" w:hanging="360"/><w:spacing w:after="40"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
</w:styles>'''
    numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'''
    settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}><w:trackRevisions/><w:defaultTabStop w:val="720"/></w:settings>'
    links = "".join(f'<Relationship Id="rIdL{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{url(d, i)}" TargetMode="External"/>' for i in (1, 2, 3))
    rels = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>{links}</Relationships>'''
    ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''
    root = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''
    core = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{x(d["heading"])}</dc:title><dc:creator>Jo Marsh</dc:creator><dc:description>{x(FOOT)}</dc:description><dcterms:created xsi:type="dcterms:W3CDTF">2024-06-26T09:00:00Z</dcterms:created></cp:coreProperties>'''
    return {"[Content_Types].xml": ct, "_rels/.rels": root, "docProps/core.xml": core, "word/document.xml": document,
            "word/styles.xml": styles, "word/numbering.xml": numbering, "word/settings.xml": settings,
            "word/comments.xml": comments, "word/_rels/document.xml.rels": rels}


def write_docx(parts, path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/styles.xml",
                     "word/numbering.xml", "word/settings.xml", "word/comments.xml", "word/_rels/document.xml.rels"]:
            zi = zipfile.ZipInfo(name, (2024, 6, 27, 10, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, parts[name].encode("utf-8"))


# C. raw e-mail export: a reply, quoted-printable, quoting the NSPCC e-mail with '> '
def curly(s):
    return s.replace("'", "\u2019")


def email_text(d):
    orig = [d["heading"], "", curly(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        orig += [e["title"], curly(e["summary"])]
        for lab, its in groups(e):
            orig.append(curly(its) if lab is None else f"{lab} {curly(runin(its))}")
        orig += [f"{e['link']} <{url(d, i)}>", ""]
    orig += ["You are receiving this email because you signed up to NSPCC Learning updates. Unsubscribe <https://learning.nspcc.org.uk/unsubscribe>"]
    body = ["Hi Sam,", "", "Here are this month\u2019s summaries for Thursday\u2019s team meeting. The second one is the Scottish learning review I mentioned; the children in these copies are invented for our testing.", "",
            "Thanks,", "Priya", "", "On Tue, 4 Mar 2025 at 09:12, NSPCC Learning <learning@example.org.uk> wrote:", ""]
    body += [("> " + l) if l else ">" for l in orig]
    body += ["", "-- ", "Priya Anand | Safeguarding Practice Lead", "This e-mail and any attachments are confidential and intended for the named recipient only."]
    qp = quopri.encodestring("\n".join(body).encode("utf-8")).decode("ascii")
    head = ("From: Priya Anand <p.anand@example.org>\nTo: Sam Whitlow <s.whitlow@example.org>\n"
            "Subject: =?UTF-8?Q?RE=3A_NSPCC_Repository_=E2=80=93_March_2025?=\nDate: Wed, 5 Mar 2025 16:40:11 +0000\n"
            "Message-ID: <b29-invented-0305@example.org>\nIn-Reply-To: <nspcc-learning-202503@example.org.uk>\nMIME-Version: 1.0\n"
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n')
    return head + qp


# D. markdown exported from a CMS: TOML front matter, HTML fragments, shortcodes, comments
def cms_markdown(d):
    e11, e12, e13, e14 = d["entries"]
    out = ["+++", f'title = "{d["heading"]}"', "date = 2025-08-29T10:00:00+01:00", "draft = false",
           'slug = "case-reviews-published-august-2025"', 'tags = ["case reviews", "monthly update"]', "[params]",
           f'  note = "{FOOT}"', "+++", "", "<!-- migrated from Drupal node 18234; keep the shortcodes -->", "",
           "{{< lead >}}", d["intro"], "{{< /lead >}}", ""]
    # 1: HTML paragraph with &nbsp; and <br />, markdown bold labels
    s = e11["summary"].replace("aged 16", "aged&nbsp;16").replace(" Child NW was looked after", "<br />\nChild NW was looked after")
    out += [f"### {e11['title']}", "", f"<p>{s}</p>", ""]
    for lab, its in groups(e11): out += [f"**{lab}** {runin(its)}", ""]
    out += [f'{{{{< button href="{url(d, 1)}" style="secondary" >}}}}{e11["link"]}{{{{< /button >}}}}', "", "---", ""]
    # 2: markdown paragraph with &nbsp; in the date, labels as <strong> in <p>
    s = e12["summary"].replace("2 January 2024", "2&nbsp;January&nbsp;2024")
    out += [f"### {e12['title']}", "", s, ""]
    for lab, its in groups(e12): out += [f"<p><strong>{lab}</strong> {runin(its)}</p>", ""]
    out += [f'{{{{< button href="{url(d, 2)}" >}}}}{e12["link"]}{{{{< /button >}}}}', "", "---", ""]
    # 3: the whole review inside an accordion shortcode whose title is its only heading
    out += [f'{{{{< accordion title="{e13["title"]}" open="false" >}}}}', "", e13["summary"], ""]
    for lab, its in groups(e13): out += [f"**{lab}** {runin(its)}", ""]
    out += [f"[{e13['link']}]({url(d, 3)}){{.button}}", "", "{{< /accordion >}}", "", "---", ""]
    # 4: a <div class="rich-text"> fragment holding the whole review
    body = [f"<h3>{e14['title']}</h3>", f"<p>{e14['summary']}</p>"]
    for lab, its in groups(e14): body.append(f"<p><strong>{lab}</strong> {runin(its)}</p>")
    body.append(f'<p><a class="button" href="{url(d, 4)}">{e14["link"]}</a></p>')
    out += ['<div class="rich-text">'] + body + ["</div>", "", "<!-- end of migrated content -->", ""]
    return "\n".join(out)


# E. print view of the NSPCC Learning page: print CSS writes each link's URL after its text; titles are links
def printview_html(d):
    body = []
    for i, e in enumerate(d["entries"], 1):
        body += [f'<h2 id="review-{i}"><a href="{record(d, i)}">{h(e["title"])}</a></h2>', f"<p>{h(e['summary'])}</p>"]
        for lab, its in groups(e):
            body.append(f"<p>{h(its)}</p>" if lab is None else f"<p><strong>{h(lab)}</strong> {h(runin(its))}</p>")
        body += [f'<p><a href="{url(d, i)}">{h(e["link"])}</a></p>', '<p class="back"><a href="#top">Back to top</a></p>']
    return f"""<!DOCTYPE html><html lang=en-GB><head><meta charset=utf-8><title>{h(d['heading'])} | NSPCC Learning</title><style>
@page {{ size: A4; margin: 16mm 15mm 18mm; }}
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #111; }}
.print-head {{ display: flex; justify-content: space-between; border-bottom: 1.5pt solid #1d6b35; padding-bottom: 2mm; margin-bottom: 5mm; font-size: 8pt; color: #444; }}
.print-head strong {{ font-size: 13pt; color: #1d6b35; }}
h1 {{ font-size: 18pt; margin: 0 0 2mm; }} .meta {{ color: #555; font-size: 8pt; margin: 0 0 4mm; }}
h2 {{ font-size: 12pt; margin: 6mm 0 2mm; }} h2 a {{ color: #111; text-decoration: none; }}
p {{ margin: 0 0 2mm; }} .back {{ font-size: 7.5pt; color: #555; }}
a[href]::after {{ content: " (" attr(href) ")"; font-size: 7.5pt; color: #555; word-break: break-all; }}
a[href^="#"]::after {{ content: ""; }}
nav, .share, .cookie {{ display: none; }}
.foot {{ margin-top: 6mm; border-top: 0.5pt solid #999; padding-top: 2mm; font-size: 7.5pt; color: #555; }}
</style></head><body id=top>
<div class=print-head><strong>NSPCC Learning</strong><span>Printed from learning.nspcc.org.uk on 14 May 2025</span></div>
<nav><a href="https://learning.nspcc.org.uk/">Home</a> <a href="https://learning.nspcc.org.uk/case-reviews">Case reviews</a></nav>
<h1>{h(d['heading'])}</h1><p class=meta>Last updated: 12 May 2025</p><p>{h(d['intro'])}</p>
{chr(10).join(body)}
<div class=share><a href="https://twitter.com/">Share on X</a></div>
<p class=foot>{h(FOOT)} © NSPCC 2025. Registered charity England and Wales 216401.</p></body></html>"""


# F. yearly round-up under nation and area headings (Chromium, Word-like)
def yearly_html(d):
    body, last = [], None
    for i, (e, (nation, area)) in enumerate(zip(d["entries"], d["nations"]), 1):
        if nation != last: body.append(f"<h2>{h(nation)}</h2>"); last = nation
        body += [f"<h3>{h(area)}</h3>", f"<h4>{h(e['title'])}</h4>", f"<p>{h(e['summary'])}</p>"]
        for lab, its in groups(e):
            body.append(f"<p>{h(its)}</p>" if lab is None else f"<p><b>{h(lab)}</b> {h(runin(its))}</p>")
        body.append(f'<p><a href="{url(d, i)}">{h(e["link"])}</a></p>')
    body.append("<h2>Northern Ireland</h2><p>No case management reviews were published in Northern Ireland in 2024.</p>")
    return f"""<!DOCTYPE html><html lang=en-GB><head><meta charset=utf-8><title>{h(d['heading'])}</title><style>
@page {{ size: A4; margin: 25mm 22mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.3; }}
h1 {{ font-size: 20pt; color: #2f5496; margin: 0 0 4mm; }}
h2 {{ font-size: 15pt; color: #2f5496; border-bottom: 0.75pt solid #2f5496; margin: 7mm 0 3mm; }}
h3 {{ font-size: 12pt; color: #1f3763; margin: 5mm 0 1.5mm; font-weight: normal; font-style: italic; }}
h4 {{ font-size: 10.5pt; margin: 0 0 1.5mm; }} p {{ margin: 0 0 2mm; }} a {{ color: #0563c1; }}
.note {{ margin-top: 8mm; font-size: 8pt; color: #555; }}
</style></head><body><h1>{h(d['heading'])}</h1><p>{h(d['intro'])}</p>
{chr(10).join(body)}
<p class=note>{h(FOOT)}</p></body></html>"""


# G. the old nspcc.org.uk yearly list saved by Chromium as "Webpage, Single File" (MHTML)
def old_yearly_html(d):
    body = []
    for e in d["entries"]:
        parts = [f"<strong>{h(e['title'])}</strong>", h(e["summary"])]
        if e.get("background"): parts.append(f"<strong>Background:</strong> {h(e['background'])}")
        parts.append(f"<strong>{h(e['lab'][0])}</strong> {h(runin(e['learning']))}")
        if e["good"]: parts.append(f"<strong>{h(e['lab'][2])}</strong> {h(runin(e['good']))}")
        if e["recs"]: parts.append(f"<strong>{h(e['lab'][1])}</strong> {h(runin(e['recs']))}")
        parts.append(f"<strong>Keywords:</strong> {h(e['keywords'])}")
        parts.append(f'<a href="https://library.nspcc.org.uk/HeritageScripts/Hapi.dll/retrieve2?SetID=B29{len(body) + 1}&amp;DataSetName=LIVEDATA">{h(e["link"])}</a>')
        body.append("<p>" + "<br>\n".join(parts) + "</p>")
    return f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{h(d['heading'])} | NSPCC</title>
<link rel="stylesheet" type="text/css" href="https://www.nspcc.org.uk/css/main.css"></head>
<body><div id="header"><a href="https://www.nspcc.org.uk/"><img alt="NSPCC. Every childhood is worth fighting for" src="https://www.nspcc.org.uk/images/logo.png"></a>
<ul id="nav"><li><a href="https://www.nspcc.org.uk/what-is-child-abuse/">What is child abuse?</a></li><li><a href="https://www.nspcc.org.uk/preventing-abuse/">Preventing abuse</a></li><li><a href="https://www.nspcc.org.uk/services-and-resources/">Services and resources</a></li></ul></div>
<div id="breadcrumb"><a href="https://www.nspcc.org.uk/">Home</a> &gt; <a href="https://www.nspcc.org.uk/preventing-abuse/">Preventing abuse</a> &gt; <a href="https://www.nspcc.org.uk/preventing-abuse/child-protection-system/case-reviews/">Case reviews</a> &gt; {h(d['heading'])}</div>
<div id="content"><h1>{h(d['heading'])}</h1>
<p class="intro">{h(d['intro'])}</p>
{chr(10).join(body)}
<p><a href="#top">Back to top</a></p>
<p class="note">{h(FOOT)}</p></div>
<div id="footer"><p>© 2017 NSPCC. All rights reserved. Registered charity England and Wales 216401. Scotland SC037717.</p></div>
</body></html>"""


def mhtml(page_html, location, title):
    boundary = "----MultipartBoundary--Qk8zV2b29pXe7RtW1aYq0LmN4sDfGh6JcUo3Bv5Hn----"
    qp = lambda s: quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    css = "@charset \"utf-8\";\r\nbody { font-family: Arial, sans-serif; }\r\n#nav li { display: inline; }\r\n"
    return ("From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: {location}\r\n"
            f"Subject: =?utf-8?Q?{title.replace(' ', '_').replace('|', '=7C')}?=\r\n"
            "Date: Thu, 4 Dec 2025 10:12:33 -0000\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
            f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-7E41C0A9B29D5F3E@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {location}\r\n\r\n{qp(page_html)}\r\n"
            f"--{boundary}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: https://www.nspcc.org.uk/css/main.css\r\n\r\n{qp(css)}\r\n"
            f"--{boundary}--\r\n")


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    want = lambda f: not only or f in only
    for fname, d in B.items():
        if not want(fname): continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if fname.endswith(".html"):
            open(dst, "w", encoding="utf-8").write(saved_page(d))
        elif fname.endswith(".docx"):
            _rid[0] = 0
            parts = docx_parts(d); write_docx(parts, dst)
            open(f"{out}/source/{stem}.document.xml", "w", encoding="utf-8").write(parts["word/document.xml"])
            open(f"{out}/source/{stem}.comments.xml", "w", encoding="utf-8").write(parts["word/comments.xml"])
        elif fname.endswith(".txt"):
            open(dst, "w", encoding="ascii", newline="\n").write(email_text(d))
        elif fname.endswith(".md"):
            open(dst, "w", encoding="utf-8").write(cms_markdown(d))
        elif fname.endswith(".mhtml"):
            page = old_yearly_html(d)
            open(f"{out}/source/{stem}.html", "w", encoding="utf-8").write(page)
            open(dst, "w", encoding="ascii", newline="").write(mhtml(page, "https://www.nspcc.org.uk/preventing-abuse/child-protection-system/case-reviews/2017/", "Case reviews published in 2017 | NSPCC"))
        elif "printview" in fname or "yearly" in fname:
            src = f"{out}/source/{stem}.html"
            open(src, "w", encoding="utf-8").write(printview_html(d) if "printview" in fname else yearly_html(d))
            chromium(src, dst)
