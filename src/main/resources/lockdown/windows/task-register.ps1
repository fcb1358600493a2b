# Registers a one-shot task, run as SYSTEM at the given instant (ISO 8601, UTC), in the wizard's own folder of
# Task Scheduler: the revert of a change nobody confirmed. The ScheduledTasks module takes a DateTime, so no
# date is written in the console's locale (as schtasks /SD would need). If the computer is off at that
# moment, the task runs as soon as it can; it deletes itself a day later.
$at = [DateTime]::Parse([string]$in.at, [Globalization.CultureInfo]::InvariantCulture,
    [Globalization.DateTimeStyles]::AdjustToUniversal).ToLocalTime()
$action = New-ScheduledTaskAction -Execute ([string]$in.program) -Argument ([string]$in.arguments)
$trigger = New-ScheduledTaskTrigger -Once -At $at
$trigger.EndBoundary = $at.AddHours(1).ToString('s')
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -StartWhenAvailable `
    -DeleteExpiredTaskAfter (New-TimeSpan -Days 1)
Register-ScheduledTask -TaskPath ([string]$in.folder) -TaskName ([string]$in.name) -Action $action -Trigger $trigger `
    -Principal $principal -Settings $settings -Force | Out-Null
Out-Result ([pscustomobject]@{ registered = $true })
