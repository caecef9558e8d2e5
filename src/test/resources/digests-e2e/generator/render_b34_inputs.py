# Renders the inputs of batch b34 (see render_b34.py and entries_b34.py). Invented material, test fixtures only. Python writes
# every source; Chromium prints the two-column page that poppler's `pdftotext -layout` turns into the plain-text input.
# Helpers (DOCX parts, groups, curly quotes) are shared with render_b32_inputs.
import html, os, re, shutil, subprocess, tempfile, textwrap
from render_b32_inputs import (REL, ROOT_RELS, W, curly, groups, write_docx, x)
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------- A. Word 'Web Page, Filtered' HTML
# What Word 2016 writes with File > Save As > 'Web Page, Filtered (*.htm)': Windows-1252 bytes, a 'Microsoft Word 15
# (filtered)' generator meta, the style sheet in an HTML comment, <div class=WordSection1>; a layout table (MsoTableGrid, no
# borders) for the masthead; reviews 1-2 titled by <h2> with a span, reviews 3-4 by a bold 13pt MsoNormal paragraph (direct
# formatting); labels bold MsoNormal paragraphs; every list item a MsoListParagraphCxSpFirst/Middle/Last paragraph with a
# negative text-indent whose marker is text in spans: Symbol-font '·' (learning), '1.' (recommendations), Wingdings '§'
# (good practice), each followed by a 7pt 'Times New Roman' span of &nbsp;s; links <a href>; source lines wrapped at ~76
# columns as Word wraps them (inside text and tags).
def word_li(items, marker):
    out = []
    for k, t in enumerate(items, 1):
        cls = "MsoListParagraph" if len(items) == 1 else ("MsoListParagraphCxSpFirst" if k == 1 else "MsoListParagraphCxSpLast" if k == len(items) else "MsoListParagraphCxSpMiddle")
        if marker == "num":
            m = f"<span lang=EN-GB>{k}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
        elif marker == "wing":
            m = "<span lang=EN-GB style='font-family:Wingdings'>\u00a7<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
        else:
            m = "<span lang=EN-GB style='font-family:Symbol'>\u00b7<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
        out.append(f"<p class={cls} style='text-indent:-18.0pt'>{m}<span lang=EN-GB>{x(t)}</span></p>")
    return out


def word_filtered_html(d):
    body = ["<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
            " <tr>", "  <td width=401 valign=top style='width:300.5pt;padding:0cm 5.4pt 0cm 5.4pt'>",
            "  <p class=MsoNormal><b><span lang=EN-GB style='color:#1F3864'>Safeguarding learning digest</span></b></p>", "  </td>",
            "  <td width=200 valign=top style='width:150.25pt;padding:0cm 5.4pt 0cm 5.4pt'>",
            f"  <p class=MsoNormal align=right style='text-align:right'><span lang=EN-GB style='color:#7F7F7F'>Issue {d['month'][5:]}/{d['month'][:4]}</span></p>",
            "  </td>", " </tr>", "</table>", "", f"<p class=MsoTitle><span lang=EN-GB>{x(d['heading'])}</span></p>",
            f"<p class=MsoNormal><span lang=EN-GB>{x(d['intro'])}</span></p>"]
    markers = {0: "dot", 1: "num", 2: "wing"}
    for i, e in enumerate(d["entries"], 1):
        if i <= 2:
            body.append(f"<h2><span lang=EN-GB>{x(e['title'])}</span></h2>")
        else:
            body.append(f"<p class=MsoNormal style='margin-top:12.0pt'><b><span lang=EN-GB style='font-size:13.0pt;line-height:107%;color:#2F5496'>{x(e['title'])}</span></b></p>")
        body.append(f"<p class=MsoNormal><span lang=EN-GB>{x(e['summary'])}</span></p>")
        for k, (lab, lst) in enumerate(groups(e)):
            if lab is None:
                body.append(f"<p class=MsoNormal><span lang=EN-GB>{x(lst)}</span></p>"); continue
            kind = "num" if lab.startswith("Recommendations") else "wing" if lab.startswith("Identifies") else "dot"
            body.append(f"<p class=MsoNormal style='margin-bottom:0cm'><b><span lang=EN-GB>{x(lab)}</span></b></p>")
            body += word_li(lst, kind)
        body.append(f"<p class=MsoNormal><span lang=EN-GB><a href=\"{url(d, i)}\">{x(e['link'])}</a></span></p>")
    body.append(f"<p class=MsoNormal><i><span lang=EN-GB style='font-size:9.0pt;line-height:107%;color:#7F7F7F'>{x(FOOT)}</span></i></p>")
    head = """<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>""" + x(d["heading"]) + """</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Wingdings;
	panose-1:5 0 0 0 0 0 0 0 0 0;}
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 @font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
h2
	{mso-style-link:"Heading 2 Char";
	margin-top:2.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%;
	page-break-after:avoid;
	font-size:13.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{margin:0cm;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;}
a:link, span.MsoHyperlink
	{color:#0563C1;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
.MsoChpDefault
	{font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>

</head>

<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<!-- Invented for testing: every child, family and place in this file is made up. -->

<div class=WordSection1>

"""
    wrapped = []
    for line in body:
        wrapped += textwrap.wrap(line, 76, break_long_words=False, break_on_hyphens=False) or [""]
        wrapped.append("")
    return head + "\n".join(wrapped) + "\n</div>\n\n</body>\n\n</html>\n"


