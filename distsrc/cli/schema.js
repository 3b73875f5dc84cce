import { z } from 'zod';
import { ResultSchema } from '../schema.js';
import { VERSION } from '../version.js';
export function jsonSchema() {
    const schema = z.toJSONSchema(ResultSchema, { target: 'draft-2020-12' });
    return { ...schema, $id: `https://www.npmjs.com/package/newsx/v/${VERSION}/result.schema.json`, title: 'newsx result' };
}
export function registerSchema(program) {
    program
        .command('schema')
        .description('print the JSON Schema of the output (draft 2020-12)')
        .action(() => {
        process.stdout.write(JSON.stringify(jsonSchema(), null, 2) + '\n');
    });
}
//# sourceMappingURL=schema.js.map