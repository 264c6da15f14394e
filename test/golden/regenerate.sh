#!/usr/bin/env bash
# Rebuild every golden site's expected/ with real Hugo 0.111.3 (the reference).
#   test/golden/regenerate.sh              # every site
#   test/golden/regenerate.sh rss aliases  # only the named sites
# Each site is built from a scratch copy so Hugo's .hugo_build.lock and resources/
# never land in the fixtures. The privacy-default-theme site is first refreshed
# from the repository itself (hugo.toml, content/privacy.md, layouts/, static/),
# so its expected/ is what Hugo makes of the repository's own theme.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
HUGO=${HUGO:-hugo}

command -v "$HUGO" >/dev/null 2>&1 || { echo "regenerate.sh: hugo not found (apt-get install hugo gives 0.111.3)" >&2; exit 1; }
version=$("$HUGO" version)
case "$version" in
  *v0.111.3*) ;;
  *) echo "regenerate.sh: the goldens are Hugo 0.111.3's output; found: $version" >&2; exit 1 ;;
esac

refresh_privacy_site() {
  local site="$HERE/sites/privacy-default-theme/site"
  rm -rf "$site"
  mkdir -p "$site/content"
  cp "$ROOT/hugo.toml" "$site/hugo.toml"
  cp "$ROOT/content/privacy.md" "$site/content/privacy.md"
  cp -R "$ROOT/layouts" "$site/layouts"
  cp -R "$ROOT/static" "$site/static"
}

if [ $# -gt 0 ]; then
  names=("$@")
else
  names=()
  for dir in "$HERE"/sites/*/; do names+=("$(basename "$dir")"); done
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

for name in "${names[@]}"; do
  dir="$HERE/sites/$name"
  [ "$name" = privacy-default-theme ] && refresh_privacy_site
  [ -d "$dir/site" ] || { echo "regenerate.sh: $dir/site does not exist" >&2; exit 1; }
  rm -rf "$dir/expected" "$scratch/$name"
  cp -R "$dir/site" "$scratch/$name"
  "$HUGO" --quiet -s "$scratch/$name" -d "$dir/expected"
  mkdir -p "$dir/expected"
  echo "regenerated $name ($(find "$dir/expected" -type f | wc -l) files)"
done
