import { describe, expect, it } from 'vitest';
import { operationId, renderReference } from './reference';

describe('renderReference', () => {
  const html = renderReference({
    info: { title: 'Sinergi API', version: '1.2.3', description: 'Errors <b>coded</b>' },
    paths: {
      '/api/regions/{code}': {
        get: {
          tags: ['Regions'],
          summary: 'One region',
          security: [],
          parameters: [
            { name: 'code', in: 'path', required: true, schema: { type: 'string', maxLength: 5 } },
          ],
          responses: {
            '200': {
              description: 'The region',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Region' } } },
            },
          },
        },
      },
      '/api/users': {
        post: {
          summary: 'Create a user <script>alert(1)</script>',
          security: [{ session: [] }, { bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['email'],
                  properties: {
                    email: { type: 'string', format: 'email', description: 'Log-in name' },
                    role: { enum: ['viewer', 'reviewer'] },
                  },
                },
              },
            },
          },
        },
      },
    },
    components: { schemas: { Region: { type: 'object', properties: { code: { type: 'string' } } } } },
  });

  it('escapes every text from the document, so a description cannot inject markup', () => {
    expect(html).not.toContain('<script');
    expect(html).toContain('Create a user &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Errors &lt;b&gt;coded&lt;/b&gt;');
  });

  it('shows each operation with its parameters, body fields, responses and sign-in rule', () => {
    expect(html).toContain(`id="${operationId('get', '/api/regions/{code}')}"`);
    expect(operationId('get', '/api/regions/{code}')).toBe('get-api-regions-code');
    expect(html).toContain('<td class="type">string (up to 5 characters)</td>');
    expect(html).toContain('application/json: <span class="type">Region</span>');
    expect(html).toContain('<code>email</code> <span class="type">string (email)</span>');
    expect(html).toContain('<code>role</code><span class="optional">?</span>');
    expect(html).toContain('&quot;viewer&quot; | &quot;reviewer&quot;');
    expect(html).toContain('No sign-in needed.');
    expect(html).toContain('Sign-in: session or bearer');
  });

  it('groups by tag, else by the first path segment, and lists the schemas', () => {
    expect(html).toContain('<section id="group-Regions"><h2>Regions</h2>');
    expect(html).toContain('<section id="group-users"><h2>users</h2>');
    expect(html).toContain('<section class="component" id="schema-Region"><h3>Region</h3>');
    expect(html).toContain('<link rel="stylesheet" href="/api/docs/assets/reference.css">');
  });
});