# ---------------------------------------------------------------- B. Confluence page export (Export to HTML)
# Confluence's HTML export of one page: breadcrumbs, 'Space : Page' title, 'Created by …, last modified on …', the
# wiki-content div with page-layout sections: an info panel macro (the invented-material note), a table-of-contents macro
# listing every review title, then per review a single-column section (h2 with Confluence's anchor id, summary) and a
# two-equal section whose cells hold the learning and the recommendations (bold label paragraph over a <ul>); good practice in
# a tip panel macro whose title is the label; the link a paragraph; an 'Attachments:' greybox of the PDFs and the
# 'Document generated by Confluence' footer.
def confluence_html(d):
    page = d["heading"]
    anchor = lambda t: re.sub(r"[\s]+", "", page) + "-" + re.sub(r"[\s]+", "", t)
    cell = lambda inner: f'<div class="cell normal" data-type="normal"><div class="innerCell">\n{inner}\n</div></div>'
    sec = lambda kind, cells: f'<div class="columnLayout {kind}" data-layout="{kind}">\n' + "\n".join(cells) + "\n</div>"
    ul = lambda lst: "<ul>" + "".join(f"<li>{x(t)}</li>" for t in lst) + "</ul>"
    toc = "".join(f"<li><span class=\"toc-item-body\" data-outline=\"{i}\"><span class=\"toc-outline\">{i}</span> <a href=\"#{h(anchor(e['title']))}\" class=\"toc-link\">{x(e['title'])}</a></span></li>"
                  for i, e in enumerate(d["entries"], 1))
    parts = [sec("single", [cell(f'<p>{x(d["intro"])}</p>\n<div class="confluence-information-macro confluence-information-macro-information">'
                                 '<span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span>'
                                 f'<div class="confluence-information-macro-body"><p>{x(FOOT)}</p></div></div>\n'
                                 "<p><style type='text/css'>/*<![CDATA[*/\ndiv.rbtoc1752480000000 {padding: 0px;}\ndiv.rbtoc1752480000000 ul {list-style: none;margin-left: 0px;}\n"
                                 "div.rbtoc1752480000000 li {margin-left: 0px;padding-left: 0px;}\n\n/*]]>*/</style></p>"
                                 f"<div class='toc-macro rbtoc1752480000000'>\n<ul class='toc-indentation'>\n{toc}\n</ul>\n</div>")])]
    atts = []
    for i, e in enumerate(d["entries"], 1):
        parts.append(sec("single", [cell(f'<h2 id="{h(anchor(e["title"]))}">{x(e["title"])}</h2>\n<p>{x(e["summary"])}</p>')]))
        cols, after = [], []
        for lab, lst in groups(e):
            if lab is None: after.append(f"<p>{x(lst)}</p>"); continue
            if lab.startswith("Identifies"):
                after.append('<div class="confluence-information-macro confluence-information-macro-tip"><p class="title">' + x(lab) + '</p>'
                             '<span class="aui-icon aui-icon-small aui-iconfont-approve confluence-information-macro-icon"></span>'
                             f'<div class="confluence-information-macro-body">{ul(lst)}</div></div>')
            else:
                cols.append(cell(f"<p><strong>{x(lab)}</strong></p>{ul(lst)}"))
        parts.append(sec("two-equal", cols))
        parts.append(sec("single", [cell("\n".join(after) + f'\n<p><a href="{url(d, i)}" class="external-link" rel="nofollow">{x(e["link"])}</a></p>')]))
        atts.append(f'<img src="images/icons/bullet_blue.gif" height="8" width="8" alt=""/>\n<a href="attachments/4718592/{4718600 + i}.pdf">{slug(e["title"])}.pdf</a> (application/pdf)\n<br/>')
    return f"""<!DOCTYPE html>
<html>
    <head>
        <title>Safeguarding Learning : {x(page)}</title>
        <link rel="stylesheet" href="styles/site.css" type="text/css" />
        <META http-equiv="Content-Type" content="text/html; charset=UTF-8">
    </head>

    <body class="theme-default aui-theme-default">
        <!-- Invented for testing: every child, family and place in this export is made up. -->
        <div id="page">
            <div id="main" class="aui-page-panel">
                <div id="main-header">
                    <div id="breadcrumb-section">
                        <ol id="breadcrumbs">
                            <li class="first">
                                <span><a href="index.html">Safeguarding Learning</a></span>
                            </li>
                                                    <li>
                                <span><a href="Learning-from-reviews_4718593.html">Learning from reviews</a></span>
                            </li>
                                                </ol>
                    </div>
                    <h1 id="title-heading" class="pagetitle">
                                                <span id="title-text">
                            Safeguarding Learning : {x(page)}
                        </span>
                    </h1>
                </div>

                <div id="content" class="view">
                    <div class="page-metadata">
                        
        
    
        
    
        
        
            Created by <span class='author'> Jo Example</span>, last modified on Jul 14, 2025
                        </div>
                    <div id="main-content" class="wiki-content group">
                    <div class="contentLayout2">
{chr(10).join(parts)}
</div>
                    </div>

                                        <div class="pageSection group">
                        <div class="pageSectionHeader">
                            <h2 id="attachments" class="pageSectionTitle">Attachments:</h2>
                        </div>

                        <div class="greybox" align="left">
{chr(10).join(atts)}
                        </div>
                    </div>
                    
                                                      
                </div>             </div> 
            <div id="footer" role="contentinfo">
                <section class="footer-body">
                    <p>Document generated by Confluence on Jul 14, 2025 10:02</p>
                    <div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>
                </section>
            </div>
        </div>     </body>
</html>
"""


