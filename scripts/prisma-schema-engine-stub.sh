#!/bin/sh
echo "The native Prisma schema engine is not installed. Use 'npm run db:migrate' (WebAssembly engine) instead." >&2
exit 1
