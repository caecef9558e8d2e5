// Renders one b22 digest (XHTML) to PDF with openhtmltopdf 1.0.10 (PDFBox 2), as a newsletter tool built on it would.
// Invented material, test fixtures only. Run: java -cp <openhtmltopdf jars> OhtpDigest.java in.xhtml out.pdf
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;

public class OhtpDigest {
    public static void main(String[] args) throws Exception {
        try (OutputStream out = new FileOutputStream(args[1])) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withFile(new File(args[0]));
            builder.toStream(out);
            builder.run();
        }
    }
}
