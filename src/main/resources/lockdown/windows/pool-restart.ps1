# Recycles an application pool (starts it when stopped), so its worker process logs on anew.
$p = Get-Pool (Open-Iis) $in.pool
if ([string]$p.State -eq 'Stopped') { [void]$p.Start() } else { [void]$p.Recycle() }
Start-Sleep -Milliseconds 500
Out-Result ([pscustomobject]@{ state = [string]$p.State })
