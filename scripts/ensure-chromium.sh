#!/bin/sh
# The browser tests drive Debian's chromium. Install it when missing and we may (root with apt-get);
# otherwise say so: the browser tests then skip, or fail where KG_REQUIRE_BROWSER=1 (as in CI).
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium (Debian package) for the browser tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit $?
fi
echo "chromium not found: install Debian's chromium package to run the browser tests" >&2
exit 0
