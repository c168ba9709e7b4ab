package vn.viethoa.movement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Links in mails lead to where the server really is, unless an administrator says otherwise. */
class PublicAddressTest {

  @Test
  void aServerOnAnotherPortOrHostIsWhatTheLinksName() {
    assertThat(PublicAddress.derive(false, null, 8080, "")).isEqualTo("http://localhost:8080");
    assertThat(PublicAddress.derive(false, "0.0.0.0", 9090, null)).isEqualTo("http://localhost:9090");
    assertThat(PublicAddress.derive(false, "10.0.0.5", 80, "/")).isEqualTo("http://10.0.0.5");
    assertThat(PublicAddress.derive(true, "thidua.viethoa.gov.vn", 443, "/thidua/")).isEqualTo("https://thidua.viethoa.gov.vn/thidua");
    assertThat(PublicAddress.derive(false, "::1", 8081, "")).isEqualTo("http://[::1]:8081");
  }

  @Test
  void anAddressSetByTheAdministratorWins() {
    MockEnvironment environment = new MockEnvironment().withProperty("server.port", "9999");
    PublicAddress configured = new PublicAddress(properties("https://thidua.viethoa.gov.vn/"), environment);
    assertThat(configured.base()).isEqualTo("https://thidua.viethoa.gov.vn");
    assertThat(configured.configured()).isTrue();
    PublicAddress derived = new PublicAddress(properties(""), environment);
    assertThat(derived.base()).isEqualTo("http://localhost:9999");
    assertThat(derived.configured()).isFalse();
  }

  @Test
  void anAddressThatDoesNotAnswerIsReported() {
    // a port nobody listens on: the start-up check names the problem instead of staying silent
    assertThat(PublicAddress.probe("http://127.0.0.1:" + vn.viethoa.movement.support.Loopback.freePort())).isNotNull();
  }

  private static MovementProperties properties(String base) {
    return new MovementProperties("./data", java.time.ZoneId.of("Asia/Ho_Chi_Minh"), base, null);
  }
}
