/**
 * Hugo's math namespace. add/sub/mul/div follow Go: two ints give an int
 * (div truncates, and dividing by zero is an error); any float gives a float,
 * integral floats staying GoFloat so they print "3" but compare as floats.
 * `add` also concatenates two strings.
 */
import { GoFloat, isNumber, toNumber } from '../engine/values.js';
import { float, isIntValue, toFloatE, toIntE } from './go.js';
import type { Namespace } from './registry.js';

type Op = '+' | '-' | '*' | '/';

function operand(v: unknown, op: Op): number | GoFloat {
  if (isNumber(v)) return v;
  if (typeof v === 'boolean' || v === null || v === undefined || typeof v === 'string') {
    throw new Error(`can't apply the operator to the values`);
  }
  throw new Error(`can't apply the operator to the values`);
}

export function arithmetic(a: unknown, b: unknown, op: Op): unknown {
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  const x = operand(a, op);
  const y = operand(b, op);
  if (isIntValue(x) && isIntValue(y)) {
    switch (op) {
      case '+': return x + y;
      case '-': return x - y;
      case '*': return x * y;
      case '/':
        if (y === 0) throw new Error("can't divide the value by 0");
        return Math.trunc(x / y);
    }
  }
  const fx = toNumber(x)!;
  const fy = toNumber(y)!;
  switch (op) {
    case '+': return float(fx + fy);
    case '-': return float(fx - fy);
    case '*': return float(fx * fy);
    case '/':
      if (fy === 0) throw new Error("can't divide the value by 0");
      return float(fx / fy);
  }
}

function fold(op: Op) {
  return (...args: unknown[]): unknown => {
    if (args.length < 2) throw new Error('must provide at least two numbers');
    return args.slice(1).reduce((acc, v) => arithmetic(acc, v, op), args[0]);
  };
}

function mod(a: unknown, b: unknown): number {
  const x = toIntE(a);
  const y = toIntE(b);
  if (y === 0) throw new Error('the number can\'t be divided by zero at modulo operation');
  return x % y;
}

function floatArg(n: unknown, op: string): number {
  try {
    return toFloatE(n);
  } catch {
    throw new Error(`${op} operator can't be used with non-float value`);
  }
}

/** Go's math.Round: half away from zero. */
const round = (n: number): number => (n < 0 ? -Math.round(-n) : Math.round(n));

export const mathNamespace: Namespace = () => {
  // math.Counter counts up from 1 for the life of the function map (one build, as in Hugo).
  let counter = 0;
  return [
  { name: 'math.Counter', fn: () => ++counter, examples: [['{{ math.Counter }}{{ math.Counter }}', '12']] },
  { name: 'math.Add', aliases: ['add'], fn: fold('+'), examples: [
    ['{{ add 1 2 }}', '3'], ['{{ add 1.5 2 }}', '3.5'], ['{{ add "a" "b" }}', 'ab'], ['{{ add 1 2 3 }}', '6'],
  ] },
  { name: 'math.Sub', aliases: ['sub'], fn: fold('-'), examples: [['{{ sub 5 7.5 }}', '-2.5'], ['{{ sub 3 2 }}', '1']] },
  { name: 'math.Mul', aliases: ['mul'], fn: fold('*'), examples: [['{{ mul 2 3.5 }}', '7'], ['{{ eq (mul 2 3.5) 7 }}', 'false']] },
  { name: 'math.Div', aliases: ['div'], fn: fold('/'), examples: [
    ['{{ div 7 2 }}', '3'], ['{{ div 6.0 2 }}', '3'], ['{{ div 7.0 2 }}', '3.5'], ['{{ eq (div 6.0 2) 3 }}', 'false'],
  ] },
  { name: 'math.Mod', aliases: ['mod'], fn: mod, examples: [['{{ mod 7 3 }}', '1']] },
  { name: 'math.ModBool', aliases: ['modBool'], fn: (a: unknown, b: unknown) => mod(a, b) === 0, examples: [['{{ modBool 4 2 }}', 'true']] },
  { name: 'math.Round', fn: (n: unknown) => float(round(floatArg(n, 'Round'))), examples: [['{{ math.Round 2.5 }}', '3'], ['{{ math.Round -2.5 }}', '-3']] },
  { name: 'math.Floor', fn: (n: unknown) => float(Math.floor(floatArg(n, 'Floor'))), examples: [['{{ math.Floor 2.7 }}', '2']] },
  { name: 'math.Ceil', fn: (n: unknown) => float(Math.ceil(floatArg(n, 'Ceil'))), examples: [['{{ math.Ceil 2.1 }}', '3']] },
  { name: 'math.Max', fn: (a: unknown, b: unknown) => float(Math.max(toFloatE(a), toFloatE(b))), examples: [['{{ math.Max 1 2 }}', '2']] },
  { name: 'math.Min', fn: (a: unknown, b: unknown) => float(Math.min(toFloatE(a), toFloatE(b))), examples: [['{{ math.Min 1.5 2 }}', '1.5']] },
  { name: 'math.Pow', fn: (a: unknown, b: unknown) => float(Math.pow(toFloatE(a), toFloatE(b))), examples: [['{{ math.Pow 2 10 }}', '1024']] },
  { name: 'math.Sqrt', fn: (a: unknown) => float(Math.sqrt(toFloatE(a))), examples: [['{{ math.Sqrt 16 }}', '4']] },
  { name: 'math.Log', fn: (a: unknown) => float(Math.log(toFloatE(a))), examples: [['{{ math.Log 1 }}', '0']] },
  ];
};
