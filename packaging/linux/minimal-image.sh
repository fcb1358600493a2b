#!/usr/bin/env bash
# Builds, the same way as the wizard's image (same jlink and jpackage options), the app image of a
# minimal JavaFX program (one window with one button: java.base and javafx.controls), and prints
# both sizes, so what the wizard's image adds over JavaFX itself stays visible.
# Usage: packaging/linux/minimal-image.sh  (after ./mvnw -Ppackage verify; needs JAVA_HOME = a JDK 25)
set -euo pipefail
cd "$(dirname "$0")/../.."
J="${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
pkg=target/package
work=target/minimal-image
rm -rf "$work" && mkdir -p "$work/src/hello" "$work/classes" "$work/input"
cat > "$work/src/hello/Hello.java" <<'JAVA'
package hello;

public class Hello extends javafx.application.Application {
    @Override
    public void start(javafx.stage.Stage stage) {
        stage.setTitle("Hello");
        stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Button("Hello"), 200, 100));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
JAVA
"$J/bin/javac" --module-path "$pkg/jfx" --add-modules javafx.controls -d "$work/classes" "$work/src/hello/Hello.java"
"$J/bin/jar" --create --file "$work/input/hello.jar" -C "$work/classes" .
# the shared jlink options, with only the modules a JavaFX window needs
grep -v -e '^#' -e '^--add-modules' -e '^--output' packaging/jlink.args > "$work/jlink.args"
"$J/bin/jlink" @"$work/jlink.args" --add-modules java.base,javafx.controls --output "$work/runtime"
"$J/bin/jpackage" --type app-image --name hello --runtime-image "$work/runtime" --input "$work/input" \
  --main-jar hello.jar --main-class hello.Hello --dest "$work/image"
size() { du -sm "$1" | cut -f1; }
echo "App image sizes (MB, on disk):"
aot="$pkg/image/SmarterMail Lockdown/lib/app/lockdown.aot"
printf '  %-32s %4s MB (runtime %s MB, AOT cache %s MB)\n' "SmarterMail Lockdown" "$(size "$pkg/image/SmarterMail Lockdown")" \
  "$(size "$pkg/image/SmarterMail Lockdown/lib/runtime")" "$([ -f "$aot" ] && size "$aot" || echo 0)"
printf '  %-32s %4s MB (runtime %s MB)\n' "minimal JavaFX app, same options" "$(size "$work/image/hello")" "$(size "$work/image/hello/lib/runtime")"
for deb in "$pkg"/installer/*.deb; do [ -f "$deb" ] && printf '  %-32s %4s MB\n' "$(basename "$deb")" "$(size "$deb")"; done
exit 0
