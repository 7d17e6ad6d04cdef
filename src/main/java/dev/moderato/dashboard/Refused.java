package dev.moderato.dashboard;

/** A dashboard request refused with the 403 page: a post from another site, a form without its token, or not an administrator. */
class Refused extends RuntimeException {

    enum Why { CROSS_SITE, FORGED, ADMIN_ONLY }

    final Why why;

    Refused(Why why) {
        super("refused: " + why, null, false, false);
        this.why = why;
    }
}
