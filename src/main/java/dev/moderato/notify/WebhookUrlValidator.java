package dev.moderato.notify;

import dev.moderato.platform.config.ModeratoConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Checks a webhook URL at registration. Its host's addresses are checked here when it resolves, so that a mistake
 * shows at once; the check that protects is {@link WebhookSender}'s, at every delivery, as DNS answers change.
 */
@ApplicationScoped
public class WebhookUrlValidator implements ConstraintValidator<WebhookUrl, String> {

    // Looked up on use: Hibernate Validator builds its validators at static init, before runtime config exists.
    private final Instance<ModeratoConfig> config;

    WebhookUrlValidator(Instance<ModeratoConfig> config) {
        this.config = config;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true; // @NotNull says so
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return false;
        }
        if (config.get().webhooks().allowPrivateAddresses() || onPublicAddresses(uri.getHost())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{webhook.url.private}").addConstraintViolation();
        return false;
    }

    private static boolean onPublicAddresses(String host) {
        try {
            return Arrays.stream(InetAddress.getAllByName(host)).allMatch(address -> PublicAddresses.refusal(address).isEmpty());
        } catch (UnknownHostException notYetInDns) {
            return true; // checked again at every delivery
        }
    }
}
