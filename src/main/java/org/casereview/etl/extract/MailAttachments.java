package org.casereview.etl.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;

/**
 * The files a saved e-mail carries as attachments, in message order: parts whose Content-Disposition is
 * {@code attachment}, or that name a file and are no picture (an inline logo or signature image). Only the first
 * {@value #MAX_ATTACHMENTS} are listed, and an attachment larger than {@code maxBytes} is listed without its bytes, so
 * that a message of many or huge files costs no more than a few digests.
 */
final class MailAttachments {

    /** A covering note sends one digest, perhaps with a few other files; more are not looked at. */
    static final int MAX_ATTACHMENTS = 5;

    /**
     * An attached file: its name (the part's file name, else its type), its bytes (null when larger than the limit) and
     * its size.
     */
    record Attachment(String name, byte[] bytes, long size) {
    }

    private MailAttachments() {
    }

    static List<Attachment> read(byte[] mail, long maxBytes) throws IOException {
        Message message = MailBody.parse(mail);
        try {
            List<Entity> parts = new ArrayList<>();
            collect(message, parts);
            List<Attachment> attachments = new ArrayList<>();
            for (Entity part : parts) {
                attachments.add(attachment(part, maxBytes));
            }
            return attachments;
        } finally {
            message.dispose();
        }
    }

    private static void collect(Entity entity, List<Entity> parts) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                collect(part, parts);
            }
        } else if (body instanceof Message forwarded) {
            collect(forwarded, parts);
        } else if (body instanceof SingleBody && isAttachment(entity) && parts.size() < MAX_ATTACHMENTS) {
            parts.add(entity);
        }
    }

    private static boolean isAttachment(Entity part) {
        boolean picture = part.getMimeType().toLowerCase(Locale.ROOT).startsWith("image/");
        return "attachment".equalsIgnoreCase(part.getDispositionType()) || part.getFilename() != null && !picture;
    }

    private static Attachment attachment(Entity part, long maxBytes) throws IOException {
        String name = part.getFilename() != null && !part.getFilename().isBlank() ? part.getFilename().strip()
                : "attachment (" + part.getMimeType() + ")";
        try (InputStream in = ((SingleBody) part.getBody()).getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return new Attachment(name, null, bytes.length);
            }
            return new Attachment(name, bytes, bytes.length);
        }
    }
}
