// The runner's container image and its Kubernetes Jobs, checked as data since no Docker or cluster
// runs here: the Dockerfile's key facts, that the image holds every file and package the runner
// loads, and that the Indexed Job runs one shard per pod with arguments the runner accepts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/sim/args.js';
import { SCENARIO_IDS } from '../../src/rules/index.js';

/** The Dockerfile's instructions: [INSTRUCTION, arguments], continuation lines joined, comments dropped. */
function dockerfile(): [string, string][] {
  const text = readFileSync('Dockerfile', 'utf8').replace(/\\\n/g, ' ');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [word = '', ...rest] = line.split(/\s+/);
      return [word.toUpperCase(), rest.join(' ')];
    });
}

function instructions(name: string): string[] {
  return dockerfile()
    .filter(([word]) => word === name)
    .map(([, args]) => args);
}

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

/**
 * Every file and package the runner can load at run time, from its command-line module and the
 * worker threads' entry: static and dynamic imports, re-exports, `new URL(…, import.meta.url)` and
 * `require.resolve`. Type-only imports are left out: they vanish when tsx compiles.
 */
function runtimeGraph(entries: readonly string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const patterns = [
    /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+'([^']+)'/g,
    /(?:^|\n)\s*import\s+'([^']+)'/g,
    /\bimport\(\s*'([^']+)'\s*\)/g,
    /\bnew URL\(\s*'([^']+)',\s*import\.meta\.url\s*\)/g,
    /\.resolve\(\s*'([^']+)'\s*\)/g,
  ];
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    if (file.endsWith('.json')) return;
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const [, specifier = ''] of text.matchAll(pattern)) {
        if (specifier.startsWith('node:')) continue;
        if (!specifier.startsWith('.')) {
          const parts = specifier.split('/');
          packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string));
          continue;
        }
        const target = normalize(join(dirname(file), specifier));
        const typescript = target.replace(/\.js$/, '.ts');
        visit(existsSync(typescript) ? typescript : target);
      }
    }
  };
  for (const entry of entries) visit(entry);
  return { files, packages };
}

describe('Dockerfile', () => {
  it('builds on Node 20, installs only runtime dependencies and runs as a user that is not root', () => {
    const [base] = instructions('FROM');
    expect(base).toMatch(/^node:20([.-]|$)/);
    expect(instructions('RUN').some((run) => /\bnpm ci --omit=dev\b/.test(run))).toBe(true);
    const users = instructions('USER');
    expect(users.length).toBeGreaterThan(0);
    const user = users[users.length - 1] as string;
    expect(user.split(':')[0]).not.toMatch(/^(root|0)$/);
    // The last USER is the one the container runs as: nothing after it switches back.
    expect(dockerfile().findIndex(([word, args]) => word === 'USER' && args === user)).toBe(
      dockerfile()
        .map(([word]) => word)
        .lastIndexOf('USER'),
    );
  });

  it('runs the runner, with every file it loads copied in and every package it imports a runtime dependency', () => {
    const [entrypoint] = instructions('ENTRYPOINT');
    expect(JSON.parse(entrypoint ?? '[]')).toEqual(['node', '--import', 'tsx', 'src/sim/cli.ts']);
    const copied = instructions('COPY').flatMap((args) => args.split(/\s+/).slice(0, -1));
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'tsconfig.json', 'src', 'scenarios']));
    const { files, packages } = runtimeGraph(['src/sim/cli.ts']);
    expect(files).toContain(normalize('src/sim/worker-entry.mjs'));
    expect(files).toContain(normalize('scenarios/historical.json'));
    for (const file of files)
      expect(
        copied.some((path) => !relative(path, file).startsWith('..')),
        file,
      ).toBe(true);
    expect(packages).toContain('tsx');
    for (const name of packages) expect(Object.keys(PACKAGE.dependencies), name).toContain(name);
  });

  it('keeps the host node_modules and results out of the build context', () => {
    const ignored = readFileSync('.dockerignore', 'utf8')
      .split('\n')
      .map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'out', '.git']));
  });
});

interface Container {
  readonly command?: unknown;
  readonly args: string[];
  readonly env?: { name: string; valueFrom?: { fieldRef?: { fieldPath?: string } } }[];
  readonly resources: { requests: { cpu: string | number } };
  readonly volumeMounts: { name: string; mountPath: string }[];
}
interface PodSpec {
  readonly containers: Container[];
  readonly volumes: { name: string; persistentVolumeClaim?: { claimName: string } }[];
  readonly restartPolicy: string;
}
interface JobManifest {
  readonly kind: string;
  readonly metadata: { name: string };
  readonly spec: { completionMode?: string; completions?: number; parallelism?: number; template: { spec: PodSpec } };
}

/** One YAML document of a manifest file; its spec is read as the kind's own shape. */
interface Manifest {
  readonly kind: string;
  readonly metadata: { name: string };
  readonly spec: unknown;
}