# ---------------------------------------------------------------- C. WordPress block theme page (saved from the browser)
# A single post of a block theme (WordPress 6.6): site title and navigation, post title (h1) and date, the post content:
# intro, then per review an h2.wp-block-heading (date/area/name heading), the summary, a wp-block-columns group with one
# wp-block-column per list (an h4 label WITHOUT colon over a ul.wp-block-list); review 4's lists inside a core/details block
# ('Learning and recommendations' summary) with bold run-in label paragraphs over the lists; the link a wp-block-button; a
# wp-block-separator between reviews. After the content: category terms, previous/next post links, the comment form, a sidebar
# with 'Recent posts' (other digests' titles) and a footer.
def wordpress_html(d):
    ul = lambda lst: '<ul class="wp-block-list">' + "".join(f"<li>{x(t)}</li>" for t in lst) + "</ul>"
    out = []
    for i, e in enumerate(d["entries"], 1):
        out.append(f'<h2 class="wp-block-heading" id="{slug(e["title"])}">{x(e["title"])}</h2>')
        out.append(f"<p>{x(e['summary'])}</p>")
        gs = groups(e)
        if i == 4:
            inner = []
            for lab, lst in gs:
                if lab is None: inner.append(f"<p>{x(lst)}</p>"); continue
                inner.append(f"<p><strong>{x(lab)}</strong></p>\n{ul(lst)}")
            out.append('<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"><summary>Learning and recommendations</summary>\n'
                       + "\n".join(inner) + "\n</details>")
        else:
            cols, after = [], []
            for lab, lst in gs:
                if lab is None: after.append(f"<p>{x(lst)}</p>"); continue
                cols.append('<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">\n'
                            f'<h4 class="wp-block-heading">{x(lab.rstrip(":"))}</h4>\n{ul(lst)}\n</div>')
            out.append(f'<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-{i} wp-block-columns-is-layout-flex">\n'
                       + "\n".join(cols) + "\n</div>")
            out += after
        out.append('<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">\n<div class="wp-block-button">'
                   f'<a class="wp-block-button__link wp-element-button" href="{url(d, i)}">{x(e["link"])}</a></div>\n</div>')
        if i < len(d["entries"]):
            out.append('<hr class="wp-block-separator has-alpha-channel-opacity"/>')
    nav = "".join(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{u}"><span class="wp-block-navigation-item__label">{t}</span></a></li>'
                  for t, u in (("Home", "/"), ("Learning from reviews", "/learning/"), ("Training", "/training/"), ("Contact", "/contact/")))
    recent = "".join(f'<li><a class="wp-block-latest-posts__post-title" href="/{slug(t)}/">{t}</a></li>'
                     for t in ("Case reviews update: September 2025", "Safer sleep week 2025: resources", "Case reviews update: August 2025"))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{x(d["heading"])} &#8211; Wexdale Safeguarding Children Partnership</title>
