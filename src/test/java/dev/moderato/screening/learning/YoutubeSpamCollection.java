package dev.moderato.screening.learning;

import dev.moderato.comment.ContentRules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The four videos of the YouTube Spam Collection in {@code ../shared/data/youtube-spam} (CC BY 4.0; citation in
 * its README), as comments a reader could have typed into Moderato's form: YouTube's HTML undone (line breaks,
 * entities, the text of its links), the byte-order marks YouTube left at the end of each comment and the
 * characters Moderato refuses dropped.
 */
public final class YoutubeSpamCollection {

    /** Where a checkout with the shared folder beside it has the data; {@code -Dmoderato-test.youtube-spam} moves it. */
    public static final Path DIRECTORY = Path.of(System.getProperty("moderato-test.youtube-spam", "../shared/data/youtube-spam"));

    public record Comment(String id, String author, String body, boolean spam) {
    }

    public record Video(String name, List<Comment> comments) {

        public long spam() {
            return comments.stream().filter(Comment::spam).count();
        }

        public long legitimate() {
            return comments.size() - spam();
        }
    }

    private YoutubeSpamCollection() {
    }

    public static boolean isPresent() {
        return Files.isDirectory(DIRECTORY);
    }

    /** Why a test that needs the data skips without it. */
    public static String absence() {
        return "the YouTube Spam Collection is not at " + DIRECTORY.toAbsolutePath().normalize()
                + " (a checkout without ../shared/data); the classifier's evaluation needs it";
    }

    /** The videos in file order: Psy, KatyPerry, LMFAO, Eminem. */
    public static List<Video> videos() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .map(YoutubeSpamCollection::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Video read(Path file) {
        String name = file.getFileName().toString().replaceFirst("^Youtube\\d+-", "").replaceFirst("\\.csv$", "");
        try {
            List<List<String>> rows = csv(Files.readString(file, StandardCharsets.UTF_8));
            List<Comment> comments = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                String body = ContentRules.body(accepted(plain(row.get(3)), true));
                if (!body.isEmpty()) {
                    comments.add(new Comment(row.get(0), ContentRules.trimmed(accepted(plain(row.get(1)), false)), body,
                            row.get(4).strip().equals("1")));
                }
            }
            return new Video(name, List.copyOf(comments));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a reader saw of YouTube's HTML, as Moderato stores a submission (composed, trimmed). */
    static String plain(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
        return document.body().wholeText().replace("\uFEFF", "").replace('\u00A0', ' ').strip();
    }

    /**
     * Without the characters Moderato refuses (a form would have said so, and the reader typed the text again without
     * them): text-direction controls, which wrap the collection's Hebrew and Arabic names.
     */
    static String accepted(String text, boolean multiline) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> ContentRules.forbidden(Character.toString(c), multiline) < 0).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** RFC 4180: quoted fields may hold commas, line breaks and doubled quotes. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (row.size() > 1 || !row.get(0).isEmpty()) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
