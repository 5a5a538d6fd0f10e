// Resident memory of a process tree, read from /proc (Linux). Used by
// scripts/build/build.mjs (each step's peak) and bench/bench.mjs (a whole run's).
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** Whether this system can measure it (Linux); elsewhere treeRss returns 0. */
export const canMeasureRss = existsSync("/proc/self/status");

/** Every process's parent, from one scan of /proc. */
function parentsOf() {
  const parents = new Map();
  for (const p of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      parents.set(Number(p), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // exited meanwhile
    }
  }
  return parents;
}

/** A process and all its descendants. */
function treeOf(pid, parents) {
  const tree = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [p, pp] of parents) {
      if (tree.has(pp) && !tree.has(p)) {
        tree.add(p);
        grew = true;
      }
    }
  }
  return tree;
}

/** Resident memory of a process and all its descendants, shared pages counted once, in bytes. */
export function treeRss(pid) {
  if (!canMeasureRss) return 0;
  let total = 0;
  for (const p of treeOf(pid, parentsOf())) total += residentBytes(p);
  return total;
}

/**
 * One process's share of resident memory: its proportional set size, where a
 * page shared by n processes counts 1/n in each. A plain sum of resident sizes
 * counted shared pages once per process: when a large process starts a child,
 * the child is for a moment a copy of it (fork, before exec), and the sum
 * showed 500+ MB that did not exist (compile-step peaks of 1,595 and 1,657 MB).
 * Kernels without smaps_rollup (before 4.14): the resident size.
 */
function residentBytes(pid) {
  try {
    const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    if (pss) return Number(pss[1]) * 1024;
  } catch {
    // exited meanwhile, or no smaps_rollup
  }
  return rssBytes(pid);
}

/**
 * A process's resident size, which is never less than its proportional set
 * size. The kernel keeps it as a counter: reading it costs ~0.05 ms, where
 * smaps_rollup walks the whole address space of the process (10-22 ms for a
 * build worker, whose V8 reserves gigabytes), holding its memory-map lock.
 */
function rssBytes(pid) {
  try {
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return rss ? Number(rss[1]) * 1024 : 0;
  } catch {
    return 0; // exited meanwhile
  }
}

// One sampler for every watched tree: npm run build watches up to three at a
// time (a phase and its two steps), and each sample reads /proc for every
// process on the machine (~1 ms) and the sizes of each process in the trees.
// Watched separately, that was repeated per tree.
const watchers = new Set();
let timer = null;
let every = Infinity;

// Reading a process's proportional size walks its whole address space in the
// kernel (10-22 ms for a build worker, whose V8 reserves gigabytes) under its
// memory-map lock, and a build watched by npm run bench had two samplers doing
// so five times a second: static generation of 1,000 posts took 22.5 and
// 23.1 s with them against 18.8 and 21.0 s without. So the proportional sizes
// are read every fifth sample, and whenever a watched tree gains or loses a
// process (a fork shares its parent's pages; an exit unshares them); in the
// samples between, each process counts its last proportional size plus
// the change in its resident size since (a counter the kernel keeps: ~0.05 ms).
const FULL_EVERY = 5;
let tick = 0;
/** pid -> resident minus proportional size at the last full read. */
const shared = new Map();
let lastMembers = new Set();

function sample() {
  const parents = parentsOf();
  const trees = [...watchers].map((watcher) => ({ watcher, tree: treeOf(watcher.pid, parents) }));
  const members = new Set(trees.flatMap(({ tree }) => [...tree]));
  const changed = members.size !== lastMembers.size || [...members].some((p) => !lastMembers.has(p));
  const full = changed || tick++ % FULL_EVERY === 0;
  lastMembers = members;
  const bytes = new Map();
  for (const p of members) {
    const rss = rssBytes(p);
    if (full || !shared.has(p)) {
      const pss = residentBytes(p);
      shared.set(p, Math.max(0, rss - pss));
      bytes.set(p, pss);
    } else bytes.set(p, Math.max(0, rss - shared.get(p)));
  }
  for (const p of shared.keys()) if (!members.has(p)) shared.delete(p);
  for (const { watcher, tree } of trees) {
    let total = 0;
    for (const p of tree) total += bytes.get(p);
    watcher.peak = Math.max(watcher.peak, total);
  }
}

function schedule() {
  if (timer) clearInterval(timer);
  timer = null;
  every = Math.min(...[...watchers].map((w) => w.ms));
  if (watchers.size > 0) timer = setInterval(sample, every);
}

/** Samples a process tree's memory every `ms` (with any other tree watched at the time); `stop()` returns the highest sum seen, in bytes. */
export function watchPeak(pid, ms = 200) {
  if (!canMeasureRss) return { stop: () => 0 };
  const watcher = { pid, ms, peak: 0 };
  watchers.add(watcher);
  if (ms < every || !timer) schedule();
  return {
    stop: () => {
      if (watchers.delete(watcher)) schedule();
      return watcher.peak;
    },
  };
}
