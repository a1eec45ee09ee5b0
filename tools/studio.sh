#!/usr/bin/env bash
# Sets everything up (see setup.sh) and opens the studio on the bundled sample design.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/setup.sh" dev
exec "$root/build/dev/bin/archstudio" "${@:-$root/resources/samples/global-storefront.archstudio}"
