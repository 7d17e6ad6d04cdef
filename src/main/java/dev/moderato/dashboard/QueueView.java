package dev.moderato.dashboard;

import dev.moderato.moderation.ModeratedComment;
import dev.moderato.moderation.QueueGlance;
import dev.moderato.moderation.QueuePage;

import java.util.List;
import java.util.Map;

/**
 * A queue page as the template shows it: the comments, the replies' parents, the numbers at a glance, and what the
 * last post did ({@code done}, with a bulk decision's counts).
 */
public record QueueView(QueueFilter filter, QueuePage page, Map<String, ModeratedComment> parents, QueueGlance glance,
                        String done, BulkCounts bulk, String select) {

    /** What a bulk decision did, shown after it. */
    public record BulkCounts(long applied, long unchanged, long conflicts, long missing, long remaining) {
    }

    public List<ModeratedComment> items() {
        return page.items();
    }

    public ModeratedComment parentOf(ModeratedComment comment) {
        return comment.parentId() == null ? null : parents.get(comment.parentId());
    }

    public boolean hasPrevious() {
        return filter.page() > 0;
    }

    /** Whether there is a page after this one: the queue gave a cursor to it. */
    public boolean hasNext() {
        return page.next() != null;
    }

    /** The id after this one on the page: what is selected once this one is decided and leaves the queue. */
    public String nextAfter(ModeratedComment comment) {
        List<ModeratedComment> items = page.items();
        int at = items.indexOf(comment);
        if (at + 1 < items.size()) {
            return items.get(at + 1).id();
        }
        return at > 0 ? items.get(at - 1).id() : "";
    }

    /** The page before by offset; after a cursor, the first page (a cursor leads forward only). */
    public String previousUrl() {
        return filter.after() == null ? filter.pageUrl(filter.page() - 1) : filter.firstUrl();
    }

    /** The next page, by the cursor after this page's last comment: as fast at page 40,000 as at page 2. */
    public String nextUrl() {
        return filter.nextUrl(page.next());
    }

    /** The page's number as people count: from 1. */
    public int pageNumber() {
        return filter.page() + 1;
    }

    /** The spam filter's score as the page shows it, two decimals rounded down as in its explanation: "0.93". */
    public String scoreOf(ModeratedComment comment) {
        return String.format(java.util.Locale.ROOT, "%.2f", Math.floor(comment.spamScore() * 100) / 100);
    }

    /** Why the filter scored it so: its reason's detail (the words that weighed most), when it held or binned it. */
    public String explanationOf(ModeratedComment comment) {
        return comment.reasons().stream().filter(reason -> reason.code().equals("classifier"))
                .map(dev.moderato.comment.Reason::detail).findFirst().orElse(null);
    }

    public List<String> reasons() {
        return QueueFilter.REASONS;
    }

    public List<String> statuses() {
        return QueueFilter.STATUSES;
    }
}
