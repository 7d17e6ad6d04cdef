package dev.moderato.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The import page's words, {@code {imp:…}}; French in {@code messages/imp_fr.properties}. */
@MessageBundle("imp")
public interface ImportMessages {

    @Message("Import") String nav();
    @Message("Import comments") String title();
    @Message("Bring a site's comments in from a WordPress export (Tools → Export → All content) or a Disqus export. Each comment comes once: importing the same file again adds nothing.") String lead();
    @Message("Export file (.xml)") String file();
    @Message("Threads are keyed by") String threads();
    @Message("the format's default: WordPress post id, Disqus link path") String threadsDefault();
    @Message("the post id (WordPress) or the thread's identifier (Disqus)") String threadsId();
    @Message("the path of the post's link") String threadsPath();
    @Message("the post's whole link") String threadsUrl();
    @Message("Import") String submit();
    @Message("Importing… A large export takes a few minutes; keep this page open.") String running();
    @Message("This page sends the file with JavaScript; turn it on, or use the API: POST /api/v1/admin/imports.") String noScript();
    @Message("Import done") String done();
    @Message("Format") String format();
    @Message("Threads") String threadCount();
    @Message("Imported") String imported();
    @Message("Skipped (pingbacks, trackbacks, deleted)") String skipped();
    @Message("Already imported before") String alreadyPresent();
    @Message("Comments not imported as they were") String errors();
    @Message("Comment") String comment();
    @Message("What happened") String outcome();
    @Message("… and {count} more.") String more(int count);
    @Message("Nothing was imported.") String refused();
    @Message("Export everything as WordPress XML (WXR)") String export();
}
