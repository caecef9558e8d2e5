package org.casereview.etl.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;

/** A stream engine keeps one processor per operator: collectors that follow the same path operators share them. */
public final class PathOperators {

    private PathOperators() {
    }

    /** One processor per operator name that runs each given collector's processor of that name, in order. */
    @SafeVarargs
    public static List<OperatorProcessor> combined(PDFStreamEngine engine, List<OperatorProcessor>... collectors) {
        Map<String, List<OperatorProcessor>> byName = new LinkedHashMap<>();
        for (List<OperatorProcessor> collector : collectors) {
            collector.forEach(p -> byName.computeIfAbsent(p.getName(), n -> new ArrayList<>()).add(p));
        }
        List<OperatorProcessor> out = new ArrayList<>();
        byName.forEach((name, processors) -> out.add(new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) throws IOException {
                for (OperatorProcessor processor : processors) {
                    processor.process(operator, operands);
                }
            }

            @Override
            public String getName() {
                return name;
            }
        }));
        return out;
    }
}
