// Packs the package as npm would publish it and checks that every path
// the manifest points at is inside the tarball, and nothing else leaks in.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
  encoding: 'utf8',
});
const files = new Set(JSON.parse(output)[0].files.map((file) => file.path));
const problems = [];

for (const target of pointedAt(manifest)) {
  if (!files.has(target.replace(/^\.\//, ''))) {
    problems.push(`package.json points at ${target}, which is not packed`);
  }
}

for (const file of files) {
  if (!/^(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE$)/.test(file)) {
    problems.push(`unexpected file in the package: ${file}`);
  }
}

problems.push(...(await loadEveryEntry(manifest)));

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

console.log(`pack check: ${files.size} files, every manifest path present, every entry loads`);

// Loads every subpath by the package's own name (Node resolves a package's
// self-reference through its exports map), from ESM and, where exported,
// from CommonJS.
async function loadEveryEntry(pkg) {
  const require = createRequire(import.meta.url);
  const failures = [];

  for (const [subpath, conditions] of Object.entries(pkg.exports)) {
    if (subpath === './package.json') continue;
    const specifier = `${pkg.name}${subpath.slice(1)}`;
    const attempts = [['import', () => import(specifier)]];
    if (conditions.require) attempts.push(['require', async () => require(specifier)]);

    for (const [how, load] of attempts) {
      try {
        const loaded = await load();
        if (Object.keys(loaded).length === 0) failures.push(`${how} ${specifier}: exports nothing`);
      } catch (error) {
        failures.push(`${how} ${specifier}: ${error.message.split('\n')[0]}`);
      }
    }
  }

  return failures;
}

function pointedAt(pkg) {
  const targets = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin ?? {})];
  const walk = (value) => {
    if (typeof value === 'string') {
      if (value !== './package.json') targets.push(value);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(walk);
    }
  };
  walk(pkg.exports);
  return targets.filter(Boolean);
}
