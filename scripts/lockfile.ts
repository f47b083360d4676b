/** A package-lock.json `packages` map: install path → entry. */
export type LockPackages = Record<string, { version?: string; optionalDependencies?: Record<string, string>; [key: string]: unknown }>;

/** The os and cpu of a platform package, read from its name (`…-darwin-arm64`, `…-win32-x64-msvc`, `…-wasm32-wasi`). */
export function platformOf(name: string): { os?: string[]; cpu: string[] } {
  const tail = name.split('/').pop() ?? name;
  const match = /(?:^|-)(android|darwin|linux|freebsd|win32|windows|wasm32)(?:-([a-z0-9]+))?/.exec(tail);
  if (!match) throw new Error(`${name}: cannot tell its platform from its name`);
  if (match[1] === 'wasm32') return { cpu: ['wasm32'] };
  return { os: [match[1] === 'windows' ? 'win32' : (match[1] as string)], cpu: [match[2] ?? ''] };
}

/** The lock entries missing for optional dependencies (platform builds) that the registry did not serve. */
export function missingPlatformEntries(packages: LockPackages): LockPackages {
  const missing: LockPackages = {};
  for (const entry of Object.values(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      if (packages[key] || missing[key]) continue;
      const { os, cpu } = platformOf(name);
      missing[key] = { version, cpu, optional: true, ...(os ? { os } : {}) };
    }
  }
  return missing;
}
