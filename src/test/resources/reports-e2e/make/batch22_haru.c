/* batch22 Y8: a report laid out line by line with libHaru (spec.tsv: T/B/S/I title block lines, H heading, P paragraph,
   L bullet, R finding<TAB>recommendation grid row). Test-fixture tooling only; everything it prints is invented. */
#include <hpdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static HPDF_Doc pdf; static HPDF_Page page; static HPDF_Font reg, bold, ital;
static float y; static int pageno = 0; static const float L = 60, R = 535, TOP = 780, BOTTOM = 70;

static void foot(void) {
    char b[64]; snprintf(b, sizeof b, "Kilvarran CPC - page %d", pageno);
    HPDF_Page_BeginText(page); HPDF_Page_SetFontAndSize(page, reg, 8); HPDF_Page_SetRGBFill(page, .35, .35, .35);
    HPDF_Page_TextOut(page, R - HPDF_Page_TextWidth(page, b), 40, b); HPDF_Page_EndText(page); HPDF_Page_SetRGBFill(page, 0, 0, 0);
}
static void newpage(void) {
    page = HPDF_AddPage(pdf); HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT); pageno++; y = TOP; foot();
}
/* wraps text into width w from x, returns lines written; draw=0 only counts */
static int wrap(const char *t, HPDF_Font f, float size, float x, float w, float lead, float top, int draw) {
    int n = 0; const char *p = t; float yy = top;
    while (*p) {
        HPDF_Page_SetFontAndSize(page, f, size);
        HPDF_UINT len = HPDF_Page_MeasureText(page, p, w, HPDF_TRUE, NULL);
        if (len == 0) len = strlen(p);
        if (draw) { char buf[1024]; memcpy(buf, p, len); buf[len] = 0;
            HPDF_Page_BeginText(page); HPDF_Page_TextOut(page, x, yy, buf); HPDF_Page_EndText(page); }
        p += len; while (*p == ' ') p++; n++; yy -= lead;
    }
    return n;
}
static void block(const char *t, HPDF_Font f, float size, float x, float w, float lead, float after) {
    int n = wrap(t, f, size, x, w, lead, y, 0);
    if (y - n * lead < BOTTOM) newpage();
    wrap(t, f, size, x, w, lead, y, 1); y -= n * lead + after;
}
int main(int argc, char **argv) {
    FILE *in = fopen(argv[1], "r"); char line[4096]; int rows = 0;
    pdf = HPDF_New(NULL, NULL); HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, "Learning Review Child D");
    reg = HPDF_GetFont(pdf, "Helvetica", NULL); bold = HPDF_GetFont(pdf, "Helvetica-Bold", NULL);
    ital = HPDF_GetFont(pdf, "Helvetica-Oblique", NULL);
    newpage();
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\n")] = 0; char *t = line + 2;
        if (line[0] != 'R' && rows) { y -= 14; rows = 0; }
        switch (line[0]) {
        case 'T': block(t, reg, 13, L, R - L, 16, 10); break;
        case 'B': block(t, bold, 22, L, R - L, 26, 12); break;
        case 'S': block(t, reg, 10.5, L, R - L, 14, 2); break;
        case 'I': y -= 6; block(t, ital, 9.5, L, R - L, 12, 8);
            HPDF_Page_SetLineWidth(page, 1); HPDF_Page_SetRGBStroke(page, .4, .2, .5);
            HPDF_Page_MoveTo(page, L, y); HPDF_Page_LineTo(page, R, y); HPDF_Page_Stroke(page); y -= 20; break;
        case 'H': if (y < BOTTOM + 80) newpage(); y -= 6; HPDF_Page_SetRGBFill(page, .4, .2, .5);
            block(t, bold, 13, L, R - L, 16, 6); HPDF_Page_SetRGBFill(page, 0, 0, 0); break;
        case 'P': block(t, reg, 10.5, L, R - L, 14, 8); break;
        case 'L': { int n = wrap(t, reg, 10.5, L + 16, R - L - 16, 14, y, 0); if (y - n * 14 < BOTTOM) newpage();
            HPDF_Page_SetRGBFill(page, .4, .2, .5); HPDF_Page_Rectangle(page, L + 3, y + 1, 5, 5); HPDF_Page_Fill(page);
            HPDF_Page_SetRGBFill(page, 0, 0, 0); block(t, reg, 10.5, L + 16, R - L - 16, 14, 6); break; }
        case 'R': {
            char *tab = strchr(t, '\t'); *tab = 0; const char *a = t, *b = tab + 1;
            float cw = (R - L) / 2, pad = 6;
            if (!rows) { if (y < BOTTOM + 120) newpage();
                HPDF_Page_SetRGBFill(page, .88, .84, .92); HPDF_Page_Rectangle(page, L, y - 20, R - L, 20); HPDF_Page_Fill(page);
                HPDF_Page_SetRGBFill(page, 0, 0, 0); HPDF_Page_SetLineWidth(page, .6); HPDF_Page_SetRGBStroke(page, .3, .3, .3);
                HPDF_Page_Rectangle(page, L, y - 20, cw, 20); HPDF_Page_Rectangle(page, L + cw, y - 20, cw, 20); HPDF_Page_Stroke(page);
                wrap("Finding", bold, 10.5, L + pad, cw, 14, y - 14, 1); wrap("Recommendation", bold, 10.5, L + cw + pad, cw, 14, y - 14, 1);
                y -= 20; }
            int na = wrap(a, reg, 10, L + pad, cw - 2 * pad, 13, y, 0), nb = wrap(b, reg, 10, L + cw + pad, cw - 2 * pad, 13, y, 0);
            int n = na > nb ? na : nb; float h = n * 13 + 2 * pad;
            if (y - h < BOTTOM) newpage();
            HPDF_Page_SetLineWidth(page, .6); HPDF_Page_SetRGBStroke(page, .3, .3, .3);
            HPDF_Page_Rectangle(page, L, y - h, cw, h); HPDF_Page_Rectangle(page, L + cw, y - h, cw, h); HPDF_Page_Stroke(page);
            wrap(a, reg, 10, L + pad, cw - 2 * pad, 13, y - pad - 9, 1); wrap(b, reg, 10, L + cw + pad, cw - 2 * pad, 13, y - pad - 9, 1);
            y -= h; rows++; break; }
        }
    }
    HPDF_SaveToFile(pdf, argv[2]); HPDF_Free(pdf); return 0;
}
