package org.casereview.etl.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.HttpHeaders;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.casereview.etl.digest.LayoutDigestText;
import org.casereview.etl.digest.PageEdgeDates;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.guard.DocumentBudget;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.layout.OutlineReader;
import org.casereview.etl.pdf.AttachedFiles;
import org.casereview.etl.pdf.CommentAnnotations;
import org.casereview.etl.pdf.FormFieldValues;
import org.casereview.etl.pdf.FramedColumns;
import org.casereview.etl.pdf.RuledColumns;
import org.casereview.etl.pdf.PdfOpener;
import org.casereview.etl.pdf.UnseenTextRemoval;
import org.casereview.etl.text.ControlCharacters;
import org.xml.sax.SAXException;

/**
 * Text of a digest file of any supported format (.txt, .md, .html, .pdf, .docx, a saved e-mail,
 * a web page saved as one file), detected by
 * content and name with Tika. Plain text is decoded with its detected charset (AsciiDoc source, by its name or its own
 * evidence, turned into light markdown: {@link AsciiDocText}; Emacs Org-mode source by its own evidence:
 * {@link OrgModeText}; reStructuredText source by its own evidence:
 * {@link RestructuredText}; MediaWiki source by its own evidence: {@link WikiText}; Jira / Confluence wiki markup by its
 * own evidence: {@link JiraWikiMarkup}; a Zim Desktop Wiki page by its header: {@link ZimWikiText}; a spreadsheet saved as
 * tab-, comma- or semicolon-separated text, a review a row: {@link SheetText};
 * a saved e-mail, a mailing list's MIME digest and an mbox: {@link MailBody}, {@link MailboxMessages}; an outliner's
 * page saved as markdown: {@link OutlinerPages}; MDX components in markdown: {@link MdxComponents}; grid tables of text and markdown read as tables:
 * {@link GridTables}); HTML, DOCX and PDF
 * go through Tika's parsers into light markdown. Line ends are always LF.
 */
public final class DocumentTextExtractor {

    private static final Set<MediaType> HTML = Set.of(MediaType.text("html"), MediaType.application("xhtml+xml"));
    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType MAIL = MediaType.parse("message/rfc822");
    /** A saved e-mail behind its mailbox's envelope line, or a small mailbox ({@link MailboxMessages}). */
    private static final MediaType MBOX = MediaType.parse("application/mbox");
    /** A web page saved as one file (MHTML), and an e-mail whose HTML refers to its images. */
    private static final MediaType RELATED = MediaType.parse("multipart/related");
    private static final Set<MediaType> WORD = Set.of(
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("vnd.ms-word.document.macroenabled.12"),
            MediaType.application("msword"));

    /** Digests are lists of a few dozen entries; anything far bigger is not a digest. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    /** Bytes a file may have: the smaller of this extractor's own limit and the document limits. */
    private final long maxBytes;
    private final Detector detector;
    private final MediaTypeRegistry registry;
    private final Parser parser;
    private final HtmlNoiseRules noiseRules = HtmlNoiseRules.load();

    public DocumentTextExtractor() {
        this(DEFAULT_MAX_BYTES);
    }

    public DocumentTextExtractor(long maxBytes) {
        this(maxBytes, TikaConfig.getDefaultConfig());
    }

    /** @param tika the configuration shared with input discovery (building one loads every parser) */
    public DocumentTextExtractor(long maxBytes, TikaConfig tika) {
        this.maxBytes = maxBytes;
        this.detector = tika.getDetector();
        this.registry = tika.getMediaTypeRegistry();
        this.parser = new AutoDetectParser(tika);
    }

    public ExtractedText extract(Path file) throws UnreadableDocumentException {
        String name = file.getFileName().toString();
        byte[] bytes = read(file, name);
        return extract(bytes, name, bytes.length == 0 ? null : detect(bytes, name));
    }

    /** A file a saved e-mail carries, named for the reader by its own name: see {@link #attachments(Path)}. */
    public record Attachment(String name, byte[] bytes, long size) {
    }

