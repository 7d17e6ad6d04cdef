package dev.moderato.notify;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** The parts of a received mail, decoded. */
final class Mails {

    private Mails() {
    }

    static String part(MimeMessage message, String type) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                String found = find(multipart, type);
                if (found != null) {
                    return found;
                }
            }
            throw new AssertionError("no " + type + " part in " + message.getContentType());
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String find(Multipart multipart, String type) throws jakarta.mail.MessagingException, java.io.IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            } else if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
        }
        return null;
    }
}
