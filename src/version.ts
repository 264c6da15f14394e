/** The version printed by `vellum version` and in the generator tag. */
export const VERSION = '0.1.0';
