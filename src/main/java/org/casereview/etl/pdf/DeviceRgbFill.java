package org.casereview.etl.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;

/**
 * The {@code rg} operator (fill colour in DeviceRGB) as PDFBox's processor sets it, at a text stripper's cost. PDFBox
 * looks the DeviceRGB space up in the resources (a /DefaultRGB there stands in for it) at every {@code rg}, checks its
 * operands through a stream and copies them into a COSArray for the colour: 3% of a report's extraction (JFR,
 * docs/BENCHMARKS.md s36-cost), where a word processor sets the colour before every run of text. Here the space is
 * looked up once per resources (a page's or a form's; they are not changed while a page is read) and the colour is
 * made from the three numbers: a PDColor with the same components and space. Any other case (not three numbers, no
 * resources, a space that is no three-component one) is PDFBox's own processor's, its checks, warnings and errors
 * unchanged.
 */
public final class DeviceRgbFill extends SetNonStrokingDeviceRGBColor {

    private static final int COMPONENTS = 3;

    private PDResources lastResources;
    private PDColorSpace lastSpace;

    public DeviceRgbFill(PDFStreamEngine context) {
        super(context);
    }

    @Override
    public void process(Operator operator, List<COSBase> arguments) throws IOException {
        PDFStreamEngine context = getContext();
        if (!context.isShouldProcessColorOperators() || arguments.size() != COMPONENTS
                || !(arguments.get(0) instanceof COSNumber r) || !(arguments.get(1) instanceof COSNumber g)
                || !(arguments.get(2) instanceof COSNumber b)) {
            super.process(operator, arguments);
            return;
        }
        PDResources resources = context.getResources();
        PDColorSpace space = resources == null ? null : deviceRgb(resources);
        if (space == null || space instanceof PDPattern || space.getNumberOfComponents() != COMPONENTS) {
            super.process(operator, arguments);
            return;
        }
        context.getGraphicsState().setNonStrokingColorSpace(space);
        setColor(new PDColor(new float[] {r.floatValue(), g.floatValue(), b.floatValue()}, space));
    }

    /** {@code resources.getColorSpace(DeviceRGB)}, once per resources object (a failed look-up is asked again). */
    private PDColorSpace deviceRgb(PDResources resources) throws IOException {
        if (resources != lastResources || lastSpace == null) {
            lastSpace = resources.getColorSpace(COSName.DEVICERGB);
            lastResources = resources;
        }
        return lastSpace;
    }
}