    /**
     * The files a saved e-mail carries that may be its digest (DOCX, PDF, HTML, text or markdown, told by content and
     * name as a file on disk is), the first {@value MailAttachments#MAX_ATTACHMENTS} at most; none for any other file.
     * A covering note ('Please see the attached summary ...') passes a digest on as an attachment; the loader reads
     * one when the message's own text has no entries ({@link #extractAttached}). A PDF whose pages are only a short
     * cover lists its attached files in a digest format the same way ({@link AttachedFiles}).
     */
    public List<Attachment> attachments(Path file) throws UnreadableDocumentException {
        String name = file.getFileName().toString();
        byte[] bytes = read(file, name);
        MediaType type = bytes.length == 0 ? null : detect(bytes, name);
        if (PDF.equals(type)) {
            return pdfAttachments(bytes, name);
        }
        if (!MAIL.equals(type)) {
            return List.of();
        }
        long maxBytes = Math.min(this.maxBytes, DocumentBudget.current().limits().maxFileBytes());
        List<Attachment> attachments = new ArrayList<>();
        try {
            for (MailAttachments.Attachment a : MailAttachments.read(bytes, maxBytes)) {
                // a file too large to hold is told by its name alone
                if (isDigestFormat(detect(a.bytes() == null ? new byte[0] : a.bytes(), a.name()))) {
                    attachments.add(new Attachment(a.name(), a.bytes(), a.size()));
                }
            }
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            throw damaged(name, MAIL, e);
        }
        return attachments;
    }

    /**
     * The files in a digest format (HTML, text, markdown, DOCX; no PDF in a PDF) attached to a PDF whose pages are only
     * a short cover ({@link AttachedFiles}); the loader reads the first whose text has entries, as for an e-mail.
     */
    private List<Attachment> pdfAttachments(byte[] bytes, String name) throws UnreadableDocumentException {
        long maxBytes = Math.min(this.maxBytes, DocumentBudget.current().limits().maxFileBytes());
        List<Attachment> attachments = new ArrayList<>();
        try (PDDocument document = load(bytes, name, PDF)) {
            for (AttachedFiles.Attached a : AttachedFiles.digestsBehindCover(document)) {
                byte[] attached = a.bytes(maxBytes);
                MediaType type = detect(attached == null ? new byte[0] : attached, a.name());
                if (isDigestFormat(type) && !PDF.equals(type)) {
                    attachments.add(new Attachment(a.name(), attached, attached == null ? maxBytes + 1 : attached.length));
                }
            }
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            throw damaged(name, PDF, e);
        }
        return attachments;
    }

