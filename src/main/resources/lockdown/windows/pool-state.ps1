# The state of an application pool (Started, Stopped...).
$p = Get-Pool (Open-Iis) $in.pool
Out-Result ([pscustomobject]@{ state = [string]$p.State })
