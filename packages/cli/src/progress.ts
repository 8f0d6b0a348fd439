/** A progress bar on stderr (only when stderr is a terminal, or EDGE_AI_PROGRESS=1); stdout stays clean JSON. */
export interface Progress {
  tick(): void;
  done(): void;
}

export function progress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const enabled = stream.isTTY || process.env.EDGE_AI_PROGRESS === '1';
  let n = 0;
  let last = 0;
  const draw = () => {
    const frac = total > 0 ? n / total : 1;
    const width = 30;
    const full = Math.round(frac * width);
    stream.write(`\r${label} [${'#'.repeat(full)}${'.'.repeat(width - full)}] ${n}/${total}`);
  };
  return {
    tick() {
      n++;
      const now = Date.now();
      if (enabled && (now - last > 100 || n === total)) {
        last = now;
        draw();
      }
    },
    done() {
      if (enabled) {
        draw();
        stream.write('\n');
      }
    },
  };
}
