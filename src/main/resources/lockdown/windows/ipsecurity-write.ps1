# Writes a site's IP restrictions (ipSecurity and dynamicIpSecurity, stored in applicationHost.config
# for the site, as both sections are locked at site level) in ONE commit: it takes effect whole or
# not at all. Entries the site does not want are removed only where the site itself defines them;
# inherited entries stay, and entries already present are not added twice. Other attributes of the
# sections are left as they are.
$m = Open-Iis
$c = $m.GetApplicationHostConfiguration()
$s = $c.GetSection('system.webServer/security/ipSecurity', [string]$in.site)
$coll = $s.GetCollection()
function Key($e) { return ([string]$e['ipAddress'] + '|' + [string]$e['subnetMask'] + '|' + [string]$e['domainName'] + '|' + [string]$e['allowed']).ToLowerInvariant() }
function WantedKey($w) {
    $mask = [string]$w.subnetMask
    if ($mask -eq '' -and [string]$w.ipAddress -ne '') { if ([string]$w.ipAddress -like '*:*') { $mask = '128' } else { $mask = '255.255.255.255' } }
    return ([string]$w.ipAddress + '|' + $mask + '|' + [string]$w.domainName + '|' + [string][bool]$w.allowed).ToLowerInvariant()
}
$wanted = @{}
foreach ($w in $in.entries) { $wanted[(WantedKey $w)] = $w }
$present = @{}
foreach ($e in @($coll)) {
    $k = Key $e
    if (-not $wanted.ContainsKey($k) -and $e.IsLocallyStored) { $coll.Remove($e) } else { $present[$k] = $true }
}
foreach ($k in $wanted.Keys) {
    if ($present.ContainsKey($k)) { continue }
    $w = $wanted[$k]
    $n = $coll.CreateElement('add')
    foreach ($a in $w.PSObject.Properties) {
        if ($a.Name -eq 'allowed') { $n['allowed'] = [bool]$a.Value } else { $n[$a.Name] = [string]$a.Value }
    }
    [void]$coll.Add($n)
}
$s['allowUnlisted'] = [bool]$in.allowUnlisted
$d = $c.GetSection('system.webServer/security/dynamicIpSecurity', [string]$in.site)
$rate = $d.GetChildElement('denyByRequestRate')
$rate['enabled'] = [bool]$in.rate.enabled
$rate['maxRequests'] = [long]$in.rate.maxRequests
$rate['requestIntervalInMilliseconds'] = [long]$in.rate.requestIntervalInMilliseconds
$open = $d.GetChildElement('denyByConcurrentRequests')
$open['enabled'] = [bool]$in.concurrent.enabled
$open['maxConcurrentRequests'] = [long]$in.concurrent.maxConcurrentRequests
$m.CommitChanges()
Out-Result ([pscustomobject]@{ entries = $wanted.Count })
