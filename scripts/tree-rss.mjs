// Resident memory of a process tree, read from /proc (Linux). Used by
// scripts/build.mjs (each step's peak) and scripts/bench.mjs (a whole run's).
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** Whether this system can measure it (Linux); elsewhere treeRss returns 0. */
export const canMeasureRss = existsSync("/proc/self/status");

/** Sum of resident memory of a process and all its descendants, in bytes. */
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
  for (const p of tree) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // exited meanwhile
    }
  }
  return total;
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
