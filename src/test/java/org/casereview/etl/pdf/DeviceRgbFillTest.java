package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.junit.jupiter.api.Test;

/** The cheaper {@code rg} leaves the fill colour PDFBox's own processor leaves, in every case a content stream gives. */
class DeviceRgbFillTest {

    /** Three numbers (real and integer), again, too many, too few, a name, three names, three numbers after. */
    private static final String CONTENT = "0.2 0.4 0.6 rg f 1 0 0 rg f 0.2 0.4 0.6 rg f 0 0 0 0 rg f 1 rg f"
            + " /Blue rg f /A /B /C rg f 0.5 0.5 0.5 rg f";

    @Test
    void threeNumbersGiveTheColourPdfboxGives() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = page(document, new PDResources());
            List<String> ours = fills(page, true);
            assertThat(ours).isEqualTo(fills(page, false));
            assertThat(ours.get(0)).isEqualTo("[0.2, 0.4, 0.6] DeviceRGB / DeviceRGB");
            assertThat(ours.get(1)).isEqualTo("[1.0, 0.0, 0.0] DeviceRGB / DeviceRGB");
            assertThat(ours).hasSize(8);
            assertThat(ours.get(6)).isEqualTo("[] none / DeviceRGB");
        }
    }

    @Test
    void aDefaultRgbSpaceOfThePageStandsInAsItDoesForPdfbox() throws IOException {
        try (PDDocument document = new PDDocument()) {
            COSDictionary white = new COSDictionary();
            white.setItem(COSName.getPDFName("WhitePoint"), floats(0.9505f, 1f, 1.089f));
            COSArray calRgb = new COSArray();
            calRgb.add(COSName.getPDFName("CalRGB"));
            calRgb.add(white);
            COSDictionary spaces = new COSDictionary();
            spaces.setItem(COSName.DEFAULT_RGB, calRgb);
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.COLORSPACE, spaces);
            PDPage page = page(document, resources);
            List<String> ours = fills(page, true);
            assertThat(ours).isEqualTo(fills(page, false));
            assertThat(ours.get(0)).isEqualTo("[0.2, 0.4, 0.6] CalRGB / CalRGB");
        }
    }

    private static COSArray floats(float... values) {
        COSArray array = new COSArray();
        for (float value : values) {
            array.add(new COSFloat(value));
        }
        return array;
    }

    private static PDPage page(PDDocument document, PDResources resources) throws IOException {
        PDPage page = new PDPage();
        page.setResources(resources);
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream()) {
            out.write(CONTENT.getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(stream);
        document.addPage(page);
        return page;
    }

    /** The fill colour at each {@code f}: its components, its space and the graphics state's fill space. */
    private static List<String> fills(PDPage page, boolean cheaper) throws IOException {
        List<String> seen = new ArrayList<>();
        PDFStreamEngine engine = new PDFStreamEngine() {
        };
        engine.addOperator(cheaper ? new DeviceRgbFill(engine) : new SetNonStrokingDeviceRGBColor(engine));
        engine.addOperator(new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                PDColor colour = getContext().getGraphicsState().getNonStrokingColor();
                seen.add(Arrays.toString(colour.toCOSArray().toFloatArray()) + " " + name(colour) + " / "
                        + getContext().getGraphicsState().getNonStrokingColorSpace().getName());
            }

            @Override
            public String getName() {
                return "f";
            }
        });
        engine.processPage(page);
        return seen;
    }

    private static String name(PDColor colour) {
        return colour.getColorSpace() == null ? "none" : colour.getColorSpace().getName();
    }
}
