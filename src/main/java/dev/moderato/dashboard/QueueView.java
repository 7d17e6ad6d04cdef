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

    public boolean hasNext() {
        long shown = (long) (filter.page() + 1) * page.size();
        return shown < page.total() || !page.totalExact();
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

    public String previousUrl() {
        return filter.pageUrl(filter.page() - 1);
    }

    public String nextUrl() {
        return filter.pageUrl(filter.page() + 1);
    }

    /** The page's number as people count: from 1. */
    public int pageNumber() {
        return filter.page() + 1;
    }

    public List<String> reasons() {
        return QueueFilter.REASONS;
    }

    public List<String> statuses() {
        return QueueFilter.STATUSES;
    }
}
