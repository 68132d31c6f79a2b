import type Ajv from "ajv"
import { _, type KeywordCxt } from "ajv"

/**
 * marque's schema keywords. The annotation ones carry the frame layout and
 * test vectors for the generator; x-bytes is the one that validates, since
 * JSON Schema has no binary type and message bodies are Buffers.
 */
export const annotationKeywords = [
  "x-frames",
  "x-requirements",
  "x-vectors",
  "tsType",
]

export function addMarqueKeywords(ajv: Ajv): void {
  ajv.addVocabulary(annotationKeywords)
  ajv.addKeyword({
    keyword: "x-bytes",
    schemaType: ["boolean", "object"],
    code(cxt: KeywordCxt) {
      const { data, schema } = cxt
      const min = typeof schema === "object" ? (schema.minLength ?? 0) : 0
      const max =
        typeof schema === "object" ? (schema.maxLength ?? Infinity) : Infinity
      cxt.fail(_`!(${data} instanceof Uint8Array)`)
      if (min > 0) cxt.fail(_`${data}.length < ${min}`)
      if (Number.isFinite(max)) cxt.fail(_`${data}.length > ${max}`)
    },
    error: { message: "must be bytes of an allowed length" },
  })
}
