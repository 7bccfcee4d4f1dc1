#!/usr/bin/env bash
# Installs what the in-editor tests need: Debian's Chromium and code-server 4.100.3 (VS Code
# 1.100.3 on npm) into the git-ignored .vscode-test/. Only the npm registry and Debian's
# packages are reachable here; see test/e2e/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! dpkg -s chromium libkrb5-dev >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkrb5-dev chromium >/dev/null
fi

if [ ! -x .vscode-test/code-server/node_modules/.bin/code-server ]; then
  # code-server's bundled VS Code fetches ripgrep from GitHub in its postinstall; the same
  # binary ships on npm, so put it where that postinstall looks first.
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent @vscode/ripgrep-linux-x64@1.18.0 >/dev/null && tar xzf vscode-ripgrep-linux-x64-*.tgz)
  cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$cache"
  tar czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$tmp/package/bin" rg
  rm -rf "$tmp"
  npm_config_yes=true npm_config_unsafe_perm=true \
    npm install --silent --no-audit --no-fund --prefix .vscode-test/code-server code-server@4.100.3 --unsafe-perm
fi
echo "chromium: $(command -v chromium); code-server: $(.vscode-test/code-server/node_modules/.bin/code-server --version | head -1)"
