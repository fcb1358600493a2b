# Shared start of every script the wizard runs. Input and output are Base64 of UTF-8 JSON, so neither
# the console code page nor the PowerShell version can garble names or secrets; secrets arrive on
# standard input, never on a command line.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$in = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String([Console]::In.ReadToEnd().Trim())) | ConvertFrom-Json
function Out-Result($o) {
    $json = ConvertTo-Json -InputObject $o -Compress -Depth 6
    [Console]::Out.Write([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($json)))
}
function Open-Iis {
    Add-Type -Path (Join-Path $env:windir 'System32\inetsrv\Microsoft.Web.Administration.dll')
    return New-Object Microsoft.Web.Administration.ServerManager
}
function Get-Pool($m, $name) {
    $p = $m.ApplicationPools[[string]$name]
    if ($null -eq $p) { throw ('There is no application pool ' + $name) }
    return $p
}
