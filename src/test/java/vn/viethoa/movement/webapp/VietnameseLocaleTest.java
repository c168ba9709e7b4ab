package vn.viethoa.movement.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the Vietnamese locale of the Camunda webapps (docs/webapp-localisation.md).
 *
 * <p>The English label files come from the Camunda webjar on the classpath, so a Camunda upgrade that
 * adds or changes labels fails this test and names every key to translate in our {@code vi.json}.
 * Where the webjar and our resources hold the same path (config.js, user-styles.css), ours is picked
 * by URL.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VietnameseLocaleTest {

  private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
  private static final String WEBJAR = "camunda-webapp-webjar";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** {{ expression }} of angular-translate, and printf-style %s / %d. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}|%[sd]");

  private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");

  /** Letters only Vietnamese uses here; a Vietnamese sentence has at least one. */
  private static final String VIETNAMESE_LETTERS =
      "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

  /** Names and notations that stay as they are in Vietnamese. */
  private static final Pattern KEPT_AS_IS =
      Pattern.compile(
          "\\b(Camunda|Cockpit|Tasklist|Admin|Welcome|Optimize|BPMN|DMN|CMMN|FEEL|REST|API|ID|IDs"
              + "|JSON|CSV|XML|HTML|URL|UUID|Java|JavaScript|Groovy|OK|null|undefined"
              + "|YYYY|MM|DD|HH|mm|ss|like|AND|OR)\\b"
              + "|<=|>=|!=|==|<|>|=");

  /** English plural suffixes ("s" in "batch{{…}}s"): Vietnamese has none, so they are empty. */
  private static final Set<String> PLURAL_SUFFIXES = Set.of("s", "es");

  // ---------------------------------------------------------------------------------------------
  // labels

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void every_English_label_has_a_Vietnamese_translation(String app) {
    Map<String, String> english = labels(shippedEnglish(app));
    Map<String, String> vietnamese = labels(ourVietnamese(app));

    List<String> untranslated = new ArrayList<>();
    english.forEach(
        (key, englishValue) -> {
          String value = vietnamese.get(key);
          if (value == null) {
            untranslated.add(key + " = \"" + englishValue + "\"");
          } else if (value.isBlank()
              && !englishValue.isBlank()
              && !PLURAL_SUFFIXES.contains(englishValue)) {
            untranslated.add(key + " = \"" + englishValue + "\" (Vietnamese value is empty)");
          }
        });

    assertThat(untranslated)
        .withFailMessage(
            "%s: %d English labels have no Vietnamese translation in %slocales/vi.json:%n  %s",
            app, untranslated.size(), APP_ROOT + app + "/", String.join("\n  ", untranslated))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void the_Vietnamese_file_holds_no_keys_Camunda_no_longer_ships(String app) {
    Set<String> english = labels(shippedEnglish(app)).keySet();
    List<String> stale = new ArrayList<>(labels(ourVietnamese(app)).keySet());
    stale.removeAll(english);

    assertThat(stale)
        .withFailMessage(
            "%s: vi.json has keys the English file no longer has (remove them):%n  %s",
            app, String.join("\n  ", stale))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void every_placeholder_of_the_English_label_is_kept_in_Vietnamese(String app) {
    Map<String, String> english = labels(shippedEnglish(app));
    Map<String, String> vietnamese = labels(ourVietnamese(app));

    List<String> broken = new ArrayList<>();
    english.forEach(
        (key, englishValue) -> {
          String value = vietnamese.get(key);
          if (value == null) {
            return; // reported by the translation test
          }
          Set<String> expected = placeholders(englishValue);
          Set<String> actual = placeholders(value);
          Set<String> missing = new LinkedHashSet<>(expected);
          missing.removeAll(actual);
          Set<String> unknown = new LinkedHashSet<>(actual);
          unknown.removeAll(expected);
          if (!missing.isEmpty()) {
            broken.add(key + ": missing " + missing + " in \"" + value + "\"");
          }
          if (!unknown.isEmpty()) {
            broken.add(key + ": unknown " + unknown + " in \"" + value + "\"");
          }
        });

    assertThat(broken)
        .withFailMessage(
            "%s: %d Vietnamese labels lose or invent placeholders:%n  %s",
            app, broken.size(), String.join("\n  ", broken))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void every_English_sentence_is_translated_into_Vietnamese(String app) {
    Map<String, String> english = labels(shippedEnglish(app));
    Map<String, String> vietnamese = labels(ourVietnamese(app));

    List<String> notVietnamese = new ArrayList<>();
    english.forEach(
        (key, englishValue) -> {
          String value = vietnamese.get(key);
          if (value == null || !isSentence(englishValue)) {
            return;
          }
          String rest = KEPT_AS_IS.matcher(strip(value)).replaceAll(" ");
          boolean onlyKeptTerms = rest.codePoints().noneMatch(Character::isLetter);
          if (!onlyKeptTerms && !hasVietnameseLetter(rest)) {
            notVietnamese.add(key + " = \"" + value + "\"");
          }
        });

    assertThat(notVietnamese)
        .withFailMessage(
            "%s: %d labels are English sentences but their Vietnamese value has no Vietnamese:%n  %s",
            app, notVietnamese.size(), String.join("\n  ", notVietnamese))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void the_Vietnamese_file_is_UTF8_without_BOM_and_in_NFC(String app) {
    byte[] bytes = read(ours(app, "locales/vi.json"));
    assertThat(bytes.length).isGreaterThan(3);
    assertThat(bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF)
        .withFailMessage("%s: vi.json starts with a UTF-8 BOM", app)
        .isFalse();
    String text = strictUtf8(bytes, app + "/locales/vi.json");

    List<String> notNfc = new ArrayList<>();
    collectNonNfc("", parse(text), notNfc);
    assertThat(notNfc)
        .withFailMessage(
            "%s: values not in Unicode NFC (decomposed diacritics):%n  %s",
            app, String.join("\n  ", notNfc))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void the_Vietnamese_file_names_months_and_weekdays_for_dates(String app) {
    JsonNode dateLocales = ourVietnamese(app).path("dateLocales");
    assertThat(dateLocales.path("months").size()).as(app + " dateLocales.months").isEqualTo(12);
    assertThat(dateLocales.path("weekdays").size()).as(app + " dateLocales.weekdays").isEqualTo(7);
    assertThat(dateLocales.path("longDateFormat").path("L").asText())
        .as(app + " dateLocales.longDateFormat.L")
        .isEqualTo("DD/MM/YYYY");
  }

  // ---------------------------------------------------------------------------------------------
  // config.js, custom script, styles

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void config_js_makes_Vietnamese_the_fallback_and_keeps_English_available(String app) {
    String config = text(ours(app, "scripts/config.js"));
    String code = withoutComments(config);

    assertThat(code).as(app + " config.js").containsPattern("fallbackLocale\\s*:\\s*['\"]vi['\"]");
    assertThat(code)
        .as(app + " config.js")
        .containsPattern("availableLocales\\s*:\\s*\\[\\s*['\"]vi['\"]\\s*,\\s*['\"]en['\"]\\s*]");
    assertThat(code)
        .as(app + " config.js loads the default-language script with its own cache-buster")
        .containsPattern("customScripts\\s*:\\s*\\[[^\\]]*['\"]scripts/viethoa-locale\\.js\\?v=\\d+['\"]");
    assertThat(code).as(app + " config.js date format").contains("short: 'DD/MM/YYYY'");
    assertThat(Normalizer.isNormalized(config, Normalizer.Form.NFC))
        .as(app + " config.js is in NFC")
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void config_js_still_sets_every_key_the_shipped_config_js_sets(String app) {
    Set<String> shippedKeys = keysSet(withoutComments(text(shipped(app, "scripts/config.js"))));
    Set<String> ourKeys = keysSet(withoutComments(text(ours(app, "scripts/config.js"))));
    shippedKeys.removeAll(ourKeys);

    assertThat(shippedKeys)
        .withFailMessage(
            "%s: our config.js replaces the shipped one but drops its keys %s", app, shippedKeys)
        .isEmpty();
  }

  @Test
  void the_default_language_script_is_the_same_in_every_app() {
    // one module for the four apps: each app's script re-exports it
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      assertThat(withoutComments(text(ours(app, "scripts/viethoa-locale.js"))).trim())
          .as(app + "/scripts/viethoa-locale.js re-exports the shared module")
          .matches("export \\{ default \\} from '\\.\\./\\.\\./viethoa/viethoa-locale\\.js\\?v=\\d+';");
    }
    String shared = text(ours("viethoa", "viethoa-locale.js"));
    assertThat(shared).contains("export default []").contains("cam.");
    assertThat(Normalizer.isNormalized(shared, Normalizer.Form.NFC)).isTrue();
    // the English that is not a label, and names in the header (docs/webapp-localisation.md)
    assertThat(shared).containsPattern("import '\\./viethoa-english\\.js\\?v=\\d+';");
    String english = text(ours("viethoa", "viethoa-english.js"));
    assertThat(english).contains("MutationObserver").contains("export default []");
    assertThat(Normalizer.isNormalized(english, Normalizer.Form.NFC)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void the_Camunda_8_migration_banner_is_hidden(String app) {
    assertThat(withoutComments(text(ours(app, "styles/user-styles.css"))))
        .as(app + " user-styles.css imports the shared styles")
        .contains("@import url(\"../../viethoa/viethoa.css?v=1\");");
    assertThat(withoutComments(text(ours("viethoa", "viethoa.css"))))
        .as("shared viethoa.css")
        .containsPattern("\\.ce-eol-banner\\s*\\{[^}]*display\\s*:\\s*none");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void the_shipped_app_still_matches_what_our_files_rely_on(String app) {
    String index = text(shipped(app, "index.html"));
    String bundle = text(shipped(app, "camunda-" + app + "-bootstrap.js"));

    assertThat(index)
        .as(app + " index.html loads our user-styles.css")
        .contains("/app/" + app + "/styles/user-styles.css");
    assertThat(index).as(app + " index.html has the footer we add the switch to").contains("cam-widget-footer");
    assertThat(bundle)
        .as(app + " bundle renders the banner under the class we hide")
        .contains("class=\"ce-eol-banner\"");
    assertThat(bundle)
        .as(app + " bundle has the module viethoa-locale.js configures")
        .contains("\"cam." + app + ".custom\"");
    assertThat(bundle)
        .as(app + " bundle loads customScripts, has camDateFormat and caches locale files as assumed")
        .contains("customScripts", "camDateFormat", "_locales_data_", "determinePreferredLanguage");
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  private static JsonNode shippedEnglish(String app) {
    return parse(text(shipped(app, "locales/en.json")));
  }

  private static JsonNode ourVietnamese(String app) {
    return parse(text(ours(app, "locales/vi.json")));
  }

  private static Map<String, String> labels(JsonNode file) {
    JsonNode labels = file.path("labels");
    assertThat(labels.isObject()).as("file has a \"labels\" object").isTrue();
    Map<String, String> result = new java.util.LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      result.put(entry.getKey(), entry.getValue().isTextual() ? entry.getValue().asText() : null);
    }
    return result;
  }

  private static Set<String> placeholders(String value) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(value);
    while (matcher.find()) {
      found.add(
          matcher.group(1) == null
              ? matcher.group()
              : "{{" + matcher.group(1).replaceAll("\\s+", "") + "}}");
    }
    return found;
  }

  /** Without placeholders and HTML tags. */
  private static String strip(String value) {
    return HTML_TAG.matcher(PLACEHOLDER.matcher(value).replaceAll(" ")).replaceAll(" ");
  }

  /** Three or more words (a format such as "YYYY-MM-DDTHH:mm:ss" is one word). */
  private static boolean isSentence(String englishValue) {
    return Pattern.compile("\\s+")
            .splitAsStream(strip(englishValue).trim())
            .filter(word -> ENGLISH_WORD.matcher(word).find())
            .count()
        >= 3;
  }

  private static boolean hasVietnameseLetter(String value) {
    String lower = Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return lower.codePoints().anyMatch(c -> VIETNAMESE_LETTERS.indexOf(c) >= 0);
  }

  private static void collectNonNfc(String path, JsonNode node, List<String> problems) {
    if (node.isTextual()) {
      if (!Normalizer.isNormalized(node.asText(), Normalizer.Form.NFC)) {
        problems.add(path + " = \"" + node.asText() + "\"");
      }
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> collectNonNfc(path + "/" + e.getKey(), e.getValue(), problems));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectNonNfc(path + "/" + i, node.get(i), problems);
      }
    }
  }

  private static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  /** Property names set in a JavaScript object literal ({@code name: value}). */
  private static Set<String> keysSet(String code) {
    Set<String> keys = new LinkedHashSet<>();
    Matcher matcher = Pattern.compile("(?m)^\\s*['\"]?([A-Za-z_$][\\w$]*)['\"]?\\s*:").matcher(code);
    while (matcher.find()) {
      keys.add(matcher.group(1));
    }
    return keys;
  }

  /** Our copy of an app file: the classpath URL that is not inside the Camunda webjar. */
  private static URL ours(String app, String file) {
    List<URL> candidates = resources(APP_ROOT + app + "/" + file);
    List<URL> ours = candidates.stream().filter(url -> !url.toString().contains(WEBJAR)).toList();
    assertThat(ours).as("our " + app + "/" + file + " among " + candidates).hasSize(1);
    return ours.get(0);
  }

  /** The file as Camunda ships it, from the webjar. */
  private static URL shipped(String app, String file) {
    List<URL> candidates = resources(APP_ROOT + app + "/" + file);
    List<URL> shipped = candidates.stream().filter(url -> url.toString().contains(WEBJAR)).toList();
    assertThat(shipped).as("shipped " + app + "/" + file + " among " + candidates).hasSize(1);
    return shipped.get(0);
  }

  private static List<URL> resources(String path) {
    try {
      return Collections.list(VietnameseLocaleTest.class.getClassLoader().getResources(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(URL url) {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }

  /** UTF-8 text without a leading BOM (Camunda's en.json starts with one). */
  private static String text(URL url) {
    String text = strictUtf8(read(url), url.toString());
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String strictUtf8(byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return fail(name + " is not valid UTF-8", e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
