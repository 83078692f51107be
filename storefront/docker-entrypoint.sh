#!/bin/sh
# Starts the standalone Next.js server. Without MEDUSA_PUBLISHABLE_KEY it takes the key the first
# seed wrote (docker-compose's `migrate` service) to the shared market-data volume.
set -eu
SEED_FILE="${MARKET_SEED_FILE:-/data/seed.json}"
if [ -z "${MEDUSA_PUBLISHABLE_KEY:-}" ] && [ -r "$SEED_FILE" ]; then
  MEDUSA_PUBLISHABLE_KEY="$(node -p "require('$SEED_FILE').publishable_key || ''")"
  export MEDUSA_PUBLISHABLE_KEY
fi
exec node server.js
