#!/usr/bin/env node
// Checks apps/api/schema.graphql against the public contract. The contract's home is ../shared/contract;
// tools/contract holds a copy so a clone on its own can run the check, and must equal the original.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const shared = '../shared/contract/schema.graphql';
/** The contract additions (../shared/contract/next) that have landed and are checked too. */
const JOINED = ['durability.graphql', 'safety.graphql', 'accounts.graphql', 'member-safety.graphql'];
const copy = 'tools/contract/schema.graphql';
if (existsSync(shared)) {
  if (readFileSync(shared, 'utf8') !== readFileSync(copy, 'utf8')) {
    console.error(`${copy} differs from ${shared}: copy the contract again.`);
    process.exit(1);
  }
  // Copies of contract additions that tests read (tools/contract/next) must equal their originals too.
  for (const file of readdirSync('tools/contract/next')) {
    if (
      readFileSync(`../shared/contract/next/${file}`, 'utf8') !==
      readFileSync(`tools/contract/next/${file}`, 'utf8')
    ) {
      console.error(
        `tools/contract/next/${file} differs from ../shared/contract/next/${file}: copy it again.`,
      );
      process.exit(1);
    }
  }
  execFileSync('node', ['../shared/tools/contract-check.mjs', 'apps/api/schema.graphql'], {
    stdio: 'inherit',
  });
  for (const file of JOINED) {
    execFileSync(
      'node',
      ['../shared/tools/contract-check.mjs', 'apps/api/schema.graphql', `../shared/contract/next/${file}`],
      { stdio: 'inherit' },
    );
  }
} else {
  const { buildSchema, extendSchema, findBreakingChanges, parse } = await import('graphql');
  // The copied additions (tools/contract/next) are checked on top of the copied contract.
  const contract = readdirSync('tools/contract/next').reduce(
    (schema, file) => extendSchema(schema, parse(readFileSync(`tools/contract/next/${file}`, 'utf8'))),
    buildSchema(readFileSync(copy, 'utf8')),
  );
  const served = buildSchema(readFileSync('apps/api/schema.graphql', 'utf8'));
  const breaks = findBreakingChanges(contract, served).filter((c) => c.type !== 'DANGEROUS_CHANGE');
  for (const b of breaks) console.log(`${b.type}: ${b.description}`);
  console.log(
    breaks.length === 0
      ? 'contract: the schema is a superset of the contract'
      : `contract: ${breaks.length} differences break the contract`,
  );
  process.exit(breaks.length === 0 ? 0 : 1);
}
