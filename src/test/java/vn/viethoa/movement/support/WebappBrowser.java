package vn.viethoa.movement.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a browser does with the webapps, reduced to HTTP: it keeps the cookies it is given (session and
 * CSRF token) and sends them with every request, echoes the CSRF token in {@code X-XSRF-TOKEN}, and
 * names its page as Origin. The cookies belong to the browser, not to a server: behind a reverse proxy
 * the same cookies reach whichever node serves the request, which is what {@link #on(String)} does.
 */
public final class WebappBrowser {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String base;

  public record Page(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
      }
    }
  }

  /** The node the next requests go to (what the reverse proxy chooses). */
  public WebappBrowser on(String nodeBase) {
    this.base = nodeBase;
    return this;
  }

  public Map<String, String> cookies() {
    return Map.copyOf(cookies);
  }

  /** Opens the app's page (for the CSRF cookie), then logs in with the login form's request. */
  public Page login(String app, String user, String password) throws Exception {
    get("/camunda/app/" + app + "/default/", "text/html");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(request("/camunda/api/admin/auth/user/default/login/" + app, "application/json")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  public Page logout() throws Exception {
    return send(request("/camunda/api/admin/auth/user/default/logout", "application/json")
        .POST(HttpRequest.BodyPublishers.noBody()));
  }

  public Page get(String path, String accept) throws Exception {
    return send(request(path, accept).GET());
  }

  public Page post(String path, String json, String accept) throws Exception {
    return send(request(path, accept).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  private HttpRequest.Builder request(String path, String accept) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
        .header("Origin", base).header("Referer", base + "/camunda/app/tasklist/default/");
    if (!cookies.isEmpty()) {
      b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    if (cookies.containsKey("XSRF-TOKEN")) {
      b.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return b;
  }

  private Page send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    for (String setCookie : r.headers().allValues("Set-Cookie")) {
      String pair = setCookie.split(";", 2)[0];
      String cookieName = pair.substring(0, pair.indexOf('='));
      String value = pair.substring(pair.indexOf('=') + 1);
      if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
        cookies.remove(cookieName);
      } else {
        cookies.put(cookieName, value);
      }
    }
    return new Page(r.statusCode(), r.body());
  }
}
