#!/usr/bin/env bash
# Tests the Ansible role here, off Windows: syntax check and ansible-lint of the role and the
# example playbook, then a real run of that playbook on this machine against two simulated
# SmarterMail servers (the Linux build of the tool, ansible.builtin modules in place of win_*).
# The first run must change something on both, the second nothing, and a merged report must come
# out. Usage: packaging/ansible/test.sh PATH-TO-LAUNCHER   (the build writes target/lockdown)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
launcher="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cd "$here"
export ANSIBLE_CONFIG="$here/ansible.cfg" ANSIBLE_NOCOLOR=1 ANSIBLE_FORCE_COLOR=0

ansible-playbook --syntax-check -i inventory/example.yml playbooks/site.yml
ansible-lint --offline playbooks/site.yml collections/ansible_collections/smartermail/lockdown/roles/lockdown

work="$(mktemp -d)"
sims=()
cleanup() { for p in "${sims[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
[ -n "${KEEP:-}" ] && trap - EXIT && echo "keeping $work"

# Two simulated servers, each on a free port the simulator picks and prints.
for name in mail1 mail2; do
  "$launcher" simulate --port 0 > "$work/$name.log" 2>&1 &
  sims+=("$!")
done
for name in mail1 mail2; do
  for _ in $(seq 100); do grep -q 'listening on' "$work/$name.log" && break; sleep 0.1; done
  grep -o 'http://[0-9.:]*' "$work/$name.log" | head -1 > "$work/$name.url"
done
export SMLOCKDOWN_PASSWORD=Demo-Lockdown-2026
"$launcher" profile --server "$(cat "$work/mail1.url")" --user admin --recommended --out "$work/profile.json" >/dev/null

cat > "$work/inventory.yml" <<INV
all:
  children:
    smartermail:
      hosts:
        mail1: {lockdown_target: ["--server", "$(cat "$work/mail1.url")", "--user", "admin"]}
        mail2: {lockdown_target: ["--server", "$(cat "$work/mail2.url")", "--user", "admin"]}
      vars:
        ansible_connection: local
        ansible_python_interpreter: "{{ ansible_playbook_python }}"
        lockdown_windows: false
        lockdown_launcher: "$launcher"
        lockdown_profile: "$work/profile.json"
        lockdown_workdir: "$work/{{ inventory_hostname }}"
        lockdown_password: "{{ lookup('env', 'SMLOCKDOWN_PASSWORD') }}"
        lockdown_results: "$work/results"
INV
mkdir -p "$work/results"
run() {
  ansible-playbook -i "$work/inventory.yml" playbooks/site.yml "$@" \
    -e lockdown_results="$work/results" -e lockdown_controller_launcher="$launcher" \
    -e lockdown_report="$work/results/fleet.html" | tee "$work/last.log"
}
changed() { grep -E "^$1 +:" "$work/last.log" | sed -E 's/.*changed=([0-9]+).*/\1/'; }

# Check mode only audits: the servers stay as they were.
run --check
"$launcher" audit --server "$(cat "$work/mail1.url")" --user admin --json > "$work/after-check.json" || true
grep -q '"allow-relay" : "anyone"' "$work/after-check.json" || { echo "check mode changed the server" >&2; exit 1; }
ls "$work/results/"*.json >/dev/null || { echo "check mode saved no results" >&2; exit 1; }
run
[ "$(changed mail1)" -gt 0 ] && [ "$(changed mail2)" -gt 0 ] || { echo "the first run changed nothing" >&2; exit 1; }
run
[ "$(changed mail1)" = 0 ] && [ "$(changed mail2)" = 0 ] || { echo "the second run changed something" >&2; exit 1; }
grep -q 'href="#server-1"' "$work/results/fleet.html" || { echo "no merged report" >&2; exit 1; }
grep -q 'SMLOCKDOWN_PASSWORD\|Demo-Lockdown-2026' "$work/last.log" && { echo "the password reached the log" >&2; exit 1; }
echo "ansible: syntax, lint, check mode, first run changed, second run unchanged, merged report: all good"
