# Sourced by the scripts beside it: the two Prisma CLIs (docs/prisma.md), called by path because
# both packages install a `prisma` command and `npx prisma` could be either.
prisma_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Prisma 7 generates the clients. Its CLI insists that the native schema engine exists before any
# command, though generating never runs it; the stand-in satisfies the check and fails loudly if
# anything does run it.
prisma7() {
  PRISMA_SCHEMA_ENGINE_BINARY="$prisma_root/infra/prisma/no-schema-engine" \
    node "$prisma_root/node_modules/prisma/build/index.js" "$@"
}

# Prisma 6.19 migrates, on its bundled wasm schema engine (services/<name>/prisma-migrate.config.ts).
prisma6() {
  node "$prisma_root/node_modules/prisma-6/build/index.js" "$@"
}
