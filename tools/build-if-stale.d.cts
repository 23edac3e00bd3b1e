/** The build's inputs and outputs, relative to the repository root. */
export const INPUTS: readonly string[];
export const OUTPUTS: readonly string[];
/** The newest modification time among the build's inputs under `root`. */
export function newestInput(root: string): number;
/** Whether `root` needs a build, and the newest input time a build now would record. */
export function buildState(root: string): { stale: boolean; inputs: number };
/** Builds when stale, then records the stamp. */
export function ensureBuilt(root: string): void;
/** Where the stamp of the last build is kept. */
export function stampFile(root: string): string;
