package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;

import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Multipart;

/**
 * The parts a mail client shows one after another in a {@code multipart/mixed} message (RFC 2046 5.1.3: its parts are
 * independent and shown in order): every part that is not an attachment and holds text, a plain or HTML body or an
 * alternative or related group of them. A mailing list's manager adds its header or footer to a message that is not
 * plain text as a part of its own before or after the body (Mailman's {@code msg_footer}), and a web mailer may send
 * the body as HTML with a plain-text note after it: the body is one of the parts, not always the first plain one.
 */
final class MixedParts {

    private static final int MIN_SHOWN = 2;

    private MixedParts() {
    }

    /**
     * The shown parts of the message's {@code multipart/mixed} body (the message's own, or the one its single-part
     * wrapper holds), in order; none when it has fewer than two, so that the message is read as one text part.
     */
    static List<Entity> shown(Entity message) {
        Body body = message.getBody();
        if (!(body instanceof Multipart multipart) || !"mixed".equalsIgnoreCase(multipart.getSubType())) {
            return List.of();
        }
        List<Entity> shown = new ArrayList<>();
        for (Entity part : multipart.getBodyParts()) {
            if (!"attachment".equalsIgnoreCase(part.getDispositionType()) && holdsText(part)) {
                shown.add(part);
            }
        }
        return shown.size() >= MIN_SHOWN ? shown : List.of();
    }

    private static boolean holdsText(Entity part) {
        String type = part.getMimeType();
        return "text/plain".equalsIgnoreCase(type) || "text/html".equalsIgnoreCase(type)
                || "multipart/alternative".equalsIgnoreCase(type) || "multipart/related".equalsIgnoreCase(type);
    }
}
