package vn.viethoa.movement.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The service files of deploy/systemd: the unit verifies, and the environment template names only settings the application reads. */
class SystemdUnitTest {

  static final Path UNIT = Path.of("deploy/systemd/emulation-movement.service");
  static final Path ENV = Path.of("deploy/systemd/movement.env.template");

  @Test
  void theUnitVerifiesWithoutAWarning() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")),
        "systemd-analyze is not installed (apt-get install systemd); docs/operations.md says how the unit was verified");
    Process verify = new ProcessBuilder("/usr/bin/systemd-analyze", "verify", UNIT.toAbsolutePath().toString())
        .redirectErrorStream(true).start();
    assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(output).as("systemd-analyze verify").isBlank();
    assertThat(verify.exitValue()).isZero();
  }

  @Test
  void theUnitRunsTheJarAsItsOwnUserWithTheEnvironmentFile() throws IOException {
    String unit = Files.readString(UNIT);
    assertThat(unit).contains("User=movement", "EnvironmentFile=/etc/emulation-movement/movement.env",
        "StateDirectory=emulation-movement", "ExecStart=/usr/bin/java $JAVA_OPTS -jar /opt/emulation-movement/emulation-movement.jar",
        "Environment=TZ=Asia/Ho_Chi_Minh");
    // the JIT compiler needs writable and executable memory
    assertThat(unit).doesNotContain("MemoryDenyWriteExecute=yes");
  }

  @Test
  void everySettingOfTheTemplateIsOneTheApplicationReads() throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    for (String line : Files.readAllLines(ENV)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        env.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }
    String yaml = Files.readString(Path.of("src/main/resources/application.yaml"))
        + Files.readString(Path.of("src/main/resources/application-prod.yaml"));
    for (String key : env.keySet()) {
      if (!key.equals("SPRING_PROFILES_ACTIVE") && !key.equals("JAVA_OPTS")) {
        assertThat(yaml).as(key).contains("${" + key + ":");
      }
    }
    assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "prod").containsKeys("ADMIN_PASSWORD", "DB_PASSWORD", "SMTP_HOST");
    assertThat(env.get("JAVA_OPTS")).contains("-Xmx", "-XX:+ExitOnOutOfMemoryError", "-Duser.timezone=Asia/Ho_Chi_Minh");
    assertThat(env.get("MANAGEMENT_ADDRESS")).isEqualTo("127.0.0.1");
  }
}
