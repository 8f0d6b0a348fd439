/**
 * Timer probe every 5 ms: the longest stretch the event loop did not run timers, counted as the smaller of the wall
 * time and the CPU time the main thread used meanwhile (`process.threadCpuUsage`, else the whole process's), so time
 * the OS gave to other processes (a busy test machine) or that ONNX Runtime's worker threads used is not taken for
 * blocking by the gate. Resolves once `stop.done` is set.
 */
export function blockProbe(stop: { done: boolean }): Promise<number> {
  const usage =
    (process as unknown as { threadCpuUsage?: (previous?: NodeJS.CpuUsage) => NodeJS.CpuUsage }).threadCpuUsage?.bind(
      process,
    ) ?? process.cpuUsage.bind(process);
  return new Promise((resolve) => {
    let wall = performance.now();
    let cpu = usage();
    let worst = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      const used = usage(cpu);
      worst = Math.max(worst, Math.min(now - wall - 5, (used.user + used.system) / 1000));
      wall = now;
      cpu = usage();
      if (stop.done) {
        clearInterval(timer);
        resolve(worst);
      }
    }, 5);
  });
}
