#!/usr/bin/env bash
# Checks the jlinked runtime against what jdeps says the wizard and its libraries use: every module
# jdeps names must be in the image. Run after ./mvnw -Ppackage verify, with JAVA_HOME = a JDK 25.
set -euo pipefail
cd "$(dirname "$0")/../.."
J="${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
pkg=target/package
release="$pkg/image/SmarterMail Lockdown/lib/runtime/release"
have=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$release" | tr ' ' '\n' | sort -u)
need=""
for jar in "$pkg"/input/*.jar; do
  need="$need,$("$J/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 \
      --module-path "$pkg/jfx:$pkg/input" "$jar" 2>/dev/null | tail -1)"
done
# only modules of the JDK and JavaFX: the libraries' own module names are on the class path
need=$(echo "$need" | tr ',' '\n' | grep -E '^(java|jdk|javafx)\.' | sort -u)
missing=$(comm -23 <(echo "$need") <(echo "$have"))
echo "jdeps: the wizard and its libraries use $(echo "$need" | paste -sd, -)"
if [ -n "$missing" ]; then
  echo "MISSING from the runtime image: $(echo "$missing" | paste -sd, -) (add them to packaging/jlink.args)" >&2
  exit 1
fi
echo "the runtime image has them all ($(echo "$have" | wc -l) modules: $(echo "$have" | paste -sd, -))"
