package dev.moderato.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.moderato.support.ServiceLogs;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A real SMTP server (GreenMail) on a free port, and the service's mail settings pointing at it. */
public class MailProfile implements QuarkusTestProfile {

    static final int PORT = freePort();

    /** A new SMTP server on the profile's port, started; one per test, as a stopped GreenMail forgets what it received. */
    public static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "moderato.mail.host", "127.0.0.1",
                "moderato.mail.port", String.valueOf(PORT),
                "moderato.mail.start-tls", "false",
                "moderato.mail.from", "comments@news.example.com",
                "moderato.notify.moderator-emails", "desk@news.example.com,chief@news.example.com",
                "moderato.notify.moderator-interval", "1h",
                "moderato.notify.base-url", "https://comments.news.example.com/");
    }

    /** Chosen once per JVM: the profile is also loaded by Quarkus's class loader, with statics of its own. */
    private static synchronized int freePort() {
        String chosen = System.getProperty("moderato-test.smtp-port");
        if (chosen != null) {
            return Integer.parseInt(chosen);
        }
        try {
            int port = ServiceLogs.freePort();
            System.setProperty("moderato-test.smtp-port", String.valueOf(port));
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
