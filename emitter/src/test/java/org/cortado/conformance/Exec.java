package org.cortado.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a child process with empty stdin and a timeout, capturing (a bounded prefix of) its output. */
public final class Exec {

    /** Bytes kept per stream; the rest is read and dropped so the child never blocks. */
    public static final int MAX_CAPTURE = 4 << 20;

    /**
     * What a finished (or killed) process did.
     *
     * @param exitCode the exit code, or -1 if it timed out
     * @param stdout decoded as UTF-8, at most {@link #MAX_CAPTURE} bytes of it
     * @param stderr likewise
     * @param timedOut whether it was killed at the timeout
     * @param millis wall time from start to exit
     */
    public record Result(int exitCode, String stdout, String stderr, boolean timedOut, long millis) {

        /** The first line of stderr without its terminator; "" if stderr is empty. */
        public String firstStderrLine() {
            int end = stderr.indexOf('\n');
            String line = end < 0 ? stderr : stderr.substring(0, end);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        }
    }

    private Exec() {
    }

    public static Result run(List<String> command, Path cwd, Duration timeout) throws IOException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(cwd.toFile()).start();
        process.getOutputStream().close();
        Drain out = new Drain(process.getInputStream());
        Drain err = new Drain(process.getErrorStream());
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
            out.join();
            err.join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(finished ? process.exitValue() : -1, out.text(), err.text(), !finished, millis);
    }

    /** Reads one stream to its end on its own thread, keeping the first MAX_CAPTURE bytes. */
    private static final class Drain extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long dropped;
        private IOException failure;

        Drain(InputStream in) {
            this.in = in;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    int keep = (int) Math.min(n, Math.max(0, MAX_CAPTURE - kept.size()));
                    kept.write(buffer, 0, keep);
                    dropped += n - keep;
                }
            } catch (IOException e) {
                failure = e;
            }
        }

        String text() {
            if (failure != null) {
                throw new UncheckedIOException(failure);
            }
            String s = kept.toString(StandardCharsets.UTF_8);
            return dropped == 0 ? s : s + "\n[... " + dropped + " more bytes dropped by the harness]\n";
        }
    }
}
