// Resident memory of a process tree, read from /proc (Linux). Used by
// scripts/build.mjs (each step's peak) and scripts/bench.mjs (a whole run's).
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** Whether this system can measure it (Linux); elsewhere treeRss returns 0. */
export const canMeasureRss = existsSync("/proc/self/status");

/** Resident memory of a process and all its descendants, shared pages counted once, in bytes. */
export function treeRss(pid) {
  if (!canMeasureRss) return 0;
  const parents = new Map();
  for (const p of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      parents.set(Number(p), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // exited meanwhile
    }
  }
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
  let total = 0;
  for (const p of tree) total += residentBytes(p);
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
  try {
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return rss ? Number(rss[1]) * 1024 : 0;
  } catch {
    return 0; // exited meanwhile
  }
}

/** Samples a process tree's memory every `ms`; `stop()` returns the highest sum seen, in bytes. */
export function watchPeak(pid, ms = 200) {
  let peak = 0;
  const timer = canMeasureRss ? setInterval(() => (peak = Math.max(peak, treeRss(pid))), ms) : null;
  return {
    stop: () => {
      if (timer) clearInterval(timer);
      return peak;
    },
  };
}
