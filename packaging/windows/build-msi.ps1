<#
.SYNOPSIS
  Builds the SmarterMail Lockdown MSI on a Windows machine.

.DESCRIPTION
  1. Runs the same build as on Linux, ./mvnw -Ppackage verify: jlink (packaging\jlink.args plus
     packaging\windows\jlink.args), the app image (packaging\app-image.args plus the Windows one),
     the image's AOT cache (src\build\AotCache.java), its --self-test, and a first MSI from
     packaging\windows\installer.args.
  2. Brands that MSI: takes the WiX source jpackage used (target\package\msi-temp\config\main.wxs,
     the JDK's own template), adds the installer's banner and dialog bitmaps as WixVariables, and
     builds the MSI again from the same argument file with that source as the resource folder.
  3. With -SmokeInstall: installs it quietly, runs the installed self-test, checks that it uses its
     AOT cache, checks the shortcuts, uninstalls, and checks that the program is gone while the
     journal and logs stay.

  Needs a JDK 25 (JAVA_HOME, or one in the usual install folders) and WiX (3.14 on PATH or in
  "%ProgramFiles(x86)%\WiX Toolset v3*\bin", or WiX 4+ as wix.exe). Works in Windows PowerShell 5.1
  (powershell.exe) and PowerShell 7 (pwsh.exe). Run from anywhere:
    powershell -ExecutionPolicy Bypass -File packaging\windows\build-msi.ps1 [-SkipTests] [-SmokeInstall]

.OUTPUTS
  target\package\installer\SmarterMail Lockdown-<version>.msi
#>
param(
    [switch]$SkipTests,
    [switch]$SmokeInstall
)
#Requires -Version 5.1
$ErrorActionPreference = 'Stop'
Set-Location (Resolve-Path (Join-Path $PSScriptRoot '..\..'))
$AppName = 'SmarterMail Lockdown'

# Windows PowerShell 5.1 turns whatever a native program writes to stderr into error records, which
# stop this script under $ErrorActionPreference = 'Stop' (java -version writes there; so do Maven's
# warnings). Every native program runs through Invoke-Native: its stderr comes through as text, and
# the verdict is its exit code ($LASTEXITCODE), the same in PowerShell 5.1 and 7.
function Invoke-Native([string]$Exe, [string[]]$Arguments = @()) {
    $saved = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try {
        & $Exe @Arguments 2>&1 | ForEach-Object { "$_" }
    } finally {
        $ErrorActionPreference = $saved
    }
}

function Test-Jdk25([string]$dir) {
    if (-not $dir -or -not (Test-Path (Join-Path $dir 'bin\jpackage.exe'))) { return $false }
    $v = Invoke-Native (Join-Path $dir 'bin\java.exe') @('-version') | Out-String
    return $v -match 'version "25([."]|$)'
}

if (-not (Test-Jdk25 $env:JAVA_HOME)) {
    $candidates = @($env:JAVA_HOME_25_X64, $env:JAVA25_HOME) +
        (Get-ChildItem -Directory -ErrorAction SilentlyContinue `
            "$env:ProgramFiles\Eclipse Adoptium\jdk-25*", "$env:ProgramFiles\Java\jdk-25*", "$env:ProgramFiles\Microsoft\jdk-25*" |
            ForEach-Object FullName)
    $found = $candidates | Where-Object { Test-Jdk25 $_ } | Select-Object -First 1
    if (-not $found) { throw 'No JDK 25 found (JAVA_HOME, JAVA_HOME_25_X64, JAVA25_HOME, Program Files). Install Eclipse Temurin 25.' }
    $env:JAVA_HOME = $found
}
Write-Host "Using JDK at $env:JAVA_HOME"

if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue) -and -not (Get-Command wix.exe -ErrorAction SilentlyContinue)) {
    $wix3 = Get-ChildItem -Directory -ErrorAction SilentlyContinue "${env:ProgramFiles(x86)}\WiX Toolset v3*\bin" |
        Sort-Object FullName | Select-Object -Last 1
    if (-not $wix3) { throw 'WiX not found: install WiX Toolset 3.14 (candle.exe, light.exe) or WiX 4+ (dotnet tool install --global wix).' }
    $env:PATH = "$($wix3.FullName);$env:PATH"
}

# 1. The shared build: app image, self-test, first MSI.
$mvn = @('-B', '-Ppackage', 'verify')
if ($SkipTests) { $mvn += '-DskipTests' }
Invoke-Native '.\mvnw.cmd' $mvn
if ($LASTEXITCODE -ne 0) { throw "mvnw -Ppackage verify failed ($LASTEXITCODE)" }

# 2. Branding: the bitmaps go in as WixVariables right after the <Package> element, which WiX 3
#    wants first inside <Product> and which is the root element in WiX 4's schema.
$template = 'target\package\msi-temp\config\main.wxs'
if (-not (Test-Path $template)) { throw "jpackage left no $template; was the first MSI built?" }
$wxs = [IO.File]::ReadAllText((Resolve-Path $template))
$package = [regex]::Match($wxs, '<Package\b[^>]*>')
if (-not $package.Success) { throw "No <Package> element in $template: this JDK's WiX template changed; update build-msi.ps1." }
$assets = (Resolve-Path 'assets').Path
$variables = "`r`n    <WixVariable Id=`"WixUIBannerBmp`" Value=`"$assets\installer-banner.bmp`" />" +
             "`r`n    <WixVariable Id=`"WixUIDialogBmp`" Value=`"$assets\installer-dialog.bmp`" />"
$resources = 'target\package\wix'
New-Item -ItemType Directory -Force $resources | Out-Null
[IO.File]::WriteAllText((Join-Path (Resolve-Path $resources) 'main.wxs'), $wxs.Insert($package.Index + $package.Length, $variables),
    (New-Object System.Text.UTF8Encoding $false))
Remove-Item -Recurse -Force 'target\package\msi-temp', 'target\package\installer'
Invoke-Native (Join-Path $env:JAVA_HOME 'bin\jpackage.exe') @('@target/package/args/windows/installer.args', '--resource-dir', $resources)
if ($LASTEXITCODE -ne 0) { throw "jpackage (branded MSI) failed ($LASTEXITCODE)" }
$msi = Get-ChildItem 'target\package\installer\*.msi' | Select-Object -First 1
Write-Host ("MSI: {0} ({1:N1} MB)" -f $msi.FullName, ($msi.Length / 1MB))

# 3. Install, self-test, uninstall.
if ($SmokeInstall) {
    $log = Join-Path (Resolve-Path 'target\package') 'install.log'
    $p = Start-Process msiexec.exe -ArgumentList "/i `"$($msi.FullName)`" /qn /norestart /l*v `"$log`"" -Wait -PassThru
    if ($p.ExitCode -ne 0) { throw "msiexec /i failed ($($p.ExitCode)); see $log" }
    $dir = Join-Path $env:ProgramFiles $AppName
    Invoke-Native (Join-Path $dir "$AppName (Debug).exe") @('--self-test')
    if ($LASTEXITCODE -ne 0) { throw "the installed self-test failed ($LASTEXITCODE)" }
    # The installed program loads its classes from the AOT cache the build made (src/build/AotCache.java).
    $env:JAVA_TOOL_OPTIONS = '-Xlog:class+load=info'
    $loaded = Invoke-Native (Join-Path $dir "$AppName (Debug).exe") @('--help') | Out-String
    Remove-Item Env:JAVA_TOOL_OPTIONS
    if ($loaded -notmatch 'lockdown\.Launcher source: shared objects file') { throw "the installed program does not use its AOT cache (app\lockdown.aot)" }
    $menu = Join-Path $env:ProgramData "Microsoft\Windows\Start Menu\Programs\$AppName\$AppName.lnk"
    $desktop = Join-Path $env:PUBLIC "Desktop\$AppName.lnk"
    foreach ($link in @($menu, $desktop)) { if (-not (Test-Path $link)) { throw "missing shortcut: $link" } }
    $p = Start-Process msiexec.exe -ArgumentList "/x `"$($msi.FullName)`" /qn /norestart" -Wait -PassThru
    if ($p.ExitCode -ne 0) { throw "msiexec /x failed ($($p.ExitCode))" }
    if (Test-Path (Join-Path $dir "$AppName.exe")) { throw "the program is still in $dir after uninstalling" }
    $data = Join-Path $env:ProgramData $AppName
    if (-not (Test-Path (Join-Path $data 'logs'))) { throw "the logs in $data should outlive the program" }
    Write-Host "Smoke install passed: installed, self-test, shortcuts, uninstalled; $data kept."
}
