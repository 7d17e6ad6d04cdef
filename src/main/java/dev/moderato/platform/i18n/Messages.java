package dev.moderato.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Sentences for readers from the same bundles as the validation messages, in their language. */
public final class Messages {

    private Messages() {
    }

    public static String get(String key, Locale locale, Object... arguments) {
        String pattern = ResourceBundle.getBundle("ValidationMessages", locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
