package dev.moderato.notify;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link MailProfile}'s SMTP server, without moderators: reply notifications' tests run in a service of their own,
 * so the comments they leave waiting are not counted by the moderators' digest test, and bring no digest.
 */
public class ReplyMailProfile extends MailProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.remove("moderato.notify.moderator-emails");
        return overrides;
    }
}
