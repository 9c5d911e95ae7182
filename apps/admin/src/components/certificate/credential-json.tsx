import { Section } from "./section";

/** The signed credential as stored, folded away until asked for. */
export const CredentialJson = ({ credential }: { credential: Record<string, unknown> }) => (
  <Section id="certificate-credential" title="Credential">
    <details>
      <summary className="cursor-pointer text-sm text-teal-800">Show the signed credential (JSON)</summary>
      <pre className="mt-3 max-h-[32rem] overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-3 font-mono text-xs">
        {JSON.stringify(credential, null, 2)}
      </pre>
    </details>
  </Section>
);
