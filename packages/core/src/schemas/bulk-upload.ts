import { z } from "zod";

/** What a bulk upload creates, one record per row. */
export const bulkKinds = ["facilities", "users", "pre-enrolments", "certify"] as const;

/** One of {@link bulkKinds}. */
export type TBulkKind = (typeof bulkKinds)[number];

/** A bulk upload's kind, as the upload form and the template route name it. */
export const ZBulkKind = z.enum(bulkKinds, { error: `The kind is one of ${bulkKinds.join(", ")}` });

/**
 * The largest file a bulk upload takes, in bytes: 100,000 certify rows weigh about 30 MB, and the
 * cap bounds what one upload makes the server hold while it is read.
 */
export const BULK_UPLOAD_MAX_BYTES = 50 * 1024 * 1024;

/** The largest upload body: the file and the form around it. */
export const BULK_UPLOAD_BODY_LIMIT = BULK_UPLOAD_MAX_BYTES + 64 * 1024;

// What browsers and spreadsheets call a CSV file; a file of another named type (a workbook, a PDF) is refused before it is read.
const CSV_TYPES = new Set(["", "text/csv", "application/csv", "text/plain", "application/vnd.ms-excel"]);
const NOT_CSV = "Upload a CSV file (.csv, UTF-8): save the spreadsheet as CSV first";

/** The multipart form of a bulk upload: the CSV file and its kind. */
export const ZBulkUploadForm = z
  .object({
    kind: ZBulkKind,
    file: z.instanceof(File, { error: "Attach the CSV file as the form field file" }).meta({
      description: "The CSV file (UTF-8, with or without a BOM), at most 50 MB",
      override: { type: "string", format: "binary" },
    }),
  })
  // On the form rather than the file: a refined file loses the description the API document needs.
  .superRefine(({ file }, context) => {
    if (!/\.csv$/i.test(file.name) || !CSV_TYPES.has(file.type.split(";")[0]?.trim() ?? "")) {
      context.addIssue({ code: "custom", path: ["file"], message: NOT_CSV });
    } else if (file.size > BULK_UPLOAD_MAX_BYTES) {
      context.addIssue({
        code: "custom",
        path: ["file"],
        message: `The file is larger than ${BULK_UPLOAD_MAX_BYTES / 1024 / 1024} MB`,
      });
    }
  });

/** The template route's file name: `<kind>.csv`. */
export const ZBulkTemplatePath = z.object({
  file: z
    .string()
    .regex(/\.csv$/, "Ask for <kind>.csv")
    .transform((file) => file.slice(0, -".csv".length))
    .pipe(ZBulkKind)
    .meta({ description: "The kind's template, as `<kind>.csv`", example: "certify.csv" }),
});

/** Where a bulk upload is in its life. */
export const bulkUploadStatuses = ["queued", "running", "done", "failed", "cancelled"] as const;

/** A bulk upload and its progress, as the API answers it and the progress bar polls it. */
export const ZBulkUploadView = z
  .object({
    id: z.string(),
    kind: ZBulkKind,
    fileName: z.string(),
    status: z.enum(bulkUploadStatuses),
    total: z.number().int().meta({ description: "Rows in the file, the header aside" }),
    processed: z.number().int().meta({ description: "Rows done: succeeded plus failed" }),
    succeeded: z.number().int().meta({ description: "Rows that created a record, or found it already there" }),
    failed: z.number().int().meta({ description: "Rows refused; the errors CSV says why" }),
    existing: z
      .number()
      .int()
      .meta({ description: "Of the succeeded rows, those whose record already existed (a re-upload creates nothing)" }),
    rowsPerSecond: z
      .number()
      .nullable()
      .meta({ description: "Rows processed a second since the first chunk started; null before" }),
    secondsLeft: z
      .number()
      .nullable()
      .meta({ description: "Time left at that rate; null before the first row, 0 when finished" }),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "BulkUpload" });

/** A bulk upload as the API answers it. */
export type TBulkUploadView = z.infer<typeof ZBulkUploadView>;

/** The answer of an accepted upload: its id, to poll. */
export const ZBulkUploadAccepted = z.object({ id: z.string() });

/** The bulk uploads list: the newest first. */
export const ZBulkUploadList = z.object({ items: z.array(ZBulkUploadView) });
