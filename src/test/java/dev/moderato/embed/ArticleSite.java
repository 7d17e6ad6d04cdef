package dev.moderato.embed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

/**
 * A news site's article page on an origin of its own (127.0.0.1 on a free port; Moderato answers on localhost),
 * under a strict Content-Security-Policy that allows Moderato's origin for scripts and connections and nothing
 * else of it. Its one script of its own records every policy violation, for the test to read.
 */
final class ArticleSite implements AutoCloseable {

    /**
     * Chosen before Quarkus starts, for the profile to allow this origin; kept in a system property, as the profile
     * and the test see this class through different class loaders.
     */
    static final int PORT = Integer.parseInt(System.getProperties()
            .computeIfAbsent("article-site.port", key -> String.valueOf(freePort())).toString());
    static final String ORIGIN = "http://127.0.0.1:" + PORT;

    private static final String RECORDER = """
            window.violations = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.violations.push(e.violatedDirective + ' ' + e.blockedURI);
            });
            """;

    private final HttpServer server;
    private final String moderato;

    ArticleSite(String moderato) {
        this.moderato = moderato.replaceAll("/$", "");
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/recorder.js", exchange -> send(exchange, "text/javascript", RECORDER));
        server.createContext("/", this::article);
        server.start();
    }

    /** The article's address: {@code /LANG/THREAD?counts=A,B}. */
    String article(String lang, String thread, String... countedThreads) {
        return ORIGIN + "/" + lang + "/" + thread + "?counts=" + String.join(",", countedThreads);
    }

    private void article(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/", 3);
        if (path.length < 3) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String lang = path[1];
        String thread = path[2];
        String query = exchange.getRequestURI().getQuery();
        StringBuilder counts = new StringBuilder();
        if (query != null && query.startsWith("counts=")) {
            for (String counted : query.substring("counts=".length()).split(",")) {
                if (!counted.isEmpty()) {
                    counts.append("<li><a href=\"#\">").append(counted).append("</a> <span data-moderato-count=\"")
                            .append(counted).append("\">…</span></li>\n");
                }
            }
        }
        String html = """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><title>Article</title>
                <script src="/recorder.js"></script></head>
                <body>
                <article><h1>Le conseil vote le budget</h1><p>Le texte de l'article.</p></article>
                <ul class="related">%s</ul>
                <div data-moderato-thread="%s"></div>
                <script src="%s/embed.js" async></script>
                </body></html>
                """.formatted(lang, counts, thread, moderato);
        exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'none'; script-src 'self' " + moderato
                + "; connect-src " + moderato + "; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'");
        send(exchange, "text/html; charset=utf-8", html);
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
