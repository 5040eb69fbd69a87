// The types of what tests/unit/architecture/import-rules.test.ts reads from eslint.config.mjs.
import type { Linter } from "eslint";

/** Each layer and the layers it may import (docs/architecture.md). */
export declare const LAYERS: Readonly<Record<string, readonly string[]>>;

declare const config: Linter.Config[];
export default config;
