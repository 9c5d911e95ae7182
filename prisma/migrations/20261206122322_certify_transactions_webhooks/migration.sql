-- CreateEnum
CREATE TYPE "CertifyTransactionStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'SENDING', 'DELIVERED', 'FAILED');

-- CreateTable
CREATE TABLE "CertifyTransaction" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "apiClientId" TEXT NOT NULL,
    "actorLabel" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "requestHash" TEXT NOT NULL,
    "requests" JSONB NOT NULL,
    "status" "CertifyTransactionStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "certificateIds" TEXT[],
    "errors" JSONB,
    "queuedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "CertifyTransaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiClientWebhook" (
    "apiClientId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApiClientWebhook_pkey" PRIMARY KEY ("apiClientId")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "apiClientId" TEXT NOT NULL,
    "transactionId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "lastAttemptAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "queuedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CertifyTransaction_status_queuedAt_idx" ON "CertifyTransaction"("status", "queuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CertifyTransaction_apiClientId_idempotencyKey_key" ON "CertifyTransaction"("apiClientId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_transactionId_key" ON "WebhookDelivery"("transactionId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_apiClientId_createdAt_idx" ON "WebhookDelivery"("apiClientId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_queuedAt_idx" ON "WebhookDelivery"("status", "queuedAt");

-- AddForeignKey
ALTER TABLE "CertifyTransaction" ADD CONSTRAINT "CertifyTransaction_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "ApiClient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiClientWebhook" ADD CONSTRAINT "ApiClientWebhook_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "ApiClient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "ApiClient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "CertifyTransaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
