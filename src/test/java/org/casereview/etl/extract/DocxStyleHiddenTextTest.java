package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Issue 9 (digests b50, left by d50-fix): Word hides a run whose character style says {@code w:vanish} (an editor's note
 * in an 'Editor note' style), and a paragraph whose paragraph style says it (a style kept for drafts), as it hides a run
 * whose own properties say it; a run's own {@code w:vanish w:val="0"} shows it again. Names invented.
 */
class DocxStyleHiddenTextTest {

    @TempDir
    Path dir;

    @Test
    void runsHiddenByTheirCharacterOrParagraphStyleAreLeftOut() throws Exception {
        Path file = dir.resolve("styled-hidden.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream stream = Files.newOutputStream(file)) {
            XWPFStyles styles = doc.createStyles();
            styles.addStyle(hiddenStyle("EditorNote", STStyleType.CHARACTER, null));
            styles.addStyle(hiddenStyle("EditorNoteStrong", STStyleType.CHARACTER, "EditorNote"));
            styles.addStyle(hiddenStyle("DraftItem", STStyleType.PARAGRAPH, null));
            doc.createParagraph().createRun().setText("Case reviews \u2013 May 2032 (invented for testing)");
            doc.createParagraph().createRun().setText("Child RW: Serious case review");
            XWPFParagraph summary = doc.createParagraph();
            summary.createRun().setText("Neglect of a 4-year-old boy in 2031.");
            XWPFRun note = summary.createRun();
            note.setText(" [Editor: confirm the year with the partnership]");
            note.setStyle("EditorNote");
            XWPFRun label = doc.createParagraph().createRun();
            label.setBold(true);
            label.setText("Learning includes:");
            doc.createParagraph().createRun().setText("\u2022 the health visitor did not see the boy at home");
            XWPFParagraph draft = doc.createParagraph();
            draft.setStyle("DraftItem");
            draft.createRun().setText("\u2022 a point kept back for the next issue");
            XWPFParagraph mixed = doc.createParagraph();
            mixed.createRun().setText("\u2022 no one asked who else lived in the flat");
            XWPFRun strong = mixed.createRun();
            strong.setText(" (check wording)");
            strong.setStyle("EditorNoteStrong");
            XWPFParagraph shown = doc.createParagraph();
            shown.setStyle("DraftItem");
            XWPFRun shownRun = shown.createRun();
            shownRun.setText("\u2022 referrals were closed without a visit");
            shownRun.getCTR().addNewRPr().addNewVanish().setVal(org.openxmlformats.schemas.officeDocument.x2006
                    .sharedTypes.STOnOff1.OFF);
            doc.write(stream);
        }

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("Editor", "kept back", "check wording");

        DigestEntry entry = new DigestParser().parse(text).entries().get(0);
        assertThat(entry.title()).isEqualTo("Child RW: Serious case review");
        assertThat(entry.summary()).isEqualTo("Neglect of a 4-year-old boy in 2031.");
        assertThat(learning(entry)).containsExactly("the health visitor did not see the boy at home",
                "no one asked who else lived in the flat", "referrals were closed without a visit");
    }

    private static XWPFStyle hiddenStyle(String id, STStyleType.Enum type, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(type);
        style.addNewName().setVal(id);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewRPr().addNewI();
        } else {
            style.addNewRPr().addNewVanish();
        }
        return new XWPFStyle(style);
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.sections().stream().filter(s -> s.type() == SectionType.LEARNING)
                .flatMap(s -> s.items().stream()).map(Item::text).toList();
    }
}
