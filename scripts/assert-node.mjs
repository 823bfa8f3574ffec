// Every npm script must run on the Node 24 from the `node` devDependency (Astro 7 and
// Vitest 5 need >= 22.12). `npm ci --ignore-scripts` silently leaves Node 20 in charge.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.versions.node} is too old: run "npm ci" (without --ignore-scripts) so the node devDependency installs Node 24.`);
  process.exit(1);
}
