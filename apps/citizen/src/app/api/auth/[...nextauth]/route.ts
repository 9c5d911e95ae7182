import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";

const handler = NextAuth(authOptions);

// GET|POST /api/auth/* – next-auth's sign-in, sign-out, session and CSRF endpoints
export { handler as GET, handler as POST };
