package vn.viethoa.movement.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client against the running test application, with optional basic credentials. */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;

  public Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public record Response(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new IllegalStateException("Not JSON: " + body, e);
      }
    }
  }

  public Response get(String path, String user, String password) {
    return send(builder(path, user, password).GET());
  }

  /** A response whose body is bytes (documents, exports, evidence files), with its headers. */
  public record Binary(int status, byte[] body, java.net.http.HttpHeaders headers) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      try {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  public Binary getBytes(String path, String user, String password) {
    return sendBytes(builder(path, user, password).GET());
  }

  /**
   * A multipart/form-data upload of one file plus text fields, as the upload page sends it
   * (with the header the application asks of its own pages).
   */
  public Binary upload(String path, String fileName, String contentType, byte[] content, java.util.Map<String, String> fields,
      String user, String password) {
    return upload(path, fileName, contentType, content, fields, user, password,
        java.util.Map.of("X-Requested-With", "XMLHttpRequest"));
  }

  public Binary upload(String path, String fileName, String contentType, byte[] content, java.util.Map<String, String> fields,
      String user, String password, java.util.Map<String, String> headers) {
    String boundary = "----movement" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    try {
      for (var field : fields.entrySet()) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
            + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    HttpRequest.Builder request = builder(path, user, password)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    headers.forEach(request::header);
    return sendBytes(request);
  }

  private Binary sendBytes(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Binary(r.statusCode(), r.body(), r.headers());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public Response post(String path, String jsonBody, String user, String password) {
    return send(builder(path, user, password).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)));
  }

  /** GET (no body) or POST (JSON body) asking for a media type, e.g. Tasklist's "application/hal+json". */
  public Response request(String path, String jsonBody, String accept, String user, String password) {
    HttpRequest.Builder b = builder(path, user, password).header("Accept", accept);
    if (jsonBody == null) {
      b.GET();
    } else {
      b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    }
    return send(b);
  }

  /** Any method (PUT, DELETE, …), with the answer's headers. */
  public Binary exchange(String method, String path, String jsonBody, String user, String password) {
    return exchange(method, path, jsonBody, user, password, java.util.Map.of());
  }

  /** Any method with extra request headers (e.g. X-Requested-With, as the application's own pages send). */
  public Binary exchange(String method, String path, String jsonBody, String user, String password,
      java.util.Map<String, String> headers) {
    HttpRequest.Builder b = builder(path, user, password);
    headers.forEach(b::header);
    if (jsonBody == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    }
    return sendBytes(b);
  }

  private HttpRequest.Builder builder(String path, String user, String password) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (user != null) {
      String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      b.header("Authorization", "Basic " + token);
    }
    return b;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
