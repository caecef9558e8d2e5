// Batch 30 Ketterby report: a JasperReports JRXML (title band as cover, one detail band per block kind chosen by
// printWhenExpression, page footer 'Page N of M') filled from a TSV data source (test-fixture tooling only).
// java -cp <jasperreports 6.21 classpath> batch30_jasper.java report.jrxml in.tsv out.pdf
// in.tsv lines: kind<TAB>a<TAB>b<TAB>c; kinds COVER (a: partnership, b: title line 1, c: title line 2), COVER2 (a: by,
// b: date, c: invented note), H, H2, P, LP (a: label, b: text), OL (a: number, b: text), RN (a: bold run-in label, b: text), UL, TH2/TR2 (two columns), TH3/TR3 (three), GL (term, meaning)
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

public class batch30_jasper {
    public static void main(String[] a) throws Exception {
        List<Map<String, ?>> rows = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(a[1]), StandardCharsets.UTF_8)) {
            String[] f = (line + "\t\t\t").split("\t", -1);
            if (f[0].startsWith("COVER")) {
                params.put(f[0] + "_A", f[1]);
                params.put(f[0] + "_B", f[2]);
                params.put(f[0] + "_C", f[3]);
                continue;
            }
            Map<String, Object> r = new HashMap<>();
            r.put("kind", f[0]);
            r.put("a", f[1]);
            r.put("b", f[2]);
            r.put("c", f[3]);
            rows.add(r);
        }
        JasperReport report = JasperCompileManager.compileReport(a[0]);
        JasperPrint print = JasperFillManager.fillReport(report, params, new JRMapCollectionDataSource(rows));
        JasperExportManager.exportReportToPdfFile(print, a[2]);
    }
}
