package dev.moderato.support;

import org.jboss.logmanager.ExtLogRecord;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every log record written while it is open, whatever the logger, as the text a log file would
 * hold: message, parameters and stack trace. The named categories log at every level meanwhile,
 * so a secret logged at DEBUG is caught too.
 */
public final class CapturedLog implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Map<Logger, Level> previousLevels = new LinkedHashMap<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLog(String... verboseCategories) {
        for (String category : verboseCategories) {
            Logger logger = Logger.getLogger(category);
            previousLevels.put(logger, logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    public static CapturedLog start(String... verboseCategories) {
        return new CapturedLog(verboseCategories);
    }

    /** Each record as text, in the order written. */
    public List<String> lines() {
        return records.stream().map(CapturedLog::text).toList();
    }

    /** The records at {@code level} or above, and every record carrying a stack trace, as text. */
    public List<String> atLeast(Level level) {
        return records.stream()
                .filter(record -> record.getLevel().intValue() >= level.intValue() || record.getThrown() != null)
                .map(CapturedLog::text)
                .toList();
    }

    /** The records of one logger at one level, as text. */
    public List<String> lines(Class<?> logger, Level level) {
        return records.stream()
                .filter(record -> logger.getName().equals(record.getLoggerName()))
                .filter(record -> record.getLevel().intValue() == level.intValue())
                .map(CapturedLog::text)
                .toList();
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        previousLevels.forEach(Logger::setLevel);
    }

    private static String text(LogRecord record) {
        StringBuilder text = new StringBuilder(record.getLevel() + " [" + record.getLoggerName() + "] ");
        text.append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        if (record.getParameters() != null) {
            text.append(' ').append(Arrays.toString(record.getParameters()));
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        return text.toString();
    }
}
