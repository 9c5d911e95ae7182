import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

// pg sends each parameterised query as Parse, Bind, Describe, Execute and Sync; on the embedded
// server another connection's messages must never come in between, not even a transaction that
// starts meanwhile, or the query's portal is lost or its rows answer another query.
describe("many queries at once, in and out of transactions", () => {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

  afterAll(async () => {
    await pool.end();
  });

  it("answers each parameterised query with its own rows", async () => {
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, index) =>
        pool.query<{ n: number; text: string }>("SELECT $1::int AS n, repeat($2::text, $1::int % 7 + 1) AS text", [
          index,
          "x",
        ]),
      ),
    );
    answers.forEach((answer, index) => {
      expect(answer.rows).toEqual([{ n: index, text: "x".repeat((index % 7) + 1) }]);
    });
  });

  it("keeps a query whole while transactions begin and commit around it", async () => {
    const inTransaction = async (index: number) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const { rows } = await client.query<{ n: number }>("SELECT $1::int * 2 AS n", [index]);
        await client.query("COMMIT");
        return rows[0]?.n;
      } finally {
        client.release();
      }
    };
    const plain = (index: number) =>
      pool.query<{ n: number }>("SELECT $1::int + 1000 AS n", [index]).then(({ rows }) => rows[0]?.n);
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, index) => (index % 2 === 0 ? inTransaction(index) : plain(index))),
    );
    answers.forEach((answer, index) => {
      expect(answer).toBe(index % 2 === 0 ? index * 2 : index + 1000);
    });
  });
});
