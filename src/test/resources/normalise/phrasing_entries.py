# The parts every "realistic phrasings" set from 8 on writes its entries with (test resources only; each set's
# entries.py imports what it uses, its render.py renders it): the truth columns, the truth and entry builders, and the
# accepted-code lists and sentences more than one set uses. Invented, as the sets are.
import re
from itertools import combinations

COLS = ["file", "entry_no", "title", "child_name", "review_type", "thematic", "document_type", "outcome",
        "incident_year", "age_text", "age_years", "age_band", "sex", "n_children", "ethnicity", "harm_types",
        "risk_factors", "child_context", "learning_count", "recommendation_count", "good_practice_count",
        "no_recommendations", "area", "publication_year", "digest_month"]


def T(name, rtype, dtype, outcome, year, age_text, age_years, band, sex, harm, risk="", ctx="", eth="not_stated",
      n="1", thematic="false", norec="false", area="", **extra):
    t = dict(child_name=name, review_type=rtype, document_type=dtype, outcome=outcome, incident_year=year,
             age_text=age_text, age_years=age_years, age_band=band, sex=sex, harm_types=harm, risk_factors=risk,
             child_context=ctx, ethnicity=eth, n_children=n, thematic=thematic, no_recommendations=norec, area=area)
    t.update(extra)
    return t


def A(required, optional=""):
    """Every accepted code list: the required codes with any subset of the optional ones."""
    req = [c for c in required.split("; ") if c]
    opt = [c for c in optional.split("; ") if c]
    alts = []
    for k in range(len(opt) + 1):
        for extra in combinations(opt, k):
            alts.append("; ".join(req + list(extra)))
    return "|".join(alts)


def ANY(codes):
    """At least one of the codes, any subset beside it."""
    return "|".join(a for a in A("", codes).split("|") if a)


def E(heading, body, truth, link=None, **kw):
    truth.setdefault("title", re.sub(r"^\d+\. ", "", heading))
    return dict(heading=heading, body=body, truth=truth, link=link, **kw)


def L(label, items, style="semi"):
    return ("L", label, items, style)


def R(label, items, style="semi"):
    return ("R", label, items, style)


HEAD = "physical_abuse; non_accidental_head_injury|physical_abuse|non_accidental_head_injury"
STAB = A("extra_familial_harm", "physical_abuse") + "|physical_abuse"
RESTRAINT = A("", "physical_abuse; other")
WELSH_MODEL = "Model: review was undertaken using the Welsh Child Practice Review model."
SUSR_MODEL = "Model: review was undertaken as a single unified safeguarding review."
RO = "Read the overview report"
