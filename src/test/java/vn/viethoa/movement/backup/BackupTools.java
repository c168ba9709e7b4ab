package vn.viethoa.movement.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The commands of docs/backup-restore.md, run for real: {@code pg_dump} / {@code pg_restore} of the
 * machine (Debian's postgresql-client) and {@code tar}. A dump needs a pg_dump at least as new as the
 * server, so the test's PostgreSQL is of the client's major version: the embedded binaries that Maven
 * copies to target/backup-test (pom.xml, {@code backup-test.postgres-binaries.version}).
 */
final class BackupTools {

  static final Path SERVER_BINARIES = Path.of("target", "backup-test", "postgres-binaries.jar");

  private BackupTools() {}

  /** A fresh PostgreSQL server of the backup test's version. */
  static EmbeddedPostgres postgres() throws IOException {
    if (!Files.exists(SERVER_BINARIES)) {
      throw new AssertionError(SERVER_BINARIES + " is missing: Maven copies it in generate-test-resources (pom.xml)");
    }
    return EmbeddedPostgres.builder().setRegisterShutdownHook(false).setPgBinaryResolver((system, hardware) -> {
      // the jar holds one archive, postgres-<system>-<hardware>.txz; read it whole so the jar can close
      try (ZipFile jar = new ZipFile(SERVER_BINARIES.toFile())) {
        var entry = jar.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
            .orElseThrow(() -> new IOException("no .txz in " + SERVER_BINARIES));
        try (InputStream in = jar.getInputStream(entry)) {
          return new java.io.ByteArrayInputStream(in.readAllBytes());
        }
      }
    }).start();
  }

  /** The newest pg_dump / pg_restore of the machine: Debian's /usr/lib/postgresql/N/bin, else the PATH. */
  static String tool(String name) {
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin").resolve(name)))
            .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))));
        if (newest.isPresent()) {
          return newest.get().resolve("bin").resolve(name).toString();
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return name;
  }

  /** Major version of a client tool, from "pg_dump (PostgreSQL) 15.18 (Debian …)". */
  static int majorVersion(String tool) throws Exception {
    String out = run(List.of(tool, "--version"), null);
    Matcher m = Pattern.compile("\\(PostgreSQL\\) (\\d+)").matcher(out);
    if (!m.find()) {
      throw new AssertionError("Cannot read the version of " + tool + ": " + out);
    }
    return Integer.parseInt(m.group(1));
  }

  /** pg_dump -Fc: the custom format pg_restore reads, compressed, consistent while the application runs. */
  static void dump(EmbeddedPostgres server, String database, Path file) throws Exception {
    run(List.of(tool("pg_dump"), "--host=localhost", "--port=" + server.getPort(), "--username=postgres",
        "--format=custom", "--file=" + file, database), null);
  }

  /** pg_restore into an empty database, owned by whoever restores (no roles of the old server needed). */
  static void restore(EmbeddedPostgres server, String database, Path file) throws Exception {
    run(List.of(tool("pg_restore"), "--host=localhost", "--port=" + server.getPort(), "--username=postgres",
        "--dbname=" + database, "--no-owner", "--no-privileges", "--exit-on-error", file.toString()), null);
  }

  static void tar(Path folder, Path archive) throws Exception {
    run(List.of("tar", "--create", "--gzip", "--file=" + archive, "--directory=" + folder, "."), null);
  }

  static void untar(Path archive, Path folder) throws Exception {
    Files.createDirectories(folder);
    run(List.of("tar", "--extract", "--gzip", "--file=" + archive, "--directory=" + folder), null);
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String run(List<String> command, Path dir) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish");
    }
    if (p.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed (exit " + p.exitValue() + "): " + out);
    }
    return out;
  }
}
