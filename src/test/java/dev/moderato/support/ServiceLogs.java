package dev.moderato.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** For tests that start the packaged service as a process: a port to give it, and its log when it fails. */
public final class ServiceLogs {

    private ServiceLogs() {
    }

    public static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return "last lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "log " + log + " unreadable: " + e;
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
