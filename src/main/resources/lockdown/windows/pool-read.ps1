# The identity of an application pool: its type and user name, never its password.
$p = Get-Pool (Open-Iis) $in.pool
Out-Result ([pscustomobject]@{ identityType = [string]$p.ProcessModel.IdentityType; userName = [string]$p.ProcessModel.UserName })
