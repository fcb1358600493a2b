# The inbound rules for a TCP port, from the active store (so Group Policy rules count), as text
# values that do not depend on the Windows display language.
$r = Get-NetFirewallPortFilter -PolicyStore ActiveStore -Protocol TCP | Where-Object { $_.LocalPort -eq [string]$in.port } |
    Get-NetFirewallRule | Where-Object { [string]$_.Direction -eq 'Inbound' }
$list = @($r | ForEach-Object {
    [pscustomobject]@{ name = $_.DisplayName; enabled = [string]$_.Enabled; action = [string]$_.Action;
                       remote = (($_ | Get-NetFirewallAddressFilter).RemoteAddress -join ',') } })
Out-Result $list
