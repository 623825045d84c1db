// Content templates: the read-only built-in library plus each user's own templates. Lookup by id
// accepts either kind, so generation can take a template id from a request without caring which.
import type { ContentTemplate, CreateTemplateInput, UpdateTemplateInput } from '@brandwright/contracts';
import { BUILTIN_PREFIX, BUILTIN_TEMPLATES, findBuiltinTemplate } from './builtin-templates.js';
import { ContentError } from './content.errors.js';
import type { TemplateRow, TemplatesRepository } from './templates.repository.js';

function present(row: TemplateRow): ContentTemplate {
  return {
    id: row.id,
    builtin: false,
    name: row.name,
    description: row.description,
    structure: row.structure,
    format: row.format,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A built-in's id is read-only; an unknown `builtin:` id is simply not found. */
const refuseBuiltin = (id: string) =>
  findBuiltinTemplate(id)
    ? new ContentError('BUILTIN_TEMPLATE_READ_ONLY', undefined, {
        fields: [{ path: 'id', message: 'Built-in templates are read-only' }],
      })
    : new ContentError('TEMPLATE_NOT_FOUND');

export class TemplatesService {
  constructor(private readonly repository: TemplatesRepository) {}

  /** Built-ins first (in library order), then the user's own, oldest first. */
  async list(userId: string): Promise<ContentTemplate[]> {
    const own = await this.repository.list(userId);
    return [...BUILTIN_TEMPLATES, ...own.map(present)];
  }

  /** A built-in (`builtin:<slug>`) or one of the user's templates; anything else is TEMPLATE_NOT_FOUND. */
  async get(userId: string, id: string): Promise<ContentTemplate> {
    const template = id.startsWith(BUILTIN_PREFIX) ? findBuiltinTemplate(id) : await this.findOwn(userId, id);
    if (!template) throw new ContentError('TEMPLATE_NOT_FOUND');
    return template;
  }

  async create(
    userId: string,
    input: CreateTemplateInput,
    idempotencyKey?: string,
  ): Promise<ContentTemplate> {
    return present(await this.repository.insert(userId, input, idempotencyKey));
  }

  async update(userId: string, id: string, input: UpdateTemplateInput): Promise<ContentTemplate> {
    if (id.startsWith(BUILTIN_PREFIX)) throw refuseBuiltin(id);
    const row = await this.repository.update(userId, id, input);
    if (!row) throw new ContentError('TEMPLATE_NOT_FOUND');
    return present(row);
  }

  async delete(userId: string, id: string): Promise<void> {
    if (id.startsWith(BUILTIN_PREFIX)) throw refuseBuiltin(id);
    if (!(await this.repository.delete(userId, id))) throw new ContentError('TEMPLATE_NOT_FOUND');
  }

  private async findOwn(userId: string, id: string): Promise<ContentTemplate | undefined> {
    // Not a uuid: cannot be a stored id (and would make PostgreSQL reject the query).
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
    const row = await this.repository.find(userId, id);
    return row ? present(row) : undefined;
  }
}
