import { requirePageActor } from "@vax/auth/session";
import { SignOutButton } from "@vax/auth/sign-out-button";
import { getWorkplace } from "@vax/core";
import { Alert, PageHeader } from "@vax/ui";
import { authOptions } from "@/lib/auth";

/** The vaccinator's home: who is signed in and at which facility. */
const HomePage = async () => {
  const { actor, allowed } = await requirePageActor(authOptions, "facility-app:access", "/");
  const workplace = allowed ? await getWorkplace({ actor }) : null;
  return (
    <main className="mx-auto max-w-3xl px-6 py-8">
      <div className="mb-6 flex justify-end">
        <SignOutButton />
      </div>
      {allowed && workplace ? (
        <>
          <PageHeader
            title={workplace.facility?.name ?? "No facility assigned"}
            description={`Signed in as ${workplace.name}, ${workplace.roleLabel}`}
          />
          <section className="rounded-lg border border-slate-200 bg-white p-6">
            <h2 className="font-medium">Programmes at this facility</h2>
            <ul className="mt-2 list-disc pl-6 text-sm text-slate-700">
              {workplace.programmes.map((programme) => (
                <li key={programme.id}>{programme.name}</li>
              ))}
            </ul>
          </section>
        </>
      ) : (
        <Alert tone="error">This account cannot use the facility app.</Alert>
      )}
    </main>
  );
};

export default HomePage;
