#!/usr/bin/env node
// A bounded CPU hog for the soak (scripts/soak.mjs): keeps `threads` cores
// busy to make the machine as slow as a loaded CI runner, and stops by
// itself: after `minutes`, or as soon as the process that started it is gone
// (so a killed soak never leaves it spinning).
//
//   node scripts/cpu-hog.mjs [threads] [minutes]
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const threads = Math.max(1, Number(process.argv[2] ?? availableParallelism()) || 1);
const minutes = Math.max(0.1, Number(process.argv[3] ?? 30) || 30);
const deadline = Date.now() + minutes * 60_000;
const parent = process.ppid;

// Each worker spins in slices of 50 ms and checks the deadline between them.
const spin = `
const { workerData } = require('node:worker_threads');
let x = 0;
while (Date.now() < workerData.deadline) {
  const sliceEnd = Date.now() + 50;
  while (Date.now() < sliceEnd) x = (x * 1103515245 + 12345) % 2147483647;
}
`;
const workers = Array.from({ length: threads }, () => new Worker(spin, { eval: true, workerData: { deadline } }));

function stop() {
  for (const worker of workers) void worker.terminate();
  process.exit(0);
}

process.on('SIGTERM', stop);
process.on('SIGINT', stop);
setTimeout(stop, deadline - Date.now()).unref();
// The parent's death re-parents us: stop then.
setInterval(() => {
  try {
    process.kill(parent, 0);
  } catch {
    stop();
  }
  if (process.ppid !== parent) stop();
}, 1000);
