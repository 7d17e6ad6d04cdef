package dev.moderato.importing;

/** An export that cannot be imported as a whole: nothing of it is stored. A 400, or a 413 when {@link #tooLarge}. */
public class ImportRefused extends RuntimeException {

    private final boolean tooLarge;

    ImportRefused(String detail) {
        this(detail, false);
    }

    ImportRefused(String detail, boolean tooLarge) {
        super(detail, null, false, false);
        this.tooLarge = tooLarge;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
