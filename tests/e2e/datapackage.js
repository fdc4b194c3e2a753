// Validate data/datapackage.json with Frictionless's datapackage-js (offline):
// the descriptor must be valid, and every local resource must read and
// cast against its table schema. Prints "ok ..." lines; exits 1 on failure.
const path = require('path');
const { Package } = require(path.join(__dirname, '..', 'node_modules', 'datapackage'));

(async () => {
  const pkg = await Package.load(process.argv[2]);
  if (!pkg.valid) {
    console.log('not ok datapackage.json is a valid Data Package');
    pkg.errors.forEach(e => console.log('   ', e.message));
    process.exit(1);
  }
  console.log('ok datapackage.json is a valid Data Package');
  for (const r of pkg.resources) {
    if (!r.local) continue;
    const rows = await r.read({ keyed: true, cast: true });
    console.log(`ok ${r.name}: ${rows.length} rows read and cast against the schema`);
  }
})().catch(e => {
  console.log('not ok datapackage read:', e.message);
  (e.errors || []).slice(0, 5).forEach(x => console.log('   ', x.message));
  process.exit(1);
});
