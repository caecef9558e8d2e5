# Renders the inputs of batch b74 (see render_b74.py and entries_b74.py). Invented material, test fixtures only.
# A. the .doc: LibreOffice Writer (soffice --convert-to 'doc:MS Word 97') from the HTML kept in source/ (Heading 1/2
#    styles, bold label paragraphs, learning as a bulleted list, recommendations as a numbered list, each report link a
#    HYPERLINK field);
# B. the .rtf: AbiWord (abiword --to=rtf) from the HTML kept in source/ (\pard paragraphs, lists as \ls overrides with
#    \listtext, HYPERLINK fields);
# C. the .odt: pandoc (-t odt) from the markdown kept in source/ (text:h, text:list, text:a);
# D. the .fodt: LibreOffice Writer (soffice --convert-to 'fodt') from the HTML kept in source/, each review a <div> that
#    Writer keeps as a text:section, numbered lists.
import os, shutil, subprocess, tempfile
from render_b32_inputs import x, curly
from render_b64_inputs import url, groups
FOOT = "Summaries written for testing: every child, family, person and place in this digest is invented."
HOSTS = {".doc": "www.ashcombescp.example", ".rtf": "www.bellhavenscp.example", ".odt": "www.carrickfordscp.example", "fodt": "www.dunmerescp.example"}


def html(d, host, sections=False):
    B = [f'<h1>{x(d["heading"])}</h1>', f'<p>{x(d["intro"])}</p>']
    for i, e in enumerate(d["entries"], 1):
        R = [f'<h2>{x(e["title"])}</h2>\n<p>{x(e["summary"])}</p>']
        for k, (lab, lst) in enumerate(groups(e)):
            if lab is None: R.append(f"<p>{x(lst)}</p>"); continue
            tag = "ol" if lab.startswith("Recommendations") or (sections and k == 0) else "ul"
            R.append(f"<p><b>{x(lab)}</b></p>\n<{tag}>\n" + "\n".join(f"<li>{x(t)}</li>" for t in lst) + f"\n</{tag}>")
        R.append(f'<p><a href="{url(d, i, host)}">{x(e["link"])}</a></p>')
        B.append(f'<div id="review{i}">\n' + "\n".join(R) + "\n</div>" if sections else "\n".join(R))
    B.append(f"<p><i>{x(FOOT)}</i></p>")
    return ('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>' + x(d["heading"]) + '</title></head>\n<body>\n'
            + "\n".join(B) + "\n</body></html>\n")


def markdown(d, host):
    B = [f'# {curly(d["heading"])}', curly(d["intro"])]
    for i, e in enumerate(d["entries"], 1):
        B += [f'## {curly(e["title"])}', curly(e["summary"])]
        for lab, lst in groups(e):
            if lab is None: B.append(curly(lst)); continue
            mark = "1." if lab.startswith("Recommendations") else "-"
            B += [f"**{curly(lab)}**", "\n".join(f"{mark} {curly(t)}" for t in lst)]
        B.append(f'[{curly(e["link"])}]({url(d, i, host)})')
    B.append(f"*{curly(FOOT)}*")
    return "\n\n".join(B) + "\n"


def soffice(src, fmt, ext, dst):
    with tempfile.TemporaryDirectory() as t:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-d74-formats", "--headless", "--infilter=HTML (StarWriter)",
                        "--convert-to", fmt, "--outdir", t, src], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(t, os.path.basename(src).rsplit(".", 1)[0] + ext), dst)


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True)
    os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst, base = f"{out}/input/{fname}", f"{out}/source/{fname.rsplit('.', 1)[0]}"
        host = HOSTS[fname[-4:]]
        if fname.endswith(".md") or fname.endswith(".odt"):
            open(base + ".md", "w", encoding="utf-8").write(markdown(d, host))
            subprocess.run(["pandoc", "-f", "markdown", "-t", "odt", "-o", dst, base + ".md"], check=True)
            continue
        open(base + ".html", "w", encoding="utf-8").write(html(d, host, sections=fname.endswith(".fodt")))
        if fname.endswith(".doc"): soffice(base + ".html", "doc:MS Word 97", ".doc", dst)
        elif fname.endswith(".fodt"): soffice(base + ".html", "fodt", ".fodt", dst)
        elif fname.endswith(".rtf"):
            subprocess.run(["abiword", "--to=rtf", f"--to-name={dst}", base + ".html"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
