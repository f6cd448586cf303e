#!/usr/bin/env bash
# Re-create resources/rrweb/: rrweb's own replayer (npm `rrweb`, MIT), vendored for the page
# view's fidelity test (tests/page/test_page_fidelity.py rebuilds pages "by rrweb's own
# method" to compare with our keyframe fast path; docs/pageview.md says why the app does not
# use it). Needs npm and the npm registry; nothing downloads at run time.
#
#   bash packaging/vendor_rrweb.sh          # fetch, check the hash, copy
#   bash packaging/vendor_rrweb.sh --check  # only check the vendored file's hash
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
VERSION=2.2.2
FILE=rrweb.umd.min.cjs
SHA256=634aae0583bf9d1a857307d28fb49c98c14210929e22166fb150f3ae83d91cca
dest=resources/rrweb
if [ "${1:-}" = "--check" ]; then
  echo "$SHA256  $dest/$FILE" | sha256sum -c -
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "rrweb@$VERSION" >/dev/null && tar xzf "rrweb-$VERSION.tgz")
echo "$SHA256  $tmp/package/dist/$FILE" | sha256sum -c -
mkdir -p "$dest"
cp "$tmp/package/dist/$FILE" "$dest/$FILE"
node -e "const p=require('$tmp/package/package.json'); if (p.license !== 'MIT') process.exit(1)"
echo "rrweb $VERSION: $dest/$FILE (sha256 $SHA256, MIT: see $dest/LICENSE)"
