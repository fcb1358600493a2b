# Removes one of the wizard's tasks, if it is there.
$t = Get-ScheduledTask -TaskPath ([string]$in.folder) -TaskName ([string]$in.name) -ErrorAction SilentlyContinue
if ($null -ne $t) {
    Unregister-ScheduledTask -TaskPath ([string]$in.folder) -TaskName ([string]$in.name) -Confirm:$false
}
Out-Result ([pscustomobject]@{ removed = ($null -ne $t) })
