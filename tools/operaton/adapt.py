#!/usr/bin/env python3
"""The parts of the move to Operaton that OpenRewrite's Java recipes do not cover, applied to a copy
of the application (never to the working tree): Maven coordinates, configuration keys, the webapps'
override folder and names inside strings. docs/upgrade.md lists every change and why."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
operaton_version = sys.argv[2]

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

pom = root / "pom.xml"
text = pom.read_text(encoding="utf-8")
for (group, artifact), (new_group, new_artifact) in COORDINATES.items():
    pattern = re.compile(r"<groupId>" + re.escape(group) + r"</groupId>(\s*)<artifactId>" + re.escape(artifact) + r"</artifactId>")
    text, count = pattern.subn("<groupId>" + new_group + r"</groupId>\1<artifactId>" + new_artifact + "</artifactId>", text)
    if count == 0:
        sys.exit(f"pom.xml: {group}:{artifact} not found")
text = text.replace("<version>${camunda.version}</version>", "<version>${operaton.version}</version>")
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

webjars = root / "src/main/resources/META-INF/resources/webjars"
if (webjars / "camunda").exists():
    (webjars / "camunda").rename(webjars / "operaton")
print("adapted", root)