<link rel="alternate" type="application/rss+xml" title="Wexdale Safeguarding Children Partnership &raquo; Feed" href="https://wexdale-scp.example.org/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://wexdale-scp.example.org/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<style id='global-styles-inline-css'>
:root{{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--font-size--small: 13px;}}
.wp-container-core-columns-is-layout-1{{flex-wrap:nowrap;}}
</style>
<script type="speculationrules">
{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"\\/*"}},{{"not":{{"href_matches":["\\/wp-*.php","\\/wp-admin\\/*"]}}}}]}},"eagerness":"conservative"}}]}}
</script>
<meta name="generator" content="WordPress 6.6.2" />
</head>

<body class="post-template-default single single-post postid-2417 single-format-standard wp-embed-responsive">
<!-- Saved from the browser. Invented for testing: every child, family and place on this page is made up. -->
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a href="https://wexdale-scp.example.org" target="_self" rel="home">Wexdale Safeguarding Children Partnership</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Main"><button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>
<ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{nav}</ul></nav></div>
</header>

<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<h1 class="wp-block-post-title">{x(d["heading"])}</h1>
<div class="wp-block-template-part"><div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2025-10-07T09:00:00+01:00">7 October 2025</time></div>
<p>&mdash;</p><p>by</p><div class="wp-block-post-author-name"><a href="https://wexdale-scp.example.org/author/learning/" target="_self" class="wp-block-post-author-name__link">Learning team</a></div></div></div>
</div>

<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
<p>{x(d["intro"])}</p>

{(chr(10) + chr(10)).join(out)}

<p><em>{x(FOOT)}</em></p>
</div>

<div class="wp-block-group has-global-padding is-layout-constrained"><div class="taxonomy-category wp-block-post-terms"><a href="https://wexdale-scp.example.org/category/case-reviews/" rel="tag">Case reviews</a><span class="wp-block-post-terms__separator">, </span><a href="https://wexdale-scp.example.org/category/learning/" rel="tag">Learning</a></div></div>
<nav class="wp-block-group is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">&larr;</span><a href="/case-reviews-update-september-2025/" rel="prev">Case reviews update: September 2025</a></div></nav>
<div class="wp-block-comments wp-block-comments-query-loop"><div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="https://wexdale-scp.example.org/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Post Comment" /></p></form></div></div>
</main>

<aside class="wp-block-group is-layout-flow" aria-label="Sidebar"><h2 class="wp-block-heading">Recent posts</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{recent}</ul>
<h2 class="wp-block-heading">Categories</h2><ul class="wp-block-categories-list wp-block-categories"><li class="cat-item"><a href="/category/case-reviews/">Case reviews</a> (24)</li><li class="cat-item"><a href="/category/learning/">Learning</a> (31)</li></ul></aside>

