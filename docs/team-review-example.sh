#!/usr/bin/env bash
# The worked example of docs/team-review.md: two reviewers tag the demo recordings, each in
# their own library file; then merge, agreement, consensus and calibration. Run it from the
# repository root in an empty folder of your choice:
#     bash docs/team-review-example.sh /tmp/team-example
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
replay() { "$REPO/.venv/bin/replay" "$@"; }
OUT="${1:-team-example}"
mkdir -p "$OUT" && cd "$OUT"
rm -f alice.sqlite* bob.sqlite* agreement.csv calibration.csv team-thresholds.toml

# 1. Each reviewer imports the same recordings into their own library (ids follow file order).
replay import "$REPO/resources/demo" --db alice.sqlite 2>/dev/null | tail -1
replay import "$REPO/resources/demo" --db bob.sqlite 2>/dev/null | tail -1
replay detect --db alice.sqlite | tail -1

# 2. Each tags on their own, without seeing the other's tags, and marks the sessions done.
#    Sessions: 3 dev-mixed-long-desktop, 4 dev-rage-desktop-wide, 6 dev-tablet-mixed.
export REPLAY_REVIEWER=alice
replay tag add 3 --at 26000 --end 28000 --category broken_link_or_button --severity 3 \
  --note "Add to cart does nothing; clicks again and again" --db alice.sqlite
replay tag add 3 --at 54000 --category confusing_layout --db alice.sqlite
replay tag add 3 --at 127000 --category form_problem --severity 3 --db alice.sqlite
replay tag add 4 --at 12500 --end 20300 --category broken_link_or_button --severity 4 --db alice.sqlite
replay tag add 4 --at 37000 --category broken_link_or_button --severity 3 --db alice.sqlite
replay tag add 6 --at 21900 --category broken_link_or_button --severity 3 --db alice.sqlite
for s in 3 4 6; do replay done $s --db alice.sqlite; done

export REPLAY_REVIEWER=bob
replay tag add 3 --at 26500 --category broken_link_or_button --severity 4 --db bob.sqlite
replay tag add 3 --at 101000 --category navigation_problem --db bob.sqlite
replay tag add 3 --at 126500 --category form_problem --db bob.sqlite
replay tag add 4 --at 16000 --category broken_link_or_button --severity 4 --db bob.sqlite
replay tag add 4 --at 37200 --category slow_response --severity 3 --db bob.sqlite
replay tag add 6 --at 35000 --category unexpected_behaviour --severity 1 --db bob.sqlite
for s in 3 4 6; do replay done $s --db bob.sqlite; done
unset REPLAY_REVIEWER

# 3. Merge bob's file into alice's (twice: the second adds nothing).
replay merge bob.sqlite --db alice.sqlite
replay merge bob.sqlite --db alice.sqlite

# 4. Agreement: kappa, alpha, confusion matrix, presence over time bins; CSV for a report.
replay agreement --db alice.sqlite --out agreement.csv

# 5. Consensus: the lead settles each disagreement (answers typed here come on stdin:
#    2 = take the second reviewer's tag, 1 = the first's, n = no problem).
replay consensus --reviewer lead --list --db alice.sqlite
printf '1\nn\n2\n1\nn\n' | replay consensus --reviewer lead --db alice.sqlite

# 6. Calibration on the consensus; apply the best-F1 thresholds to a team config file.
replay calibrate --truth consensus --out calibration.csv --apply \
  --apply-to team-thresholds.toml --db alice.sqlite | grep -v '^    '
cat team-thresholds.toml
replay detect --force --config team-thresholds.toml --db alice.sqlite | tail -1
