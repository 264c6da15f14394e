/** Go's time.Duration: nanoseconds, printed as "1h2m3.5s". */
export class GoDuration {
  static readonly goTypeName = 'time.Duration';
  readonly goKind = 'int';
  constructor(readonly nanoseconds: number) {}

  Hours(): number { return this.nanoseconds / 3.6e12; }
  Minutes(): number { return this.nanoseconds / 6e10; }
  Seconds(): number { return this.nanoseconds / 1e9; }
  Milliseconds(): number { return Math.trunc(this.nanoseconds / 1e6); }
  Microseconds(): number { return Math.trunc(this.nanoseconds / 1e3); }
  Nanoseconds(): number { return this.nanoseconds; }
  Abs(): GoDuration { return new GoDuration(Math.abs(this.nanoseconds)); }
  valueOf(): number { return this.nanoseconds; }
  toString(): string { return this.String(); }

  /** Go's Duration.String: "72h3m0.5s", "1.5µs", "0s". */
  String(): string {
    const d = this.nanoseconds;
    if (d === 0) return '0s';
    const sign = d < 0 ? '-' : '';
    const u = Math.abs(d);
    if (u < 1e9) {
      const [unit, scale] = u < 1e3 ? ['ns', 1] : u < 1e6 ? ['µs', 1e3] : ['ms', 1e6];
      return sign + trimFraction(u / scale) + unit;
    }
    const totalSeconds = Math.floor(u / 1e9);
    const frac = u - totalSeconds * 1e9;
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor(totalSeconds / 60) % 60;
    const s = totalSeconds % 60;
    let out = sign;
    if (h > 0) out += `${h}h`;
    if (h > 0 || m > 0) out += `${m}m`;
    const fracText = frac === 0 ? '' : '.' + String(frac).padStart(9, '0').replace(/0+$/, '');
    return `${out}${s}${fracText}s`;
  }
}

function trimFraction(n: number): string {
  return String(Number(n.toFixed(9)));
}

const units: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 6e10, h: 3.6e12 };

/** Go's time.ParseDuration: "1h30m", "-1.5h", "300ms". */
export function parseDuration(text: string): GoDuration {
  const s = String(text);
  const fail = (): never => {
    throw new Error(`time: invalid duration ${JSON.stringify(s)}`);
  };
  let rest = s;
  let sign = 1;
  if (rest[0] === '-' || rest[0] === '+') {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return new GoDuration(0);
  if (rest === '') fail();
  let total = 0;
  while (rest !== '') {
    const m = /^(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/.exec(rest);
    if (m === null || m[1] === '' || m[1] === '.') {
      if (m === null && /^\d*\.?\d*$/.test(rest)) throw new Error(`time: missing unit in duration ${JSON.stringify(s)}`);
      fail();
    }
    total += Number(m![1]) * units[m![2]!]!;
    rest = rest.slice(m![0].length);
  }
  return new GoDuration(sign * Math.round(total));
}
