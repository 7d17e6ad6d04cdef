package dev.moderato.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The service's Prometheus page, /q/metrics on the management port, read one sample at a time as a scraper reads it. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * The value of one sample, named as the page writes it, labels included
     * ({@code moderato_submissions_total{outcome="accepted"}}); fails the test when the page does not publish it.
     */
    public static double value(String sample) {
        Double value = find(sample);
        if (value == null) {
            throw new AssertionError("/q/metrics does not publish " + sample);
        }
        return value;
    }

    /** A counter's value, 0 before its first increment: Micrometer publishes a counter only once it is used. */
    public static double counted(String sample) {
        Double value = find(sample);
        return value == null ? 0 : value;
    }

    /** moderato_submissions_total for one outcome. */
    public static double submissions(String outcome) {
        return counted("moderato_submissions_total{outcome=\"" + outcome + "\"}");
    }

    /** moderato_decisions_total for one action: the decisions applied. */
    public static double decisions(String action) {
        return counted("moderato_decisions_total{action=\"" + action + "\"}");
    }

    private static Double find(String sample) {
        String page = Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(sample) + " ([0-9.eE+-]+)$").matcher(page);
        return matcher.find() ? Double.valueOf(matcher.group(1)) : null;
    }
}
