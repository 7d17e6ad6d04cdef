package dev.moderato.submission;

/** Where a submission comes from: client details kept for moderators only. */
public record Origin(String ip, String userAgent) {

    @Override
    public String toString() {
        return "Origin[…]";
    }
}
