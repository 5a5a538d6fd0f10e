import { spawn, spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
// @ts-expect-error: a plain ES module of the build scripts, without types
import { canMeasureRss, treeRss, watchPeak } from "../scripts/build/tree-rss.mjs";

// npm run build prints each step's peak memory from this; npm run bench, a whole build's.
const MB = 2 ** 20;
const holder = (mb: number) => `const b = Buffer.alloc(${mb} * 2 ** 20, 1); setTimeout(() => b.length, 1500);`;

function run(code: string) {
  const child = spawn(process.execPath, ["-e", code], { stdio: "ignore" });
  return { child, exited: new Promise((resolve) => child.on("exit", resolve)) };
}

describe.skipIf(!canMeasureRss)("process-tree memory", () => {
  test("a step's peak includes what it allocated", async () => {
    const { child, exited } = run(holder(150));
    const memory = watchPeak(child.pid!, 50);
    await exited;
    expect(memory.stop()).toBeGreaterThan(150 * MB);
  });

  test("descendants count: a step's workers are part of its peak", async () => {
    const { child, exited } = run(`require("node:child_process").spawn(process.execPath, ["-e", ${JSON.stringify(holder(150))}], { stdio: "inherit" }).on("exit", () => {}); setTimeout(() => {}, 1500);`);
    const memory = watchPeak(child.pid!, 50);
    await exited;
    // The parent alone is ~30-60 MB; only the child's buffer takes it past 150.
    expect(memory.stop()).toBeGreaterThan(150 * MB);
  });

  // Perl forks without exec; it is part of every Debian system (perl-base).
  test.skipIf(spawnSync("perl", ["-e", "1"]).status !== 0)("pages a parent shares with its forked child count once", async () => {
    // 150 MB in the parent, then a fork that shares them (copy-on-write) for a second.
    const child = spawn("perl", ["-e", 'my $x = "a" x (150 * 2 ** 20); my $pid = fork(); if ($pid == 0) { sleep 2; exit 0 } sleep 2; waitpid($pid, 0); print length $x;'], { stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const memory = watchPeak(child.pid!, 50);
    await exited;
    const peak = memory.stop();
    // Counted once: 150 MB plus perl's copy while building the string; counted twice it would pass 300 MB.
    expect(peak).toBeGreaterThan(150 * MB);
    expect(peak).toBeLessThan(300 * MB + 150 * MB / 2);
  });

  test("trees watched at the same time each get their own peak, before and after another stops", async () => {
    const small = run(holder(20));
    const big = run(holder(150));
    const bigMemory = watchPeak(big.child.pid!, 50);
    const smallMemory = watchPeak(small.child.pid!, 50);
    // The small tree stops being watched first: the big one goes on being sampled.
    await small.exited;
    const smallPeak = smallMemory.stop();
    await big.exited;
    const bigPeak = bigMemory.stop();
    expect(smallPeak).toBeGreaterThan(20 * MB);
    expect(smallPeak).toBeLessThan(150 * MB);
    expect(bigPeak).toBeGreaterThan(150 * MB);
  });

  test("a process that is gone weighs nothing", async () => {
    const { child, exited } = run("");
    await exited;
    expect(treeRss(child.pid!)).toBe(0);
  });
});
