#!/usr/bin/env python3
"""The parts of the move to Operaton that OpenRewrite's Java recipes do not cover, applied to a copy
of the application (never to the working tree): Maven coordinates, configuration keys, the webapps'
override folder and names inside strings. docs/upgrade.md lists every change and why."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
operaton_version = sys.argv[2]
# Operaton artifacts that Maven could not resolve (build.sh checks): "spin-json" and "assert" are then
# Camunda 7.24's own, relocated; "junit5" is the engine's test jar (classifier junit5), which holds the
# JUnit 5 extension in Operaton 1.0
substitutes = set(sys.argv[3:])

# Maven: Camunda's coordinates to Operaton's; libraries without an Operaton release to their relocated
# copies (build.sh makes them: the same classes, with references to org.camunda.bpm moved to org.operaton.bpm)
COORDINATES = {
    ("org.camunda.bpm", "camunda-bom"): ("org.operaton.bpm", "operaton-bom"),
    ("org.camunda.bpm.springboot", "camunda-bpm-spring-boot-starter-webapp"):
        ("org.operaton.bpm.springboot", "operaton-bpm-spring-boot-starter-webapp"),
    ("org.camunda.bpm.springboot", "camunda-bpm-spring-boot-starter-rest"):
        ("org.operaton.bpm.springboot", "operaton-bpm-spring-boot-starter-rest"),
    ("org.camunda.bpm", "camunda-engine-plugin-spin"): ("org.operaton.bpm", "operaton-engine-plugin-spin"),
    ("org.camunda.spin", "camunda-spin-dataformat-json-jackson"):
        ("org.operaton.spin", "operaton-spin-dataformat-json-jackson"),
    ("org.camunda.bpm", "camunda-bpm-junit5"): ("org.operaton.bpm", "operaton-bpm-junit5"),
    ("org.camunda.bpm", "camunda-bpm-assert"): ("org.operaton.bpm", "operaton-bpm-assert"),
    ("io.holunda.data", "camunda-bpm-data"): ("vn.viethoa.operaton", "camunda-bpm-data-relocated"),
    ("org.camunda.community.process_test_coverage", "camunda-process-test-coverage-engine-platform-7"):
        ("vn.viethoa.operaton", "camunda-process-test-coverage-engine-platform-7-relocated"),
    ("org.camunda.community.process_test_coverage", "camunda-process-test-coverage-report-generator"):
        ("vn.viethoa.operaton", "camunda-process-test-coverage-report-generator-relocated"),
}

if "spin-json" in substitutes:
    COORDINATES[("org.camunda.spin", "camunda-spin-dataformat-json-jackson")] = \
        ("vn.viethoa.operaton", "camunda-spin-dataformat-json-jackson-relocated")
if "assert" in substitutes:
    COORDINATES[("org.camunda.bpm", "camunda-bpm-assert")] = ("vn.viethoa.operaton", "camunda-bpm-assert-relocated")
if "junit5" in substitutes:
    COORDINATES[("org.camunda.bpm", "camunda-bpm-junit5")] = ("org.operaton.bpm", "operaton-engine")

pom = root / "pom.xml"
text = pom.read_text(encoding="utf-8")
for (group, artifact), (new_group, new_artifact) in COORDINATES.items():
    pattern = re.compile(r"<groupId>" + re.escape(group) + r"</groupId>(\s*)<artifactId>" + re.escape(artifact) + r"</artifactId>")
    text, count = pattern.subn("<groupId>" + new_group + r"</groupId>\1<artifactId>" + new_artifact + "</artifactId>", text)
    if count == 0:
        sys.exit(f"pom.xml: {group}:{artifact} not found")
text = text.replace("<version>${camunda.version}</version>", "<version>${operaton.version}</version>")
# the relocated Camunda artifacts carry Camunda's version; the engine's JUnit 5 jar its classifier
for artifact in ("camunda-spin-dataformat-json-jackson-relocated", "camunda-bpm-assert-relocated"):
    text = text.replace(f"<artifactId>{artifact}</artifactId>",
                        f"<artifactId>{artifact}</artifactId>\n      <version>${{camunda.version}}</version>")
if "junit5" in substitutes:
    text = text.replace("<artifactId>operaton-engine</artifactId>\n      <scope>test</scope>",
                        "<artifactId>operaton-engine</artifactId>\n      <classifier>junit5</classifier>\n      <scope>test</scope>")
if "spin-json" in substitutes:
    # Spin's core, which Camunda's data format brought along (the relocated jar leaves Camunda's out)
    block = "<artifactId>camunda-spin-dataformat-json-jackson-relocated</artifactId>\n      <version>${camunda.version}</version>\n    </dependency>"
    if block not in text:
        sys.exit("pom.xml: the relocated Spin data format is not where expected")
    text = text.replace(block, block + "\n    <dependency>\n      <groupId>org.operaton.spin</groupId>\n"
                        "      <artifactId>operaton-spin-core</artifactId>\n    </dependency>", 1)
text = text.replace("<camunda.version>", f"<operaton.version>{operaton_version}</operaton.version>\n    <camunda.version>", 1)
pom.write_text(text, encoding="utf-8")

# Configuration keys: camunda.bpm.* is operaton.bpm.*; the webapps keep their address (/camunda/app/...),
# which officials have bookmarked and mails link to
for path in list((root / "src").rglob("*.yaml")) + list((root / "src").rglob("*.yml")):
    text = path.read_text(encoding="utf-8")
    new = re.sub(r"(?m)^camunda:", "operaton:", text)
    new = new.replace("org.camunda.bpm", "org.operaton.bpm").replace("camunda.bpm.", "operaton.bpm.")
    if path.name == "application.yaml":
        new = new.replace("    webapp:\n      index-redirect-enabled: true",
                          "    webapp:\n      application-path: /camunda\n      index-redirect-enabled: true", 1)
    if new != text:
        path.write_text(new, encoding="utf-8")

# Names inside strings and resources: property names in tests ("--camunda.bpm.…"), logger categories,
# the webapps' override folder
for path in (root / "src").rglob("*"):
    if path.suffix not in {".java", ".properties", ".factories", ".imports", ".html", ".js"} or not path.is_file():
        continue
    text = path.read_text(encoding="utf-8")
    new = text.replace("org.camunda.bpm", "org.operaton.bpm").replace("org.camunda.spin", "org.operaton.spin")
    new = re.sub(r"(?<![\w.])camunda\.bpm\.", "operaton.bpm.", new)
    new = new.replace("webjars/camunda/", "webjars/operaton/")
    if new != text:
        path.write_text(new, encoding="utf-8")

# API changes beyond renames: Operaton's engine-configuration base class takes the starter's properties
# in its constructor (Camunda's had none); the coverage configuration of the tests reads none of them
coverage = root / "src/test/java/vn/viethoa/movement/support/ProcessCoverageConfiguration.java"
if coverage.exists():
    text = coverage.read_text(encoding="utf-8")
    coverage.write_text(text.replace("new AbstractOperatonConfiguration() {", "new AbstractOperatonConfiguration(null) {"),
                        encoding="utf-8")

webjars = root / "src/main/resources/META-INF/resources/webjars"
if (webjars / "camunda").exists():
    (webjars / "camunda").rename(webjars / "operaton")
print("adapted", root)