function manifests(file: string): Manifest[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'));
  if (!Array.isArray(docs)) throw new Error(`${file} is empty`);
  return docs.map((doc) => {
    expect(doc.errors, file).toEqual([]);
    return doc.toJS() as Manifest;
  });
}

function job(file: string): JobManifest {
  const found = manifests(file).filter((m) => m.kind === 'Job');
  expect(found).toHaveLength(1);
  return found[0] as JobManifest;
}

/** The one container of a Job's pods, and the mount path of its results volume. */
function shardContainer(manifest: JobManifest): { container: Container; results: string; claim: string } {
  const pod = manifest.spec.template.spec;
  expect(pod.containers).toHaveLength(1);
  const container = pod.containers[0] as Container;
  const mount = container.volumeMounts.find((m) => m.mountPath === '/results');
  expect(mount).toBeDefined();
  const volume = pod.volumes.find((v) => v.name === mount?.name);
  expect(volume?.persistentVolumeClaim?.claimName).toBeTruthy();
  return { container, results: mount?.mountPath ?? '', claim: volume?.persistentVolumeClaim?.claimName ?? '' };
}

/** What Kubernetes passes the entrypoint: the args with $(VAR) filled from the pod's environment. */
function expand(args: readonly string[], env: Readonly<Record<string, string>>): string[] {
  return args.map((arg) => arg.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, name: string) => env[name] ?? whole));
}

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

describe('deploy/k8s/sim-job.yaml', () => {
  const manifest = job('deploy/k8s/sim-job.yaml');
  const { container, results, claim } = shardContainer(manifest);

  it('is an Indexed Job with as many pods at once as shards, one CPU each', () => {
    expect(manifest.kind).toBe('Job');
    expect(manifest.spec.completionMode).toBe('Indexed');
    expect(manifest.spec.completions).toBeGreaterThan(1);
    expect(manifest.spec.parallelism).toBe(manifest.spec.completions);
    expect(manifest.spec.template.spec.restartPolicy).toBe('Never');
    expect(['1', 1, '1000m']).toContain(container.resources.requests.cpu);
    expect(option(container.args, '--workers')).toBe('1');
  });

  it('declares the claim its pods write to, shared by pods on different nodes', () => {
    const claims = manifests('deploy/k8s/sim-job.yaml').filter((m) => m.kind === 'PersistentVolumeClaim') as { metadata: { name: string }; spec: { accessModes: string[] } }[];
    expect(claims.map((c) => c.metadata.name)).toEqual([claim]);
    expect(claims[0]?.spec.accessModes).toContain('ReadWriteMany');
  });

  it('runs the runner on shard K of N, K from JOB_COMPLETION_INDEX, into its own folder on the volume', () => {
    // No command: the image's entrypoint (the runner) receives the args.
    expect(container.command).toBeUndefined();
    const index = container.env?.find((e) => e.name === 'JOB_COMPLETION_INDEX');
    expect(index?.valueFrom?.fieldRef?.fieldPath).toBe("metadata.annotations['batch.kubernetes.io/job-completion-index']");
    const completions = manifest.spec.completions ?? 0;
    expect(option(container.args, '--shards')).toBe(String(completions));
    const outs = new Set<string>();
    let games = 0;
    for (let k = 0; k < completions; k++) {
      const env = { JOB_COMPLETION_INDEX: String(k) };
      const parsed = parseArgs(expand(container.args, env), { defaultWorkers: 1, env });
      if (!parsed.ok) throw new Error(parsed.message);
      const { command } = parsed;
      if (command.kind !== 'run') throw new Error(`pod ${k} does not run games`);
      expect(command.shard).toEqual({ index: k, count: completions });
      expect(SCENARIO_IDS).toContain(command.scenario);
      expect(relative(results, command.out).startsWith('..')).toBe(false);
      outs.add(command.out);
      games += command.games;
    }
    expect(outs.size).toBe(completions);
    expect(games).toBe(Number(option(container.args, '--games')));
  });

  it('is merged by sim-merge-job.yaml from exactly the folders the shards write', () => {
    const merge = job('deploy/k8s/sim-merge-job.yaml');
    const merger = shardContainer(merge);
    expect(merger.claim).toBe(claim);
    expect(merger.container.command).toBeUndefined();
    const parsed = parseArgs(merger.container.args, { defaultWorkers: 1, env: {} });
    if (!parsed.ok) throw new Error(parsed.message);
    if (parsed.command.kind !== 'merge') throw new Error('the merge Job does not merge');
    const shardOuts = Array.from({ length: manifest.spec.completions ?? 0 }, (_, k) => option(expand(container.args, { JOB_COMPLETION_INDEX: String(k) }), '--out'));
    expect(parsed.command.dirs).toEqual(shardOuts);
    expect(relative(results, parsed.command.out).startsWith('..')).toBe(false);
    expect(shardOuts).not.toContain(parsed.command.out);
  });
});
