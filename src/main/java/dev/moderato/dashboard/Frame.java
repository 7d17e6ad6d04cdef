package dev.moderato.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What every dashboard page shows around its content: who is signed in (null on the sign-in page), the language
 * and the switch to the other one, and which part of the navigation is current.
 */
public record Frame(Session session, Locale locale, String active, String here) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    static Frame of(Visit visit, Session session, String active) {
        return new Frame(session, visit.locale(), active, visit.returnTo());
    }

    public String lang() {
        return locale.getLanguage();
    }

    /** The language switch: the other language, remembered in a cookie, back to this page. */
    public String switchUrl() {
        String other = lang().equals("fr") ? "en" : "fr";
        return Paths.ROOT + "/language?to=" + other + "&back=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    /** A value as a query parameter's. */
    public String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public boolean isActive(String part) {
        return part.equals(active);
    }

    /** A moment as moderators read it everywhere alike: UTC, to the minute. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** How long ago, roughly: "12 min", "3 h", "2 d" ("2 j" in French). */
    public String age(Instant at) {
        if (at == null) {
            return "";
        }
        long minutes = Math.max(0, Duration.between(at, Instant.now()).toMinutes());
        if (minutes < 120) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        return hours < 48 ? hours + " h" : hours / 24 + (lang().equals("fr") ? " j" : " d");
    }
}
