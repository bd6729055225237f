# The AI-vs-AI runner (npm run sim) as a container image. One container plays one run, or one shard
# of a run, and writes its folder under /results; deploy/k8s/sim-job.yaml runs one shard per pod.
#
#   docker build -t qantar-sim .
#   docker run --rm -v "$PWD/out:/results" qantar-sim --scenario classroom --games 100 --bots heuristic,heuristic,heuristic --out /results/run
#
# The arguments are the runner's own (the image's entrypoint is the runner); without any, it prints
# its usage.
FROM node:20-bookworm-slim

ENV NODE_ENV=production
WORKDIR /app

# Dependencies before the code, so a code change does not reinstall them. Runtime dependencies only:
# tsx is one of them, because the runner runs its TypeScript through tsx, in its worker threads too.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# What the runner loads: its code and the kernel, bots and messages it imports (all under src/),
# the bundled scenarios, and the compiler options tsx reads.
COPY tsconfig.json ./
COPY src ./src
COPY scenarios ./scenarios

# The results folder, owned by the user that writes it (uid 1000 is the node image's "node" user),
# so a run without a mounted volume can still write there.
RUN mkdir /results && chown 1000:1000 /results
VOLUME /results

# Not root, and by number rather than by name, so Kubernetes' runAsNonRoot can check it.
USER 1000:1000

# node itself, with tsx as a loader, rather than npm run or the tsx command: one process, which
# receives the signals Docker and Kubernetes send (cli.ts handles them), with no wrapper between.
ENTRYPOINT ["node", "--import", "tsx", "src/sim/cli.ts"]
CMD ["--help"]
