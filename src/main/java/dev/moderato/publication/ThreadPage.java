package dev.moderato.publication;

import java.util.List;

/** One page of a thread's approved comments, oldest first. */
public record ThreadPage(String thread, long total, int page, int size, List<PublicComment> items) {
}
