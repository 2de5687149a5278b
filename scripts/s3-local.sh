#!/usr/bin/env bash
# scripts/s3-local.sh up|down|status|install -- a throwaway local S3 for development and tests:
# a single-node Ceph cluster (1 mon, 1 memstore OSD, no mgr, cephx off) plus radosgw on
# 127.0.0.1, a fixed-key S3 user, and the demo data from scripts/seed-demo.mjs.
# Debian 12 packages (Ceph 16.2.15).
#
#   up      install missing packages (root), bootstrap, seed, print endpoint + keys.
#           On a healthy running cluster it only reseeds (idempotent) and prints the info.
#   down    stop the daemons it recorded (by PID, comm-checked) and delete the data dir.
#   status  exit 0 if the cluster answers, 1 if not.
#   install install missing packages (root) and print the radosgw version; nothing starts.
#
# Env: RGW_PORT (7480)  MON_PORT (3300 + RGW_PORT - 7480, so 7481 -> 3301)
#      S3_LOCAL_DATA (/tmp/s3-presign-rgw-$RGW_PORT)  S3_ACCESS_KEY  S3_SECRET_KEY
#      S3_LOCAL_NO_SEED=1 (skip seeding)  S3_LOCAL_QUIET=1 (no summary)  TIMEOUT (60 s per start-up phase)
set -euo pipefail

CMD=${1:-}
RGW_HOST=127.0.0.1
RGW_PORT=${RGW_PORT:-7480}
[[ $RGW_PORT =~ ^[0-9]+$ ]] || { echo "s3-local: RGW_PORT must be a number" >&2; exit 2; }
DEFAULT_MON_PORT=$((3300 + RGW_PORT - 7480))
((DEFAULT_MON_PORT > 1024 && DEFAULT_MON_PORT < 65536)) || DEFAULT_MON_PORT=3300
MON_PORT=${MON_PORT:-$DEFAULT_MON_PORT}
DATA=${S3_LOCAL_DATA:-/tmp/s3-presign-rgw-$RGW_PORT}
S3_ACCESS_KEY=${S3_ACCESS_KEY:-TESTACCESSKEY1234567}
S3_SECRET_KEY=${S3_SECRET_KEY:-testsecretkey1234567890abcdefghijklmnopq}
TIMEOUT=${TIMEOUT:-60}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MARKER=$DATA/.s3-presign-rgw
CONF=$DATA/ceph.conf
PIDS=$DATA/pids
ENDPOINT="http://$RGW_HOST:$RGW_PORT"
PKGS=(ceph-common ceph-mon ceph-osd radosgw)
BINS=(ceph ceph-mon ceph-osd radosgw radosgw-admin monmaptool)
DAEMONS=(rgw osd mon) # stop order
declare -A COMM=([mon]=ceph-mon [osd]=ceph-osd [rgw]=radosgw)

T0=$(date +%s%N)
secs() { echo "$(( ($(date +%s%N) - T0) / 1000000 ))" | awk '{printf "%.1f", $1 / 1000}'; }
log() { echo "[s3-local $(date +%T)] $*" >&2; }
fail() { echo "s3-local: $*" >&2; exit 1; }

