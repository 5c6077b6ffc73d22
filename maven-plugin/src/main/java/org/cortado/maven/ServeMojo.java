package org.cortado.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Serves a folder on 127.0.0.1 with the right MIME types and the loader's Content-Security-Policy
 * until interrupted: {@code mvn package cortado:serve}.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractMojo {
  /** The compile goal's output directory, served unless webappDirectory is set. */
  @Parameter(property = "cortado.outputDirectory", defaultValue = "${project.build.directory}/cortado", required = true)
  File outputDirectory;

  /** A folder to serve instead of the bundle directory (a web app with its pages and the bundle). */
  @Parameter(property = "cortado.webappDirectory")
  File webappDirectory;

  /** 0 picks a free port. */
  @Parameter(property = "cortado.serve.port", defaultValue = "8080")
  int port;

  /** Stop after this many seconds; 0 serves until interrupted (Ctrl-C). */
  @Parameter(property = "cortado.serve.seconds", defaultValue = "0")
  int seconds;

  @Override
  public void execute() throws MojoExecutionException {
    File dir = webappDirectory != null ? webappDirectory : outputDirectory;
    if (!dir.isDirectory()) {
      throw new MojoExecutionException("Cortado: nothing to serve, " + dir + " is not a directory"
          + (webappDirectory == null ? " (run the compile goal first, e.g. mvn package cortado:serve)" : ""));
    }
    try (StaticServer server = StaticServer.start(dir.toPath(), port)) {
      getLog().info("Cortado: serving " + dir + " at " + server.url()
          + (seconds > 0 ? " for " + seconds + " s" : " (Ctrl-C to stop)"));
      if (seconds > 0) {
        Thread.sleep(seconds * 1000L);
      } else {
        new java.util.concurrent.CountDownLatch(1).await();
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Cortado: cannot serve on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
