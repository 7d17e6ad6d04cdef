package dev.moderato.dashboard;

/** The dashboard's addresses, and which ones a redirect may go to. */
final class Paths {

    static final String ROOT = "/dashboard";
    static final String QUEUE = "/dashboard/";
    static final String SIGN_IN = "/dashboard/sign-in";

    private Paths() {
    }

    /** A path of the dashboard on this host: never another host ({@code //evil}, {@code /\evil}) or scheme. */
    static boolean isDashboard(String target) {
        return target != null && target.startsWith(QUEUE) && !target.contains("\\") && !target.startsWith(QUEUE + "/")
                && target.chars().noneMatch(c -> c < 0x21 || c == 0x7f);
    }
}
