package dev.moderato.dashboard;

import dev.moderato.comment.CommentHistory.DayCount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decisions per day as stacked bars, laid out here and drawn by the stats page as inline SVG: no script, no
 * library, nothing from another host. Approvals at the bottom, then rejections, then spam.
 */
public record DecisionChart(List<Bar> bars, List<Tick> ticks, List<Grid> grid, long total) {

    public static final int WIDTH = 840;
    public static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int RIGHT = 8;
    private static final int TOP = 12;
    private static final int BOTTOM = 26;
    private static final List<String> ORDER = List.of("approve", "reject", "spam");

    public record Segment(String kind, String y, String height) {
    }

    public record Bar(String day, String x, String width, List<Segment> segments, long total) {
    }

    public record Tick(String x, String label) {
    }

    public record Grid(String y, long value) {
    }

    static DecisionChart of(List<DayCount> counts, LocalDate today, int days) {
        Map<LocalDate, Map<String, Long>> byDay = new HashMap<>();
        counts.forEach(count -> byDay.computeIfAbsent(count.day(), day -> new HashMap<>()).merge(count.action(), count.count(), Long::sum));
        long max = Math.max(1, byDay.values().stream().mapToLong(day -> day.values().stream().mapToLong(Long::longValue).sum())
                .max().orElse(0));
        long top = niceCeiling(max);
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = (WIDTH - LEFT - RIGHT) / (double) days;
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = today.minusDays(days - 1L - i);
            Map<String, Long> decided = byDay.getOrDefault(day, Map.of());
            double x = LEFT + i * slot + slot * 0.15;
            double base = HEIGHT - BOTTOM;
            List<Segment> segments = new ArrayList<>();
            long dayTotal = 0;
            for (String kind : ORDER) {
                long value = decided.getOrDefault(kind, 0L);
                if (value > 0) {
                    double height = value * plotHeight / top;
                    base -= height;
                    segments.add(new Segment(kind, number(base), number(height)));
                    dayTotal += value;
                }
            }
            total += dayTotal;
            bars.add(new Bar(day.toString(), number(x), number(slot * 0.7), segments, dayTotal));
            if ((days - 1 - i) % 7 == 0) {
                ticks.add(new Tick(number(x + slot * 0.35), day.toString().substring(5)));
            }
        }
        List<Grid> grid = new ArrayList<>();
        for (int step = 0; step <= 4; step++) {
            long value = top * step / 4;
            grid.add(new Grid(number(HEIGHT - BOTTOM - value * plotHeight / top), value));
        }
        return new DecisionChart(bars, ticks, grid, total);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    /** Where the scale's numbers end, left of the plot. */
    public int labelX() {
        return LEFT - 6;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public int labelY() {
        return HEIGHT - 8;
    }

    /** The top of the scale: a round number at or above the busiest day, divisible into four steps. */
    static long niceCeiling(long max) {
        long magnitude = 1;
        while (magnitude * 10 <= max) {
            magnitude *= 10;
        }
        for (long factor : new long[] {1, 2, 4, 5, 8, 10}) {
            if (factor * magnitude >= max && (factor * magnitude) % 4 == 0) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
