# Sets an application pool's identity in one commit. A built-in identity clears the user name and
# the stored password; a specific user's password comes from standard input only.
$m = Open-Iis
$pm = (Get-Pool $m $in.pool).ProcessModel
$pm.IdentityType = [Microsoft.Web.Administration.ProcessModelIdentityType][string]$in.identityType
if ([string]$in.identityType -eq 'SpecificUser') {
    $pm.UserName = [string]$in.userName
    $pm.Password = [string]$in.password
} else {
    $pm.UserName = ''
    $pm.Password = ''
}
$m.CommitChanges()
Out-Result ([pscustomobject]@{ identityType = [string]$pm.IdentityType })
