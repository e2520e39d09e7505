# One image recipe for every Node.js process of the system; SERVICE picks what it runs
# (intake, review, evaluation, notification, or workflows for the worker). The services share
# the workspace's libraries and lockfile, so one recipe keeps them built the same way.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json nx.json tsconfig.base.json jest.preset.js jest.env.js swc.config.js ./
COPY libs ./libs
COPY services ./services
COPY workflows ./workflows
COPY tools ./tools
COPY e2e/package.json ./e2e/package.json
COPY infra/prisma ./infra/prisma
COPY infra/local/dev-issuer.js ./infra/local/dev-issuer.js
RUN npm ci --no-audit --no-fund
ARG SERVICE
RUN bash infra/prisma/generate.sh && NX_DAEMON=false npx nx run "${SERVICE}:build" --outputStyle=static

FROM node:20-bookworm-slim
WORKDIR /app
ARG SERVICE
ENV NODE_ENV=production SERVICE=${SERVICE}
COPY --from=build /app /app
USER node
CMD ["sh", "-c", "if [ \"$SERVICE\" = workflows ]; then exec node workflows/dist/main.js; else exec node services/$SERVICE/dist/main.js; fi"]