# ---------------------------------------------------------------- process helpers
# The PID recorded for daemon $1 if that process is alive, not a zombie, and still has the
# daemon's command name (guards against PID reuse); nothing otherwise.
live_pid() {
	local pid stat
	pid=$(cat "$PIDS/$1" 2>/dev/null) || return 1
	[[ $pid =~ ^[0-9]+$ ]] || return 1
	stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
	[[ ${stat##*) } != Z* ]] || return 1
	[[ $(cat "/proc/$pid/comm" 2>/dev/null) == "${COMM[$1]}" ]] || return 1
	echo "$pid"
}
alive() { live_pid "$1" >/dev/null; }
answers() { curl -fsS -o /dev/null --max-time 3 "$ENDPOINT/" 2>/dev/null; }
healthy() { [[ -f $MARKER ]] && alive mon && alive osd && alive rgw && answers; }

stop_daemons() {
	local d pid
	[[ -d $PIDS ]] || return 0
	for d in "${DAEMONS[@]}"; do
		if pid=$(live_pid "$d"); then
			kill -TERM "$pid" 2>/dev/null || true
			for _ in $(seq 1 50); do alive "$d" || break; sleep 0.1; done
			if alive "$d"; then
				log "$d ($pid) ignored SIGTERM for 5 s; SIGKILL"
				kill -KILL "$pid" 2>/dev/null || true
			fi
			log "stopped $d ($pid)"
		fi
		rm -f "$PIDS/$d"
	done
}

purge() {
	stop_daemons
	if [[ -f $MARKER ]]; then
		rm -rf "$DATA"
	elif [[ -e $DATA ]]; then
		fail "$DATA is not ours (no $(basename "$MARKER") marker); left alone"
	fi
}

# ---------------------------------------------------------------- environment checks
ensure_packages() {
	local missing=() b
	for b in "${BINS[@]}"; do command -v "$b" >/dev/null || missing+=("$b"); done
	((${#missing[@]} == 0)) && return 0
	command -v apt-get >/dev/null ||
		fail "missing ${missing[*]} and no apt-get here; install Ceph 16+ (${PKGS[*]}) yourself"
	((EUID == 0)) ||
		fail "missing ${missing[*]}; run as root once, or: sudo apt-get install --no-install-recommends ${PKGS[*]}"
	log "installing ${PKGS[*]} (first run only, ~60 MB)"
	export DEBIAN_FRONTEND=noninteractive
	local apt=(apt-get -o DPkg::Lock::Timeout=600)
	"${apt[@]}" install -y --no-install-recommends "${PKGS[@]}" >&2 ||
		{ "${apt[@]}" update >&2 && "${apt[@]}" install -y --no-install-recommends "${PKGS[@]}" >&2; } ||
		fail "apt-get install ${PKGS[*]} failed (see above)"
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------- bootstrap
STARTED=0
die() { # fail during start-up: show log tails, stop what we started
	log "ERROR: $*"
	if ((STARTED)); then
		for f in "$DATA"/log/*.log; do [[ -f $f ]] && { echo "== tail $f" >&2; tail -n 5 "$f" >&2; }; done
		stop_daemons
	fi
	exit 1
}

start_daemon() { # name cmd...  foreground daemon in its own session, PID recorded
	local name=$1
	shift
	setsid "$@" </dev/null >>"$DATA/log/$name.stdout" 2>&1 &
	echo $! >"$PIDS/$name"
	STARTED=1
}

wait_for() { # description cmd...
	local desc=$1 end=$(($(date +%s) + TIMEOUT)) d
	shift
	until "$@" >/dev/null 2>&1; do
		(($(date +%s) < end)) || die "timeout waiting for $desc (logs in $DATA/log)"
		for d in "$PIDS"/*; do
			alive "$(basename "$d")" || die "$(basename "$d") exited while waiting for $desc"
		done
		sleep 0.1
	done
	log "$desc (t=$(secs) s)"
}

write_conf() {
	cat >"$CONF" <<EOF
[global]
fsid = $1
mon host = [v2:127.0.0.1:$MON_PORT]
mon initial members = a
public addr = 127.0.0.1
# msgr v2 only, cephx off: nothing leaves this machine
ms bind msgr1 = false
ms bind ipv6 = false
auth cluster required = none
auth service required = none
auth client required = none
# every path under the data dir; /etc/ceph is never used
run dir = $DATA/run
admin socket = $DATA/run/\$name.asok
pid file = $DATA/run/\$name.pid
log file = $DATA/log/\$name.log
crash dir = $DATA/crash
log to stderr = false
err to stderr = true
mon cluster log file = $DATA/log/cluster.log
# one OSD: pools of size 1, and no health warnings about it
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon allow pool size one = true
mon allow pool delete = true
mon warn on pool no redundancy = false
mon warn on insecure global id reclaim allowed = false
mon data avail warn = 2
mon data avail crit = 1
# rgw creates 4 pools on first start; each osdmap change would otherwise wait for the
# 1 s paxos batching interval (rgw start-up 9 s -> 0.7 s)
paxos propose interval = 0.05

[mon]
mon data = $DATA/mon/\$id

[osd]
osd data = $DATA/osd/\$id
osd objectstore = memstore
memstore device bytes = ${MEMSTORE_BYTES:-4294967296}

[client.rgw.a]
rgw frontends = beast endpoint=$RGW_HOST:$RGW_PORT
rgw data = $DATA/rgw
rgw thread pool size = 64
# radosgw defaults to ms_mon_client_mode=secure, which cannot work with auth=none: the mon
# connection loops forever ("get_initial_auth_request returned -13"). AUTH_NONE needs crc.
ms mon client mode = crc secure
EOF
}

bootstrap() {
	if [[ -e $DATA ]]; then
		if [[ -f $MARKER ]]; then
			purge
		elif [[ -n $(ls -A "$DATA") ]]; then
			fail "$DATA exists, is not empty and is not ours (no marker); set S3_LOCAL_DATA"
		fi
	fi
	local port
	for port in "$RGW_PORT" "$MON_PORT"; do
		port_busy "$port" && fail "port $port is already in use (another cluster? try RGW_PORT=7481 MON_PORT=3301)"
	done
	mkdir -p "$DATA"/{mon/a,osd/0,log,run,rgw,crash} "$PIDS"
	touch "$MARKER"

	local fsid osd_uuid osd_id
	fsid=$(cat /proc/sys/kernel/random/uuid)
	osd_uuid=$(cat /proc/sys/kernel/random/uuid)
	write_conf "$fsid"
	local ceph=(ceph -c "$CONF" --connect-timeout 10)

	monmaptool --create --fsid "$fsid" --addv a "[v2:127.0.0.1:$MON_PORT]" "$DATA/monmap" >/dev/null
	ceph-mon -c "$CONF" --mkfs -i a --monmap "$DATA/monmap" >>"$DATA/log/mkfs.log" 2>&1 ||
		die "ceph-mon --mkfs failed: $(tail -5 "$DATA/log/mkfs.log")"
	start_daemon mon ceph-mon -c "$CONF" -f -i a
	wait_for "mon quorum" "${ceph[@]}" mon stat

	osd_id=$("${ceph[@]}" osd new "$osd_uuid" 2>>"$DATA/log/mkfs.log") || die "ceph osd new failed"
	[[ $osd_id == 0 ]] || die "unexpected osd id '$osd_id'"
	ceph-osd -c "$CONF" -i 0 --mkfs --osd-uuid "$osd_uuid" >>"$DATA/log/mkfs.log" 2>&1 ||
		die "ceph-osd --mkfs failed: $(tail -5 "$DATA/log/mkfs.log")"
	start_daemon osd ceph-osd -c "$CONF" -f -i 0
	osd_up() { "${ceph[@]}" osd dump 2>/dev/null | grep -q '^osd\.0 up'; }
	wait_for "osd.0 up" osd_up

	start_daemon rgw radosgw -c "$CONF" -f -n client.rgw.a
	wait_for "rgw answers on $ENDPOINT" answers

	radosgw-admin -c "$CONF" user create --uid=demo --display-name="S3 Presign demo" \
		--access-key="$S3_ACCESS_KEY" --secret-key="$S3_SECRET_KEY" \
		>"$DATA/log/user.json" 2>>"$DATA/log/mkfs.log" || die "radosgw-admin user create failed"
	log "cluster ready in $(secs) s"
}

write_env() {
	cat >"$DATA/env.sh" <<EOF
# local S3 from scripts/s3-local.sh; load with: set -a; . $DATA/env.sh; set +a
S3_ENDPOINT=$ENDPOINT
AWS_ACCESS_KEY_ID=$S3_ACCESS_KEY
AWS_SECRET_ACCESS_KEY=$S3_SECRET_KEY
AWS_DEFAULT_REGION=us-east-1
EOF
}

seed() {
	[[ ${S3_LOCAL_NO_SEED:-0} == 1 ]] && return 0
	command -v node >/dev/null || die "node is not installed; cannot seed the demo data"
	S3_ENDPOINT=$ENDPOINT AWS_ACCESS_KEY_ID=$S3_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$S3_SECRET_KEY \
		AWS_DEFAULT_REGION=us-east-1 node "$ROOT/scripts/seed-demo.mjs" >&2 ||
		die "seeding failed (node scripts/seed-demo.mjs)"
}

print_info() {
	cat <<EOF

Local S3 (Ceph RGW) is up:
  Endpoint URL       $ENDPOINT
  Region             us-east-1
  Access key ID      $S3_ACCESS_KEY
  Secret access key  $S3_SECRET_KEY
  Bucket             demo   (and 'nocors', which has no CORS rule)
  Env file           $DATA/env.sh
  Stop               bash scripts/s3-local.sh down$( [[ $RGW_PORT == 7480 ]] || echo "   (with RGW_PORT=$RGW_PORT)")
EOF
}

case $CMD in
up)
	[[ $(uname -s) == Linux ]] || fail "needs Linux with Debian's Ceph packages (this is $(uname -s))"
	ensure_packages
	if healthy; then
		log "already running in $DATA; reseeding"
	else
		bootstrap
	fi
	write_env
	seed
	log "up in $(secs) s"
	[[ ${S3_LOCAL_QUIET:-0} == 1 ]] || print_info
	;;
down)
	purge
	log "down ($DATA removed) in $(secs) s"
	;;
install)
	ensure_packages
	radosgw --version 2>/dev/null | head -n 1
	;;
status)
	if healthy; then
		echo "running: $ENDPOINT (data $DATA, pids mon $(live_pid mon) osd $(live_pid osd) rgw $(live_pid rgw))"
	else
		echo "not running ($ENDPOINT, data $DATA)"
		exit 1
	fi
	;;
*)
	echo "usage: bash scripts/s3-local.sh up|down|status|install   (env: RGW_PORT MON_PORT S3_LOCAL_DATA)" >&2
	exit 2
	;;
esac
