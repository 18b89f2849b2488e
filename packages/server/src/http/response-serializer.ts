import type { FastifySerializerCompiler } from "fastify/types/schema.js";
import { ResponseSerializationError } from "fastify-type-provider-zod";
import { z } from "zod";

/**
 * Every answer is checked against its route's zod schema and cut to it before it leaves (a field
 * the schema does not name never reaches the client), as fastify-type-provider-zod's serializer
 * does, but by parsing instead of encoding. The response schemas hold no codecs or transforms, so
 * both give the same output; zod compiles an object's parse, not its encode, into a fast path: the
 * users list of ten took 4.4 µs instead of 19.8 to check (issue 19).
 */
export const responseSerializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema, method, url }) => {
  if (!(schema instanceof z.ZodType))
    throw new Error(`response schema of ${method} ${url} is not a zod schema`);
  return (data) => {
    const checked = schema.safeParse(data);
    if (!checked.success) throw new ResponseSerializationError(method, url, { cause: checked.error });
    return JSON.stringify(checked.data);
  };
};
