// Batch 42: an invented review report drawn with Java Graphics2D straight into PDF by JFreePDF 2.0.1 (org.jfree.pdf).
// java -cp org.jfree.pdf-2.0.1.jar batch42_jfreepdf.java IN.txt OUT.pdf FOOTER. IN.txt lines: KIND TAB TEXT, kinds T
// (title), C (cover line), H (heading), P (paragraph), I (item: number TAB text). Test-fixture tooling only.
import java.awt.*;
import java.awt.geom.*;
import java.io.File;
import java.nio.file.*;
import java.util.*;
import org.jfree.pdf.*;

public class batch42_jfreepdf {
    static final double W = 595, H = 842, LEFT = 70, RIGHT = 525, TOP = 80, BOTTOM = 770;
    static final Color NAVY = new Color(20, 40, 90);
    static PDFDocument doc = new PDFDocument();
    static PDFGraphics2D g;
    static double y;
    static int pageNo = 0;
    static String footer;

    public static void main(String[] args) throws Exception {
        footer = args[2];
        java.util.List<String> lines = Files.readAllLines(Paths.get(args[0]));
        Page cover = doc.createPage(new Rectangle2D.Double(0, 0, W, H));
        g = cover.getGraphics2D();
        pageNo = 1;
        g.setPaint(NAVY);
        g.fill(new Rectangle2D.Double(0, 220, W, 170));
        double cy = 290;
        for (String l : lines) {
            String[] f = l.split("\t");
            if (f[0].equals("T")) {
                g.setPaint(Color.WHITE);
                g.setFont(new Font("SansSerif", Font.BOLD, 22));
                for (String part : wrap(f[1], RIGHT - LEFT)) { g.drawString(part, (float) LEFT, (float) cy); cy += 28; }
                cy = 460;
            } else if (f[0].equals("C")) {
                g.setPaint(Color.BLACK);
                g.setFont(new Font("SansSerif", Font.PLAIN, 12));
                for (String part : wrap(f[1], RIGHT - LEFT)) { g.drawString(part, (float) LEFT, (float) cy); cy += 18; }
            }
        }
        newPage();
        for (String l : lines) {
            String[] f = l.split("\t");
            switch (f[0]) {
                case "H" -> {
                    if (y > BOTTOM - 80) newPage();
                    y += 10;
                    g.setPaint(NAVY);
                    g.setFont(new Font("SansSerif", Font.BOLD, 14));
                    g.drawString(f[1], (float) LEFT, (float) y);
                    y += 22;
                    g.setPaint(Color.BLACK);
                }
                case "P" -> block(f[1], LEFT, null);
                case "I" -> block(f[2], LEFT + 20, f[1]);
                default -> { }
            }
        }
        footer();
        doc.writeToFile(new File(args[1]));
    }

    static void block(String text, double x, String label) {
        g.setFont(new Font("Serif", Font.PLAIN, 11));
        boolean first = true;
        for (String part : wrap(text, RIGHT - x)) {
            if (y > BOTTOM) newPage();
            if (first && label != null) g.drawString(label, (float) LEFT, (float) y);
            g.drawString(part, (float) x, (float) y);
            y += 15;
            first = false;
        }
        y += 7;
    }

    static java.util.List<String> wrap(String text, double width) {
        FontMetrics fm = g.getFontMetrics();
        java.util.List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tryLine = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(tryLine) > width && line.length() > 0) { out.add(line.toString()); line = new StringBuilder(word); }
            else line = new StringBuilder(tryLine);
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }

    static void newPage() {
        if (pageNo > 1) footer();
        Page p = doc.createPage(new Rectangle2D.Double(0, 0, W, H));
        g = p.getGraphics2D();
        pageNo++;
        y = TOP;
    }

    static void footer() {
        g.setPaint(Color.GRAY);
        g.draw(new Line2D.Double(LEFT, 795, RIGHT, 795));
        g.setFont(new Font("SansSerif", Font.PLAIN, 8));
        g.drawString(footer + " | Page " + pageNo, (float) LEFT, 808f);
        g.setPaint(Color.BLACK);
    }
}