<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></footer></div>
<script id="wp-block-navigation-view-js-module-data">{{"i18n":{{"Open menu":"Open menu"}}}}</script>
</body>
</html>
"""


# ---------------------------------------------------------------- D. Notion markdown export
# Notion's 'Export > Markdown & CSV' of one page: '# ' page title, the page properties as 'Name: value' lines, an <aside>
# callout with an emoji (the invented-material note), the intro, then every review a TOGGLE, exported as a '- ' bullet whose
# text is the bold title and whose children are indented four spaces (blank lines inside hold four spaces): summary, bold
# labels, nested '- ' items, the link; good practice a callout <aside> inside the toggle; an 'Archive' linked-database table
# at the end whose rows link to other exported pages (file names with Notion's 32-hex ids).
def notion_md(d):
    I = "    "
    out = [f"# {curly(d['heading'])}", "", "Created: 11 March 2025 09:41", "Created by: Jo Example", "Status: Published", "Tags: Case reviews, Digest", "",
           "<aside>", f"ℹ️ {curly(FOOT)}", "", "</aside>", "", curly(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        out += [f"- **{curly(e['title'])}**", I, I + curly(e["summary"]), I]
        for lab, lst in groups(e):
            if lab is None: out += [I + curly(lst), I]; continue
            if lab.startswith("Identifies"):
                out += [I + "<aside>", I + f"👍 **{curly(lab)}**", I]
                out += [I + f"- {curly(t)}" for t in lst]
                out += [I, I + "</aside>", I]; continue
            out += [I + f"**{curly(lab)}**", I] + [I + f"- {curly(t)}" for t in lst] + [I]
        out += [I + f"[{e['link']}]({url(d, i)})", I]
    out += ["## Archive", "", "| Name | Month | Reviews |", "| --- | --- | --- |",
            "| [NSPCC Repository – February 2025](NSPCC%20Repository%20%E2%80%93%20February%202025%2047c1e0b2a9d84f3c8e5b6a7d9c0f1e22.md) | February 2025 | 4 |",
            "| [NSPCC Repository – January 2025](NSPCC%20Repository%20%E2%80%93%20January%202025%209a3b5c7d1e2f4a6b8c0d2e4f6a8b0c13.md) | January 2025 | 3 |", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- E. DOCX whose body is an altChunk (html-docx-js)
# The shape html-docx-js (npm) writes for a web app's 'Download as Word': document.xml holds ONLY <w:altChunk r:id="htmlChunk"/>
# and the section properties; the relationship (type aFChunk) points at /word/afchunk.mht, a MIME multipart/related file whose
# one part is the page's HTML in quoted-printable ('=' written '=3D', lines unwrapped, as html-docx-js does). Word imports the
# HTML when the file is opened. The HTML: h1, intro, h2 titles, summary <p>, bold label <p>s over <ul> lists, <a> link.
def altchunk_docx(d):
    body = [f"<h1>{x(d['heading'])}</h1>", f"<p>{x(d['intro'])}</p>"]
    for i, e in enumerate(d["entries"], 1):
        body += [f"<h2>{x(e['title'])}</h2>", f"<p>{x(e['summary'])}</p>"]
        for lab, lst in groups(e):
            if lab is None: body.append(f"<p>{x(lst)}</p>"); continue
            body.append(f"<p><strong>{x(lab)}</strong></p><ul>" + "".join(f"<li>{x(t)}</li>" for t in lst) + "</ul>")
        body.append(f'<p><a href="{url(d, i)}">{x(e["link"])}</a></p>')
    body.append(f"<p><em>{x(FOOT)}</em></p>")
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + x(d["heading"]) + '</title>'
            '<style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt}h1{font-size:20pt}h2{font-size:14pt;color:#1f3864}</style></head><body>'
            + "".join(body) + "</body></html>")
    mht = ("MIME-Version: 1.0\nContent-Type: multipart/related;\n    type=\"text/html\";\n    boundary=\"----=mhtDocumentPart\"\n\n\n"
           "------=mhtDocumentPart\nContent-Type: text/html;\n    charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n"
           "Content-Location: file:///C:/fake/document.html\n\n" + page.replace("=", "=3D") + "\n\n\n\n------=mhtDocumentPart--\n")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/><Default Extension="mht" ContentType="message/rfc822"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    root = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body><w:altChunk r:id="htmlChunk" />'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="portrait" /><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
           'w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Type="{REL}aFChunk" Target="/word/afchunk.mht" Id="htmlChunk" /></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>' + x(d["heading"]) + '</dc:title><dc:creator>html-docx-js</dc:creator></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>html-docx-js</Application></Properties>')
    return {"[Content_Types].xml": ct, "_rels/.rels": root, "docProps/core.xml": core, "docProps/app.xml": app,
            "word/document.xml": doc, "word/_rels/document.xml.rels": rels, "word/afchunk.mht": mht}


# ---------------------------------------------------------------- F. pdftotext -layout of a two-column PDF
# An A4 page in two CSS columns (Chromium print; running head and page number in @page margin boxes), each review a bold
# title, the summary, bold labels over '•' lists (the bullet a text glyph from li::before, as Word's PDFs have it: Chromium
# draws its own list discs as shapes, which pdftotext drops, and the items could not be told apart), the link; converted with `pdftotext -layout -enc UTF-8`: the two columns
# stand side by side on each text line, separated by spaces; pages end in form feeds; the head and 'Page N' recur.
def twocol_html(d):
    arts = []
    for i, e in enumerate(d["entries"], 1):
        a = [f"<h2>{x(e['title'])}</h2>", f"<p>{x(e['summary'])}</p>"]
        for lab, lst in groups(e):
            if lab is None: a.append(f"<p>{x(lst)}</p>"); continue
            a.append(f"<p class='lab'>{x(lab)}</p><ul>" + "".join(f"<li>{x(t)}</li>" for t in lst) + "</ul>")
        a.append(f"<p><a href='{url(d, i)}'>{x(e['link'])}</a></p>")
        arts.append("<section>" + "".join(a) + "</section>")
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{x(d["heading"])}</title>
<!-- Invented for testing: every child, family and place is made up. -->
<style>
@page {{ size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left {{ content: "{d["heading"]}"; font: 8pt "DejaVu Sans"; color: #555; }}
  @bottom-right {{ content: "Page " counter(page); font: 8pt "DejaVu Sans"; color: #555; }} }}
body {{ font: 14pt/1.45 "DejaVu Serif"; margin: 0; }}
h1 {{ font: bold 20pt "DejaVu Sans"; margin: 0 0 6pt; }}
.cols {{ column-count: 2; column-gap: 9mm; }}
h2 {{ font: bold 11.5pt "DejaVu Sans"; margin: 8pt 0 3pt; break-after: avoid; }}
p {{ margin: 0 0 5pt; }} p.lab {{ font-weight: bold; margin: 4pt 0 1pt; }}
ul {{ margin: 0 0 5pt; padding-left: 12pt; list-style: none; }} li {{ text-indent: -9pt; }} li::before {{ content: "\\2022\\00a0"; }} a {{ color: #0645ad; }}
</style></head><body>
<h1>{x(d["heading"])}</h1><p>{x(d["intro"])}</p>
<div class="cols">{"".join(arts)}</div>
<p><em>{x(FOOT)}</em></p>
</body></html>
"""


def pdftotext_layout(d, out, stem):
    src = f"{out}/source/{stem}.html"
    open(src, "w", encoding="utf-8").write(twocol_html(d))
    tmp = tempfile.mkdtemp(prefix="b34-")
    try:
        pdf = f"{tmp}/{stem}.pdf"
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + os.path.abspath(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, f"{out}/input/{stem}.txt"], check=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    want = lambda f: not only or f in only
    for fname, d in B.items():
        if not want(fname): continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "word-filtered" in fname:
            open(dst, "w", encoding="cp1252", newline="\r\n").write(word_filtered_html(d))
        elif "confluence" in fname:
            open(dst, "w", encoding="utf-8").write(confluence_html(d))
        elif "wordpress" in fname:
            open(dst, "w", encoding="utf-8").write(wordpress_html(d))
        elif "notion" in fname:
            open(dst, "w", encoding="utf-8").write(notion_md(d))
        elif "altchunk" in fname:
            parts = altchunk_docx(d); write_docx(parts, dst, (2025, 1, 21, 10, 0, 0))
            open(f"{out}/source/{stem}.afchunk.mht", "w", encoding="utf-8").write(parts["word/afchunk.mht"])
        elif "pdftotext" in fname:
            pdftotext_layout(d, out, stem)
