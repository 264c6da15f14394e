/** Hugo's cast namespace: int, float, string (spf13/cast semantics). */
import { float, toFloatE, toIntE, toStringE } from './go.js';
import type { Namespace } from './registry.js';

export const castNamespace: Namespace = () => [
  { name: 'cast.ToInt', aliases: ['int'], fn: (v: unknown) => toIntE(v), examples: [
    ['{{ int "42" }}', '42'], ['{{ int 3.9 }}', '3'], ['{{ int "0x1F" }}', '31'], ['{{ int "3.0" }}', '3'],
  ] },
  { name: 'cast.ToFloat', aliases: ['float'], fn: (v: unknown) => float(toFloatE(v)), examples: [
    ['{{ float "3.5" }}', '3.5'], ['{{ float 3 }}', '3'], ['{{ float "1e3" }}', '1000'], ['{{ eq (float 3) 3 }}', 'false'],
  ] },
  { name: 'cast.ToString', aliases: ['string'], fn: (v: unknown) => toStringE(v), examples: [
    ['{{ string 3.0 }}', '3'], ['{{ string 3.25 }}', '3.25'], ['{{ string true }}', 'true'], ['{{ eq (string 42) "42" }}', 'true'],
  ] },
];
