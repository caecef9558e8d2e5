// Batch 30 Hartsdyke report: a DOCX (written by batch30_docx4j.java) converted to PDF by XDocReport's
// fr.opensagres.poi.xwpf.converter.pdf (Apache POI XWPF read, OpenPDF write) (test-fixture tooling only).
// java -cp <xdocreport classpath> batch30_xdocreport.java in.docx out.pdf
import fr.opensagres.poi.xwpf.converter.pdf.PdfConverter;
import fr.opensagres.poi.xwpf.converter.pdf.PdfOptions;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

public class batch30_xdocreport {
    public static void main(String[] a) throws Exception {
        try (FileInputStream in = new FileInputStream(a[0]); FileOutputStream out = new FileOutputStream(a[1])) {
            PdfConverter.getInstance().convert(new XWPFDocument(in), out, PdfOptions.create());
        }
    }
}
