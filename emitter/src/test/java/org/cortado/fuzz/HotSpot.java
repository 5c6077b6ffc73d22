package org.cortado.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.cortado.conformance.Exec;

/**
 * javac and HotSpot in this JVM: compiles a source string into a directory, and runs a program's
 * {@code main} in a fresh class loader on its own thread, with {@code System.out}/{@code err}
 * captured per thread (the streams are replaced once by dispatchers that write to the current
 * thread's buffer, or to the original stream for threads that are not running a program).
 *
 * <p>Only for generated programs: they never call {@code System.exit}, read input, or start
 * threads. An uncaught exception is reported like the {@code java} launcher does: first stderr
 * line {@code Exception in thread "main" <toString>}, exit status 1.
 */
final class HotSpot {

    private static final ThreadLocal<ByteArrayOutputStream> OUT = new ThreadLocal<>();
    private static final ThreadLocal<ByteArrayOutputStream> ERR = new ThreadLocal<>();
    private static boolean installed;

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    /** One file manager per thread: it caches the platform classes between compilations. */
    private final ThreadLocal<StandardJavaFileManager> fileManagers =
            ThreadLocal.withInitial(() -> javac.getStandardFileManager(null, null, StandardCharsets.UTF_8));

    HotSpot() {
        install();
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        System.setOut(new PrintStream(new Dispatch(OUT, System.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Dispatch(ERR, System.err), true, StandardCharsets.UTF_8));
        installed = true;
    }

    /** Compiles {@code source} (class Main) into {@code classes}; null on success, else the diagnostics. */
    String compile(String source, Path classes) throws IOException {
        StringWriter diagnostics = new StringWriter();
        JavaFileObject file = new SimpleJavaFileObject(java.net.URI.create("string:///Main.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        StandardJavaFileManager files = fileManagers.get();
        {
            List<String> options = List.of("-proc:none", "-implicit:none", "-nowarn", "-Xlint:none", "-XDsuppressNotes",
                    "-g:none", "-d", classes.toString());
            boolean ok = javac.getTask(diagnostics, files, null, options, null, List.of(file)).call();
            return ok ? null : diagnostics.toString();
        }
    }

    /** Runs {@code Main.main(new String[0])} from {@code classes}. */
    @SuppressWarnings({"deprecation", "removal"})
    Exec.Result run(Path classes, Duration timeout) throws IOException {
        long start = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exit = {0};
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Thread thread = new Thread(() -> {
                OUT.set(out);
                ERR.set(err);
                try {
                    Class<?> main = Class.forName("Main", false, loader);
                    Method m = main.getMethod("main", String[].class);
                    try {
                        m.invoke(null, (Object) new String[0]);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                } catch (Throwable t) {
                    System.err.println("Exception in thread \"main\" " + t);
                    exit[0] = 1;
                } finally {
                    System.out.flush();
                    System.err.flush();
                    OUT.remove();
                    ERR.remove();
                }
            }, "fuzz-main");
            thread.setDaemon(true);
            thread.start();
            try {
                thread.join(timeout.toMillis());
                if (thread.isAlive()) {
                    thread.stop();
                    thread.join(5_000);
                    return new Exec.Result(-1, text(out), text(err), true, (System.nanoTime() - start) / 1_000_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        return new Exec.Result(exit[0], text(out), text(err), false, (System.nanoTime() - start) / 1_000_000);
    }

    private static String text(ByteArrayOutputStream b) {
        synchronized (b) {
            return b.toString(StandardCharsets.UTF_8);
        }
    }

    /** Writes to the current thread's buffer if it has one, else to the original stream. */
    private static final class Dispatch extends OutputStream {
        private final ThreadLocal<ByteArrayOutputStream> target;
        private final OutputStream fallback;

        Dispatch(ThreadLocal<ByteArrayOutputStream> target, OutputStream fallback) {
            this.target = target;
            this.fallback = fallback;
        }

        @Override
        public void write(int b) throws IOException {
            ByteArrayOutputStream t = target.get();
            if (t == null) {
                fallback.write(b);
            } else {
                synchronized (t) {
                    if (t.size() < Exec.MAX_CAPTURE) {
                        t.write(b);
                    }
                }
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteArrayOutputStream t = target.get();
            if (t == null) {
                fallback.write(b, off, len);
            } else {
                synchronized (t) {
                    if (t.size() < Exec.MAX_CAPTURE) {
                        t.write(b, off, len);
                    }
                }
            }
        }

        @Override
        public void flush() throws IOException {
            if (target.get() == null) {
                fallback.flush();
            }
        }
    }
}
