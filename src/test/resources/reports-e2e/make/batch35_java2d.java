// Batch 35 (test-fixture tooling only; every report is invented): prints a draw list (P = new page; T x y style size text)
// with Java 2D's PrinterJob to a PostScript StreamPrintService, as a Java case-management client prints a report.
// java batch35_java2d.java draw.tsv out.ps
import java.awt.*;
import java.awt.print.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.List;
import javax.print.*;
import javax.print.attribute.*;
import javax.print.attribute.standard.*;

public class batch35_java2d {
    public static void main(String[] args) throws Exception {
        List<List<String[]>> pages = new ArrayList<>();
        pages.add(new ArrayList<>());
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.equals("P")) pages.add(new ArrayList<>());
            else if (line.startsWith("T\t")) pages.get(pages.size() - 1).add(line.split("\t", 6));
        }
        DocFlavor flavor = DocFlavor.SERVICE_FORMATTED.PRINTABLE;
        StreamPrintServiceFactory[] f = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(flavor, "application/postscript");
        try (OutputStream out = new FileOutputStream(args[1])) {
            StreamPrintService sps = f[0].getPrintService(out);
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(sps);
            job.setJobName("Case review report");
            PageFormat pf = job.defaultPage();
            Paper paper = new Paper();
            paper.setSize(595, 842);
            paper.setImageableArea(0, 0, 595, 842);
            pf.setPaper(paper);
            job.setPrintable((g, fmt, index) -> {
                if (index >= pages.size()) return Printable.NO_SUCH_PAGE;
                Graphics2D g2 = (Graphics2D) g;
                g2.setColor(Color.BLACK);
                for (String[] t : pages.get(index)) {
                    int style = t[3].equals("SB") ? Font.BOLD : Font.PLAIN;
                    g2.setFont(new Font(t[3].equals("SB") ? "SansSerif" : "Serif", style, Integer.parseInt(t[4])));
                    g2.drawString(t[5], Integer.parseInt(t[1]), Integer.parseInt(t[2]));
                }
                g2.setFont(new Font("SansSerif", Font.PLAIN, 8));
                g2.drawString("Page " + (index + 1) + " of " + pages.size(), 270, 810);
                return Printable.PAGE_EXISTS;
            }, pf);
            PrintRequestAttributeSet attrs = new HashPrintRequestAttributeSet();
            attrs.add(MediaSizeName.ISO_A4);
            job.print(attrs);
        }
    }
}