    /**
     * The text of a PDF portfolio whose pages are a short cover ({@link AttachedFiles#portfolioParts}): the cover's
     * text, then each attached PDF's, in the portfolio's order, each read as that file on disk would be (its own
     * limits; the attached files of an attached PDF are not looked at). Empty for any other file.
     */
    public Optional<ExtractedText> portfolioText(Path file, ExtractedText cover) throws UnreadableDocumentException {
        String name = file.getFileName().toString();
        byte[] bytes = read(file, name);
        if (bytes.length == 0 || !PDF.equals(detect(bytes, name))) {
            return Optional.empty();
        }
        long maxBytes = Math.min(this.maxBytes, DocumentBudget.current().limits().maxFileBytes());
        StringBuilder text = new StringBuilder(cover.text().strip());
        try (PDDocument document = load(bytes, name, PDF)) {
            for (AttachedFiles.Attached part : AttachedFiles.portfolioParts(document)) {
                String partName = name + ": the attached '" + part.name() + "'";
                byte[] attached = part.bytes(maxBytes);
                if (attached == null) {
                    throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                            partName + ": more than the " + maxBytes + " bytes a digest may have");
                }
                if (attached.length == 0 || !PDF.equals(detect(attached, part.name()))) {
                    continue; // named a PDF, but not one
                }
                text.append("\n\n").append(parsePdf(attached, partName, PDF).text().strip());
            }
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            throw damaged(name, PDF, e);
        }
        return text.length() == cover.text().strip().length() ? Optional.empty()
                : Optional.of(cover.withText(text.append('\n').toString()));
    }

    /**
     * The text of a file attached to the e-mail {@code mailName}, read as that file on disk would be (the same size,
     * zip and character limits); a reject names both the message and the attachment.
     */
    public ExtractedText extractAttached(String mailName, Attachment attachment) throws UnreadableDocumentException {
        String name = mailName + ": the attached '" + attachment.name() + "'";
        if (attachment.bytes() == null) {
            long maxBytes = Math.min(this.maxBytes, DocumentBudget.current().limits().maxFileBytes());
            throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                    name + ": " + attachment.size() + " bytes or more is more than the " + maxBytes + " bytes a digest may have");
        }
        byte[] bytes = attachment.bytes();
        return extract(bytes, name, bytes.length == 0 ? null : detect(bytes, attachment.name()));
    }

    private boolean isDigestFormat(MediaType type) {
        return WORD.contains(type) || OfficeDocumentFormats.contains(type) || PDF.equals(type) || HTML.contains(type)
                || isPlainText(type);
    }

    /** The text of a file's bytes of the detected {@code type} (null when empty), {@code name} naming it in a reject. */
    private ExtractedText extract(byte[] original, String name, MediaType type) throws UnreadableDocumentException {
        byte[] bytes = original;
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(RejectReason.EMPTY, name + ": the file is empty (0 bytes)");
        }
        ExtractedText result;
        if (WORD.contains(type) && !type.equals(MediaType.application("msword"))) {
            ZipBombCheck.check(bytes, name, DocumentBudget.current().limits());
        }
        OfficeDocumentFormats.checkPackage(bytes, type, name, DocumentBudget.current().limits());
        if (WORD.contains(type) && !type.equals(MediaType.application("msword"))) {
            bytes = DocxAcceptedText.of(bytes);
        }
        Optional<ExtractedText> imported = WORD.contains(type) ? readAltChunks(bytes, name, type) : Optional.empty();
        if (imported.isPresent()) {
            result = imported.get();
        } else if (PDF.equals(type)) {
            result = parsePdf(bytes, name, type);
        } else if (WORD.contains(type)) {
            result = parseWord(bytes, original, name, type);
        } else if (OfficeDocumentFormats.contains(type)) {
            result = parseMarkup(OfficeDocumentFormats.readable(bytes, type), name, type, UnaryOperator.identity(),
                    LightMarkdownHandler::wordProcessorOutput);
        } else if (HTML.contains(type)) {
            result = parseMarkup(bytes, name, type);
        } else if (RELATED.equals(type)) {
            result = parseWebArchive(bytes, name, type);
        } else if (MAIL.equals(type)) {
            result = parseMail(bytes, name, type);
        } else if (MBOX.equals(type)) {
            result = parseMailbox(bytes, name, type);
        } else if (isPlainText(type)) {
            result = parsePlainText(bytes, name, type);
        } else {
            throw new UnreadableDocumentException(RejectReason.UNSUPPORTED_TYPE,
                    name + ": unsupported file type " + type + " (a digest must be text, markdown, HTML, PDF, DOCX, Word 97 .doc, RTF, ODT, a saved e-mail or web page)");
        }
        result = result.withText(quotedMessageRead(result.text()));
        // the one place digest text enters: no NUL or other control character goes further
        result = result.withText(ControlCharacters.strip(result.text()));
        if (result.text().isBlank()) {
            throw new UnreadableDocumentException(RejectReason.EMPTY, name + ": no text found in the " + type + " file");
        }
        refuseOverCharacterLimit(name, result.text());
        return result;
    }

    private static void refuseOverCharacterLimit(String name, String text) throws UnreadableDocumentException {
        int maxChars = DocumentBudget.current().limits().maxDigestChars();
        if (text.length() > maxChars) {
            throw new UnreadableDocumentException(RejectReason.TOO_LARGE, name + ": " + text.length()
                    + " characters is more than the " + maxChars + " characters a digest may have");
        }
    }

    /**
     * A plain-text file: markdown through its readers; a wiki's or a markup language's source, or a screen reader's
     * speech log ({@link ScreenReaderSpeech}), by its own evidence, as light markdown (Org-mode, a forum post's BBCode, Jira / Confluence wiki markup, MediaWiki, AsciiDoc, reStructuredText); any other text as
     * it is.
     */
    private ExtractedText parsePlainText(byte[] bytes, String name, MediaType type) throws UnreadableDocumentException {
        ExtractedText decoded = decodeRaw(bytes, type);
        // stopped before the repairs and readers walk it: they keep a text's length, give or take its line ends
        refuseOverCharacterLimit(name, decoded.text());
        if (!type.getSubtype().contains("markdown") && OrgModeText.isOrgMode(decoded.text())) {
            // read before the plain-text repairs: a headline's planning line and drawer are no items under a label
            return decoded.withText(plainBody(OrgModeText.toMarkdown(normaliseLineEnds(decoded.text()))));
        }
        if (!type.getSubtype().contains("markdown") && ZimWikiText.isZimPage(decoded.text())) {
            // read before the plain-text repairs: a check box line is an item, not a bracketed note
            return decoded.withText(plainBody(ZimWikiText.toMarkdown(normaliseLineEnds(decoded.text()))));
        }
        if (!type.getSubtype().contains("markdown") && ScreenReaderSpeech.isSpeechLog(decoded.text())) {
            // read before the plain-text repairs: the reader's announcements are no indentation or wrapping of the text
            return decoded.withText(plainBody(ScreenReaderSpeech.toMarkdown(normaliseLineEnds(decoded.text()))));
        }
        Optional<String> sheet = type.getSubtype().contains("markdown") ? Optional.empty()
                : SheetText.read(normaliseLineEnds(decoded.text()));
        if (sheet.isPresent()) {
            // read before the plain-text repairs: a quoted cell's lines are no wrapped or indented lines
            return decoded.withText(plainBody(sheet.get()));
        }
        ExtractedText result = decoded.withText(plainBody(decoded.text()));
        if (type.getSubtype().contains("markdown")) {
            String markdown = MarkdownHighlights.read(MarkdownToggles.read(MarkdownAdmonitions.read(
                    MarkdownShortcodes.read(MdxComponents.read(GridTables.read(OutlinerPages.read(
                    MarkdownQuoteFences.read(CriticMarkup.accept(MultiMarkdownText.read(result.text()))))))))));
            result = withHtmlBlocksRead(result.withText(markdown), name);
            result = result.withText(MarkdownDefinitionLists.read(MarkdownPipeTables.read(result.text())));
        } else if (BbCodeText.isBbCode(result.text())) {
            result = result.withText(BbCodeText.toMarkdown(result.text()));
        } else if (JiraWikiMarkup.isWikiMarkup(result.text())) {
            result = result.withText(JiraWikiMarkup.toMarkdown(result.text()));
        } else if (!type.getSubtype().contains("asciidoc") && WikiText.isWikiText(result.text())) {
            result = result.withText(WikiText.toMarkdown(result.text()));
        } else if (type.getSubtype().contains("asciidoc") || AsciiDocText.isAsciiDoc(result.text())) {
            result = result.withText(AsciiDocText.toMarkdown(result.text()));
        } else if (RestructuredText.isRestructuredText(result.text())) {
            result = result.withText(RestructuredText.toMarkdown(GridTables.read(result.text())));
        } else {
            result = result.withText(GridTables.read(DumpedLinkReferences.read(result.text())));
        }
        return result;
    }

    private byte[] read(Path file, String name) throws UnreadableDocumentException {
        try {
            long size = Files.size(file);
            long maxBytes = Math.min(this.maxBytes, DocumentBudget.current().limits().maxFileBytes());
            if (size > maxBytes) {
                throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                        name + ": " + size + " bytes is more than the " + maxBytes + " bytes a digest may have");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private MediaType detect(byte[] bytes, String name) throws UnreadableDocumentException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = TikaInputStream.get(bytes)) {
            MediaType detected = detector.detect(in, metadata).getBaseType();
            return CommentLedHtml.isHtml(name, detected.toString(), bytes) ? MediaType.TEXT_HTML : detected;
        } catch (IOException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, name + ": type detection failed (" + e.getMessage() + ")", e);
        }
    }

    /** text/plain and its specialisations (markdown, csv, ...); HTML and XML are handled before. */
    private boolean isPlainText(MediaType type) {
        return type.equals(MediaType.TEXT_PLAIN) || registry.isSpecializationOf(type, MediaType.TEXT_PLAIN)
                && !registry.isSpecializationOf(type, MediaType.APPLICATION_XML);
    }

    private static ExtractedText decodeText(byte[] bytes, MediaType type) {
        ExtractedText decoded = decodeRaw(bytes, type);
        return decoded.withText(plainBody(decoded.text()));
    }

    /**
     * The text in its detected charset, as it is shown (terminal control sequences taken out, {@link TerminalEscapes};
     * backspace overstrikes resolved, {@link OverstruckText}).
     */
    private static ExtractedText decodeRaw(byte[] bytes, MediaType type) {
        CharsetSniffer.Detected detected = CharsetSniffer.detect(bytes);
        Charset charset = detected.charset();
        String decoded = Utf16Units.decodes(charset) ? Utf16Units.decode(bytes, detected.bomLength(), charset)
                : new String(bytes, detected.bomLength(), bytes.length - detected.bomLength(), charset);
        String text = OverstruckText.resolve(TerminalEscapes.strip(decoded));
        return new ExtractedText(type.toString(), charset.name(), text);
    }

    /** A markdown file's raw HTML blocks and links read with the HTML rules (its tags are not text). */
    private ExtractedText withHtmlBlocksRead(ExtractedText markdown, String name) throws UnreadableDocumentException {
        String text = MarkdownHtmlBlocks.read(markdown.text(), html -> parseMarkup(html.getBytes(StandardCharsets.UTF_8),
                name, MediaType.TEXT_HTML).text());
        return new ExtractedText(markdown.mediaType(), markdown.charset(), text);
    }

    /**
     * A plain-text body: a DOS bullet byte read as a bullet ({@link DosBullets}); its form feeds' page furniture
     * dropped, and a pasted PDF's feet and heads inside a sentence
     * ({@link PastedPageBreaks}); links and words its line wrapping cut made whole; items typed one a line under their
     * label with no bullet marked as items ({@link IndentedItemLines}).
     */
    private static String plainBody(String text) {
        return IndentedItemLines.marked(CutWordPieces.join(WrappedAngleLinks.join(PastedPageBreaks.withoutFurniture(
                FormFeedPages.withoutFurniture(DosBullets.read(normaliseLineEnds(text)))))));
    }

    /**
     * A message printed or pasted with the digest it quotes (of any format: a mail client's print is a PDF) read as a
     * saved e-mail's quoted body is ({@link QuotedMailText}, {@link MailBody}); any other text as it is.
     */
    private static String quotedMessageRead(String text) {
        if (!QuotedMailText.isQuotedMessage(text)) {
            return text;
        }
        return plainBody(MailBody.withoutSignature(QuotedMailText.read(text, QuotedMailText.Format.FIXED)));
    }

    /**
     * A saved e-mail: its plain-text body read as a text digest, else its HTML body as an HTML one; a mailing list's MIME
     * digest its posts' bodies in turn ({@link MailBody#readAll}).
     */
    private ExtractedText parseMail(byte[] bytes, String name, MediaType type) throws UnreadableDocumentException {
        MailBody.Mail mail = mailParts(bytes, name, type);
        List<MailBody.Part> parts = mail.parts();
        if (parts.isEmpty()) {
            throw new UnreadableDocumentException(RejectReason.EMPTY, name + ": the e-mail has no text/plain or text/html part");
        }
        // the month it was sent in stands where the text names none, as a PDF's running head does
        return new ExtractedText(type.toString(), parts.get(0).charset().name(), mailText(parts, name), mail.sent());
    }

    /**
     * An mbox file (a message saved with its envelope line, or a small mailbox): each message read as a saved e-mail,
     * in order; a mailbox of more messages than a digest is refused as too large.
     */
    private ExtractedText parseMailbox(byte[] bytes, String name, MediaType type) throws UnreadableDocumentException {
        List<MailBody.Part> parts = new ArrayList<>();
        List<YearMonth> sent = new ArrayList<>();
        try {
            for (byte[] message : MailboxMessages.split(bytes)) {
                MailBody.Mail mail = mailParts(message, name, type);
                parts.addAll(mail.parts());
                if (mail.sent() != null) {
                    sent.add(mail.sent());
                }
            }
        } catch (MailboxMessages.TooManyMessages e) {
            throw new UnreadableDocumentException(RejectReason.TOO_LARGE, name + ": a mailbox of " + e.count()
                    + " messages is more than the " + MailboxMessages.MAX_MESSAGES + " a digest file may hold", e);
        }
        if (parts.isEmpty()) {
            throw new UnreadableDocumentException(RejectReason.EMPTY, name + ": the mailbox has no message with a text/plain or text/html part");
        }
        return new ExtractedText(type.toString(), parts.get(0).charset().name(), mailText(parts, name), MailboxMessages.mostSentIn(sent));
    }

    private static MailBody.Mail mailParts(byte[] bytes, String name, MediaType type) throws UnreadableDocumentException {
        try {
            return MailBody.readAll(bytes);
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            throw damaged(name, type, e);
        }
    }

    /** The parts' texts, each read as the text or HTML it is, one after another. */
    private String mailText(List<MailBody.Part> parts, String name) throws UnreadableDocumentException {
        StringBuilder text = new StringBuilder();
        for (MailBody.Part part : parts) {
            // an HTML body's '-- ' line opens its signature as a plain one's does (Thunderbird's moz-signature, Outlook's)
            String partText = MailBody.withoutListFooter(part.html()
                    ? MailBody.withoutSignature(parseMarkup(MailBody.htmlBytes(part), name, MediaType.TEXT_HTML).text())
                    : plainBody(part.text()));
            if (parts.size() == 1) {
                return partText;
            }
            if (!partText.isBlank()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(partText.strip()).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * A DOCX body that is only imported parts ({@link DocxAltChunks}): each read as the page or text it is, in body
     * order; empty when it has none this extractor reads (then Tika reads the package).
     */
    private Optional<ExtractedText> readAltChunks(byte[] docx, String name, MediaType type)
            throws UnreadableDocumentException {
        StringBuilder text = new StringBuilder();
        for (DocxAltChunks.Chunk chunk : DocxAltChunks.ofTextlessBody(docx)) {
            MediaType chunkType = detect(chunk.bytes(), chunk.name());
            String chunkText = null;
            if (RELATED.equals(chunkType) || MAIL.equals(chunkType)) {
                chunkText = parseWebArchive(chunk.bytes(), name, chunkType).text();
            } else if (HTML.contains(chunkType)) {
                chunkText = parseMarkup(chunk.bytes(), name, chunkType).text();
            } else if (isPlainText(chunkType)) {
                chunkText = decodeText(chunk.bytes(), chunkType).text();
            }
            if (chunkText != null && !chunkText.isBlank()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(chunkText.strip());
            }
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(new ExtractedText(type.toString(), null, text + "\n"));
    }

    /** A saved web page (MHTML): its root HTML part read as an HTML digest; without one, read as a saved e-mail. */
    private ExtractedText parseWebArchive(byte[] bytes, String name, MediaType type) throws UnreadableDocumentException {
        Optional<WebArchive.Page> page;
        try {
            page = WebArchive.read(bytes);
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            throw damaged(name, type, e);
        }
        if (page.isEmpty()) {
            return parseMail(bytes, name, type);
        }
        ExtractedText html = parseMarkup(page.get().html(), name, MediaType.TEXT_HTML, page.get().links());
        return new ExtractedText(type.toString(), html.charset(), html.text(), null, true);
    }

    private ExtractedText parseMarkup(byte[] bytes, String name, MediaType type) throws UnreadableDocumentException {
        return parseMarkup(bytes, name, type, UnaryOperator.identity());
    }

    /**
     * A Word document ({@code bytes} as {@link DocxAcceptedText} made them from the file's {@code original} ones); a
     * Strict Open XML one that still cannot be read is refused as the format it is, not as a damaged file.
     */
    private ExtractedText parseWord(byte[] bytes, byte[] original, String name, MediaType type)
            throws UnreadableDocumentException {
        try {
            return parseMarkup(bytes, name, type);
        } catch (UnreadableDocumentException e) {
            if (e.reason() != RejectReason.CORRUPT || !StrictOpenXml.isStrict(original)) {
                throw e;
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new UnreadableDocumentException(RejectReason.UNSUPPORTED_TYPE, name + ": a Strict Open XML document"
                    + " (ISO/IEC 29500 Strict) that could not be read as a Word document (" + cause.getMessage()
                    + "); save it as 'Word Document (*.docx)'", cause);
        }
    }

    private ExtractedText parseMarkup(byte[] bytes, String name, MediaType type, UnaryOperator<String> links)
            throws UnreadableDocumentException {
        return parseMarkup(bytes, name, type, links, handler -> { });
    }

    private ExtractedText parseMarkup(byte[] bytes, String name, MediaType type, UnaryOperator<String> links,
                                      Consumer<LightMarkdownHandler> reading)
            throws UnreadableDocumentException {
        Metadata metadata = metadata(name, type);
        if (MediaType.TEXT_HTML.equals(type) && CommentLedHtml.opensWithComment(bytes)) {
            // Tika's own detector would type it XML again by that comment
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.toString());
        }
        LightMarkdownHandler handler = new LightMarkdownHandler(noiseRules, false, links, (html, into) -> readFrame(html, into, name));
        reading.accept(handler);
        tikaParse(parser, bytes, handler, metadata, pdfConfig(false), name, type);
        String charset = HTML.contains(type) ? metadata.get(HttpHeaders.CONTENT_ENCODING) : null;
        // what a page says of itself apart from its text: its masthead (dropped as furniture), else its title
        YearMonth ownMonth = HTML.contains(type) ? PageEdgeDates.namedIn(handler.mastheadText(),
                metadata.get(TikaCoreProperties.TITLE)) : null;
        return new ExtractedText(type.toString(), charset, BrokenLineItems.marked(normaliseLineEnds(handler.markdown())),
                ownMonth);
    }

    /**
     * The document an {@code <iframe srcdoc>} shows, parsed as HTML into the page's handler where the frame stands; a
     * document that cannot be parsed shows nothing (a limit reached stops the whole file, as in the page itself).
     */
    private void readFrame(String html, LightMarkdownHandler into, String name) {
        Metadata metadata = metadata(name, MediaType.TEXT_HTML);
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, MediaType.TEXT_HTML.toString());
        try {
            tikaParse(parser, html.getBytes(StandardCharsets.UTF_8), into, metadata, pdfConfig(false), name, MediaType.TEXT_HTML);
        } catch (UnreadableDocumentException e) {
            // the frame shows nothing readable: the page is read without it
        }
    }

    /**
     * A PDF, opened once: its page lines first (their reader stops a page past the character limit before anything
     * reads it whole), then its structure; its text through the layout model when tags cover it, else Tika's text of
     * the same loaded document with the layout repairs and the outline's headings.
     */
    private ExtractedText parsePdf(byte[] bytes, String name, MediaType type) throws UnreadableDocumentException {
        try (PDDocument document = PdfOpener.repaired(load(bytes, name, type), DocumentTextExtractor::layoutRepairs)) {
            PdfPageLines.Pages pageLines = PdfPageLines.read(document);
            PdfStructure structure = PdfStructure.read(document);
            YearMonth edgeMonth = PageEdgeDates.month(PageEdges.lines(pageLines.lines()));
            if (structure.taggedText().isPresent()) {
                return new ExtractedText(type.toString(), null, PaintedSoftHyphens.shown(structure.taggedText().get()), edgeMonth);
            }
            // Tika's text has no rule for what a viewer does not show: it reads the pages with it taken out
            UnseenTextRemoval.removeFrom(document, pageLines.unseenPages());
            CommentAnnotations.removeFrom(document); // a reader's notes on the pages are no text of them
            LightMarkdownHandler handler = new LightMarkdownHandler(noiseRules, true);
            tikaParse(new LoadedPdfParser(document), bytes, handler, metadata(name, type), pdfConfig(pageLines.byPosition()),
                    name, type);
            String text = WordSpaces.restore(normaliseLineEnds(handler.markdown()), pageLines.respaced());
            text = DropCapText.join(text, pageLines.dropCapped());
            text = BadgeNumbers.leftOut(text, pageLines.badgeNumbered());
            text = DisplayQuotes.leftOut(text, pageLines.displayQuotes());
            text = LayoutDigestText.withOutlineHeadings(PdfLayoutRepair.repair(text, pageLines.lines()), structure.outline());
            text = OutlineOnlyTitles.insert(text, structure.outline(), pageLines.lines());
            return new ExtractedText(type.toString(), null, PaintedSoftHyphens.shown(text), edgeMonth);
        } catch (IOException e) {
            throw damaged(name, type, e); // closing the document
        }
    }

    private static PDDocument load(byte[] bytes, String name, MediaType type) throws UnreadableDocumentException {
        try {
            return PdfOpener.load(bytes);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(RejectReason.ENCRYPTED, name + ": the " + type + " file is encrypted", e);
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            String message = String.valueOf(e.getMessage());
            if (message.contains("No security handler")) {
                throw new UnreadableDocumentException(RejectReason.ENCRYPTED, name + ": the " + type + " file is encrypted", e);
            }
            throw damaged(name, type, e);
        }
    }

    /** A digest's pages as the sniff reads them (imposed sheets taken apart), and frames read out of place in place. */
    private static void layoutRepairs(PDDocument document) {
        PdfOpener.SEPARATE_IMPOSED_PAGES.accept(document);
        FramedColumns.readInPlace(document);
        RuledColumns.readInPlace(document);
    }

    private static Metadata metadata(String name, MediaType type) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        return metadata;
    }

    private static void tikaParse(Parser parser, byte[] bytes, LightMarkdownHandler handler, Metadata metadata,
                                  PDFParserConfig pdfConfig, String name, MediaType type)
            throws UnreadableDocumentException {
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(PDFParserConfig.class, pdfConfig);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(RejectReason.ENCRYPTED, name + ": the " + type + " file is encrypted", e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            throw damaged(name, type, e);
        }
    }

    private static UnreadableDocumentException damaged(String name, MediaType type, Exception e) {
        Optional<String> limit = ParseFailures.limitReached(e);
        if (limit.isPresent()) {
            return new UnreadableDocumentException(RejectReason.TOO_LARGE,
                    name + ": the " + type + " file is refused: " + limit.get(), e);
        }
        return new UnreadableDocumentException(RejectReason.CORRUPT,
                name + ": the " + type + " file is damaged or cannot be parsed (" + ParseFailures.cause(e) + ")", e);
    }

    /**
     * Tika's PDF settings, but without the outline's titles as a list after the text: they are not text of the
     * digest (the outline is read apart, {@link OutlineReader}), and a digest's own title would become an item; nor
     * the form fields' values after it: the filled ones are read in place on their pages ({@link FormFieldValues}).
     * Stream order, as written, unless its lines run up the pages ({@code byPosition}, see {@link PdfPageLines}).
     */
    private static PDFParserConfig pdfConfig(boolean byPosition) {
        PDFParserConfig config = new PDFParserConfig();
        config.setExtractBookmarksText(false);
        config.setExtractAcroFormContent(false); // filled text fields are on the pages (FormFieldValues); a box's tick is no text
        config.setSortByPosition(byPosition);
        return config;
    }

    /** What a PDF says about itself: its text through the layout model when tags cover it, and its outline. */
    private record PdfStructure(Optional<String> taggedText, List<OutlineReader.Entry> outline) {
        static final PdfStructure NONE = new PdfStructure(Optional.empty(), List.of());

        static PdfStructure read(PDDocument document) {
            try {
                return new PdfStructure(LayoutDigestText.read(document, Integer.MAX_VALUE), OutlineReader.read(document));
            } catch (RuntimeException e) {
                DocumentGuard.rethrowIfStopped(e);
                return NONE; // Tika reads it, or says why it cannot
            }
        }
    }

    private static String normaliseLineEnds(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
