// Batch 30 Cauldmoor report: an HTML page with CSS converted by iText pdfHTML 5.0 (iText 8 layout) (test-fixture tooling only).
// java -cp <html2pdf 5.0.5 classpath> batch30_pdfhtml.java in.html out.pdf
import com.itextpdf.html2pdf.HtmlConverter;
import java.io.File;

public class batch30_pdfhtml {
    public static void main(String[] a) throws Exception {
        HtmlConverter.convertToPdf(new File(a[0]).getAbsoluteFile(), new File(a[1]).getAbsoluteFile());
    }
}
