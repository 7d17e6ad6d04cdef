package dev.moderato.importing;

import dev.moderato.comment.CommentStatus;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The comments of an export that passed the rules, written to a temporary file while the export is read, and read
 * back once the whole export has proved well-formed and within its limit: nothing is stored from a document that
 * turns out truncated, and memory holds one comment at a time however large the export.
 */
final class Spool implements Closeable {

    private static final CommentStatus[] STATUSES = CommentStatus.values();

    private final Path file;
    private final DataOutputStream out;
    private int count;

    Spool() {
        try {
            file = Files.createTempFile("moderato-import-", ".spool");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(ImportedComment comment) {
        try {
            string(comment.sourceId());
            string(comment.parentId());
            string(comment.threadRef());
            string(comment.name());
            string(comment.email());
            string(comment.website());
            string(comment.ip());
            string(comment.body());
            out.writeLong(comment.createdAt().toEpochMilli());
            out.writeByte(comment.status().ordinal());
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int count() {
        return count;
    }

    /** Reads every comment back, in the order written. */
    void forEach(java.util.function.Consumer<ImportedComment> each) {
        try {
            out.flush();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                for (int i = 0; i < count; i++) {
                    each.accept(new ImportedComment(string(in), string(in), string(in), string(in), string(in),
                            string(in), string(in), string(in), Instant.ofEpochMilli(in.readLong()), STATUSES[in.readByte()]));
                }
            }
        } catch (EOFException e) {
            throw new IllegalStateException("the import's spool file ended early", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void string(String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
