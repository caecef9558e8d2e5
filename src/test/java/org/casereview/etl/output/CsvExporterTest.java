package org.casereview.etl.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

    @Nested
    class Cells {
        @Test
        void booleansAreLowerCaseWords() throws SQLException {
            assertThat(CsvExporter.cell(Boolean.TRUE)).isEqualTo("true");
            assertThat(CsvExporter.cell(Boolean.FALSE)).isEqualTo("false");
        }

        @Test
        void decimalsKeepTwoPlaces() throws SQLException {
            assertThat(CsvExporter.cell(new BigDecimal("17"))).isEqualTo("17.00");
            assertThat(CsvExporter.cell(new BigDecimal("0.333"))).isEqualTo("0.33");
        }

        @Test
        void nullIsEmpty() throws SQLException {
            assertThat(CsvExporter.cell(null)).isEmpty();
        }

        @Test
        void controlCharactersNeverReachACellAndAFormulaBehindThemIsStillNeutralised() throws SQLException {
            assertThat(CsvExporter.cell("\u0000=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(CsvExporter.cell("Child\u0007 V\tplan\nnext\u001b")).isEqualTo("Child V\tplan\nnext");
        }

        @Test
        void numbersAreNotNeutralised() throws SQLException {
            assertThat(CsvExporter.cell(2020)).isEqualTo("2020");
        }
    }

    @Nested
    class FormulaNeutralisation {
        @Test
        void formulaLookingTextGetsAnApostrophe() {
            assertThat(CsvExporter.neutraliseFormula("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(CsvExporter.neutraliseFormula("+44 20")).isEqualTo("'+44 20");
            assertThat(CsvExporter.neutraliseFormula("-1")).isEqualTo("'-1");
            assertThat(CsvExporter.neutraliseFormula("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        }

        @Test
        void ordinaryTextIsUnchanged() {
            assertThat(CsvExporter.neutraliseFormula("Child V")).isEqualTo("Child V");
            assertThat(CsvExporter.neutraliseFormula("")).isEmpty();
        }
    }
}
