import { type Database, type DatabaseTransaction, prisma } from "@vax/db";
import { builtInSchemaOf, ensureBuiltInSchemas } from "../credential-schema/built-in-schemas";
import { AppError } from "../errors";

/** The credential schema a template prints, with what a sample of its credential is drawn from. */
export type TTemplateSchema = {
  id: string;
  title: string;
  /** The built-in schema's name ("test-report"), null for a tenant's own. */
  builtIn: string | null;
  /** The newest version's JSON Schema of the subject. */
  subjectSchema: unknown;
};

/**
 * The schema a template may print: a built-in one or the tenant's own, not retired. The vaccination schema, and no
 * schema at all, are the vaccination certificate (null). Anything else is a NOT_FOUND naming the field.
 */
export const templateSchema = async (
  tenantId: string,
  schemaId: string | null | undefined,
  db: Database | DatabaseTransaction = prisma,
): Promise<TTemplateSchema | null> => {
  if (!schemaId || builtInSchemaOf(schemaId)?.name === "vaccination") return null;
  // A fresh database has the built-in schemas' rows only once something has asked for them.
  if (builtInSchemaOf(schemaId)) await ensureBuiltInSchemas(db);
  const schema = await db.credentialSchema.findFirst({
    where: { id: schemaId, retiredAt: null, OR: [{ tenantId: null }, { tenantId }] },
    include: { versions: { orderBy: { version: "desc" }, take: 1, select: { subjectSchema: true } } },
  });
  const newest = schema?.versions[0];
  if (!schema || !newest) {
    throw new AppError("NOT_FOUND", "No credential schema with this id in your tenant", [
      { path: "schemaId", message: "Choose one of your schemas that is not retired" },
    ]);
  }
  return {
    id: schema.id,
    title: schema.title,
    builtIn: schema.tenantId === null ? schema.name : null,
    subjectSchema: newest.subjectSchema,
  };
};
