package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator's vocabulary file adds a heading synonym without a rebuild. */
class OperatorHeadingSynonymTest {

    @TempDir
    Path dir;

    @Test
    void aHeadingSynonymFromTheOperatorFileTypesTheSection() throws Exception {
        Path pdf = new PdfFixtureBuilder()
                .newPage()
                .heading1("1. Background")
                .paragraph("The family moved to the area in the spring and registered with a new GP practice.")
                .heading1("2. What we took away")
                .paragraph("Professionals did not share what they knew about the father's previous convictions.")
                .save(dir.resolve("took-away.pdf"));
        Path words = Files.writeString(dir.resolve("words.yml"), """
                section-headings:
                  headings:
                    learning: [what we took away]
                """);

        var bundled = ReportExtractor.withDefaultSynonyms().extract(pdf).sections();
        var withOperatorWords = ReportExtractor.withVocabulary(Vocabulary.withOperatorFile(words)).extract(pdf)
                .sections();

        assertThat(bundled).extracting(Section::heading, Section::type).containsExactly(
                tuple("1. Background", SectionType.BACKGROUND), tuple("2. What we took away", SectionType.OTHER));
        assertThat(withOperatorWords).extracting(Section::heading, Section::type).containsExactly(
                tuple("1. Background", SectionType.BACKGROUND), tuple("2. What we took away", SectionType.LEARNING));
    }
}
