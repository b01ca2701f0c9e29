#!/bin/sh
# End-to-end OmegaT 3.6 oracle run on the hand-written samples in tests/data/standards/samples.
# Needs: apt-get install -y omegat   (Debian 12: OmegaT 3.6.0, OpenJDK 17 works)
#   sh run_all.sh        -> prints each check and a closing "N passed, N failed" line
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
S="$HERE/../../standards/samples"
T=$(mktemp -d "${TMPDIR:-/tmp}/omegat-run.XXXXXX")
printf 'The glossary is ready.\n\nThis sentence has no match.\n' > "$T/hello.txt"
PASS=0; FAIL=0
check() {  # name, expected exit code, command...
  name=$1; want=$2; shift 2
  "$@" > "$T/out.txt" 2>&1; got=$?
  if [ "$got" -eq "$want" ]; then PASS=$((PASS+1)); r=ok; else FAIL=$((FAIL+1)); r=FAILED; fi
  echo "== $name: exit $got (want $want) $r"; sed 's/^/   /' "$T/out.txt" | grep -v '^   log: Info' | cut -c1-160
}
check "TMX 1.4 exact match en-US->zh-CN via tm/auto + console-translate" 0 \
  sh "$HERE/omegat_tmx_check.sh" "$S/tmx14-valid.tmx" "$T/hello.txt" en-US zh-CN "术语表已就绪。"
check "TMX whose tuv lacks xml:lang: OmegaT drops the whole file (run still exits 0)" 1 \
  sh "$HERE/omegat_tmx_check.sh" "$S/tmx14-invalid-tuv.tmx" "$T/hello.txt" en-US zh-CN "术语表"
check "TBX v2 (martif) TBX-Basic glossary, 3 entries expected" 0 \
  sh "$HERE/omegat_tbx_check.sh" "$S/tbx2-basic-valid.tbx" en-US zh-CN 3
check "TBX v3 (<tbx>, ISO 30042:2019) glossary: rejected by OmegaT 3.6" 2 \
  sh "$HERE/omegat_tbx_check.sh" "$S/tbx3-basic-valid.tbx" en-US zh-CN
rm -rf "$T"
echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
