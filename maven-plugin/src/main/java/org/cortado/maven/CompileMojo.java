package org.cortado.maven;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.cortado.Compiler;
import org.cortado.Compiler.ExceptionEncoding;
import org.cortado.Compiler.OptimizationLevel;

/**
 * Compiles the project's classes and runtime dependencies into {@code <name>.wasm} and
 * {@code <name>.mjs} (the same bundle as the CLI). Skips the compiler when nothing it reads
 * changed since the last successful run (a fingerprint file beside the bundle).
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.PACKAGE,
    requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CompileMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /** The class whose {@code public static void main(String[])} the bundle runs. */
  @Parameter(property = "cortado.mainClass", required = true)
  String mainClass;

  /** Where {@code <name>.wasm} and {@code <name>.mjs} are written. */
  @Parameter(property = "cortado.outputDirectory", defaultValue = "${project.build.directory}/cortado", required = true)
  File outputDirectory;

  /** The bundle's file name without extension; defaults to the main class's simple name. */
  @Parameter(property = "cortado.name")
  String name;

  /** Writes the Wasm name section (function, type, field names) for debuggers and profilers. */
  @Parameter(property = "cortado.debugNames", defaultValue = "false")
  boolean debugNames;

  /** Only {@code simple} is supported today. */
  @Parameter(property = "cortado.optimizationLevel", defaultValue = "simple")
  String optimizationLevel;

  /** Only {@code legacy} (Wasm try/catch/rethrow) is supported today. */
  @Parameter(property = "cortado.exceptionEncoding", defaultValue = "legacy")
  String exceptionEncoding;

  /**
   * Members the program never calls that the classlib cannot compile (a class, or class.method for
   * all overloads): they throw UnsupportedOperationException instead of failing the build.
   */
  @Parameter(property = "cortado.stubs")
  List<String> stubs = new ArrayList<>();

  @Parameter(property = "cortado.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping Cortado (cortado.skip)");
      return;
    }
    OptimizationLevel level = choice(OptimizationLevel.class, "optimizationLevel", optimizationLevel);
    ExceptionEncoding encoding = choice(ExceptionEncoding.class, "exceptionEncoding", exceptionEncoding);
    String bundle = name == null || name.isBlank() ? mainClass.substring(mainClass.lastIndexOf('.') + 1) : name;
    if (bundle.contains("/") || bundle.contains("\\")) {
      throw new MojoExecutionException("Cortado: name must be a file name, not a path: " + bundle);
    }
    List<String> classpath = classpath();
    Path dir = outputDirectory.toPath();
    Path wasmFile = dir.resolve(bundle + ".wasm");
    Path loaderFile = dir.resolve(bundle + ".mjs");
    Path stampFile = dir.resolve("." + bundle + ".cortado-fingerprint");

    long start = System.nanoTime();
    Fingerprint fingerprint = new Fingerprint()
        .add("mainClass", mainClass).add("name", bundle).add("debugNames", debugNames)
        .add("optimizationLevel", level).add("exceptionEncoding", encoding).add("stubs", String.join(",", stubs));
    List<Artifact> compiler = new ArrayList<>(plugin.getArtifacts());
    compiler.add(plugin.getPluginArtifact());
    for (Artifact a : compiler) {
      fingerprint.add("plugin", a.getId());
      if (a.isSnapshot() && a.getFile() != null) {
        fingerprint.addPath(a.getFile().toPath());
      }
    }
    classpath.forEach(e -> fingerprint.addPath(Path.of(e)));
    String stamp = fingerprint.hex();
    try {
      if (Files.isRegularFile(wasmFile) && Files.isRegularFile(loaderFile) && Files.isRegularFile(stampFile)
          && Files.readString(stampFile).equals(stamp)) {
        getLog().info("Cortado bundle is up to date: " + wasmFile + " (checked in " + millis(start) + " ms)");
        return;
      }
      Files.deleteIfExists(stampFile);
    } catch (IOException e) {
      throw new MojoExecutionException("Cortado: cannot read " + stampFile + ": " + e.getMessage(), e);
    }

    getLog().info("Cortado " + plugin.getVersion() + ": compiling " + mainClass + " from " + classpath.size()
        + " classpath entr" + (classpath.size() == 1 ? "y" : "ies"));
    getLog().debug("Cortado classpath: " + classpath);
    Compiler.Result result;
    try {
      result = Compiler.compile(new Compiler.Options(String.join(File.pathSeparator, classpath), mainClass, bundle,
          debugNames, level, encoding, List.copyOf(stubs)));
    } catch (RuntimeException e) {
      throw new MojoExecutionException("Cortado: internal compiler error: " + e, e);
    }
    if (!result.ok()) {
      throw new MojoFailureException(errorMessage(mainClass, result.errors()));
    }
    byte[] loader = result.loader().getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(dir);
      writeAtomically(wasmFile, result.wasm());
      writeAtomically(loaderFile, loader);
      writeAtomically(dir.resolve(bundle + ".d.ts"), result.typings().getBytes(StandardCharsets.UTF_8));
      Files.writeString(stampFile, stamp);
    } catch (IOException e) {
      throw new MojoExecutionException("Cortado: cannot write the bundle: " + e.getMessage(), e);
    }
    getLog().info(String.format(Locale.ROOT, "Cortado wrote %s in %d ms", dir, millis(start)));
    getLog().info(sizeLine(wasmFile, result.wasm()));
    getLog().info(sizeLine(loaderFile, loader));
  }

  /** The project's output directory, then its runtime classpath; missing entries are left out. */
  private List<String> classpath() throws MojoExecutionException {
    Set<String> elements = new LinkedHashSet<>();
    elements.add(project.getBuild().getOutputDirectory());
    try {
      elements.addAll(project.getRuntimeClasspathElements());
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("Cortado: the runtime classpath is not resolved", e);
    }
    List<String> existing = new ArrayList<>();
    for (String e : elements) {
      if (new File(e).exists()) {
        existing.add(e);
      } else {
        getLog().debug("Cortado: classpath entry does not exist, skipped: " + e);
      }
    }
    return existing;
  }

  /** Every error with its call chain, as the message of the build failure. */
  static String errorMessage(String mainClass, List<String> errors) {
    StringBuilder sb = new StringBuilder("Cortado could not compile ").append(mainClass).append(": ")
        .append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append(", nothing written");
    for (String e : errors) {
      sb.append("\n").append(e);
    }
    return sb.toString();
  }

  static <E extends Enum<E>> E choice(Class<E> type, String parameter, String value) throws MojoExecutionException {
    List<String> supported = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.trim())) {
        return e;
      }
      supported.add(e.name().toLowerCase(Locale.ROOT));
    }
    throw new MojoExecutionException("Cortado: " + parameter + " '" + value + "' is not supported; supported: "
        + String.join(", ", supported));
  }

  private static String sizeLine(Path file, byte[] bytes) {
    return String.format(Locale.ROOT, "  %-24s %,10d bytes  %,10d gzipped", file.getFileName(), bytes.length, gzipSize(bytes));
  }

  static int gzipSize(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }

  private static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
