import type { URI } from 'vscode-uri';
import type { Severity } from './finding.js';

export type SeveritySetting = Severity | 'off';

/** The settings a check sees. Loading `sanction.config.json` files fills this in per document. */
export interface SanctionConfig {
    /** Jurisdiction profile id; `coe` (the Rules alone) by default. */
    profile: string;
    /** Per-check severity overrides, by check id. */
    checks: Record<string, SeveritySetting>;
}

export const DEFAULT_CONFIG: SanctionConfig = Object.freeze({ profile: 'coe', checks: {} });

/**
 * Gives each document its configuration. Shells set the base configuration (CLI flags, editor
 * settings); configuration files found beside documents will refine it per document.
 */
export class ConfigProvider {
    protected base: SanctionConfig = DEFAULT_CONFIG;

    setBase(config: Partial<SanctionConfig>): void {
        this.base = { ...DEFAULT_CONFIG, ...config, checks: { ...DEFAULT_CONFIG.checks, ...config.checks } };
    }

    forDocument(_uri: URI): SanctionConfig {
        return this.base;
    }
}
